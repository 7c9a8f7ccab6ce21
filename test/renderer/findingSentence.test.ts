import { describe, expect, it } from 'vitest';
import { spanInSentence } from '../../src/renderer/components/findingSentence';

describe('spanInSentence', () => {
  const paragraph = '清晨的码头很热闹。渔船陆续靠岸,工人忙着卸货。记者看到,冷库门口排起了长队。';

  it('cuts the sentence that holds the span, the span apart', () => {
    const at = paragraph.indexOf(',');
    expect(spanInSentence(paragraph, 100, 100 + at, 101 + at)).toEqual({ before: '渔船陆续靠岸', text: ',', after: '工人忙着卸货。' });
  });

  it('shortens a long sentence around the span with ellipses', () => {
    const long = `${'甲'.repeat(40)},${'乙'.repeat(40)}。`;
    const at = long.indexOf(',');
    const cut = spanInSentence(long, 0, at, at + 1);
    expect(cut.before).toBe(`…${'甲'.repeat(24)}`);
    expect(cut.after).toBe(`${'乙'.repeat(24)}…`);
  });

  it('a span at the start of a line has nothing before it', () => {
    expect(spanInSentence('高胡镇通了新路。', 0, 0, 3)).toEqual({ before: '', text: '高胡镇', after: '通了新路。' });
  });
});
