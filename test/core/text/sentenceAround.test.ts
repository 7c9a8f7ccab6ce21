import { describe, expect, it } from 'vitest';
import { sentenceAround } from '../../../src/core/text/sentenceAround';

describe('sentenceAround', () => {
  const text = '第一句说了别的。今年，北沟镇种下3万亩苹果，产量翻番。第三句也无关。';
  const at = (word: string) => sentenceAround(text, text.indexOf(word), text.indexOf(word) + word.length);

  it('returns the sentence holding the span, split around it, with its closing mark', () => {
    expect(at('3万亩')).toEqual({ before: '今年，北沟镇种下', span: '3万亩', after: '苹果，产量翻番。' });
  });

  it('stops at the start and end of the text and at a line break', () => {
    expect(at('第一句')).toEqual({ before: '', span: '第一句', after: '说了别的。' });
    expect(sentenceAround('标题\n正文里的北沟镇', 7, 10)).toEqual({ before: '正文里的', span: '北沟镇', after: '' });
  });

  it('reaches no further than asked either side of a very long sentence', () => {
    const long = `${'很'.repeat(500)}北沟镇${'长'.repeat(500)}。`;
    const around = sentenceAround(long, 500, 503, 60);
    expect(around.before).toHaveLength(60);
    expect(around.after).toHaveLength(60);
  });
});
