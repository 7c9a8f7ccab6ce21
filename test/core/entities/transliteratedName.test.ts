import { describe, expect, it } from 'vitest';
import { inTransliteratedName } from '../../../src/core/entities/transliteratedName';

describe('inTransliteratedName', () => {
  it('reads a window inside a run of sound-writing characters marked outside it as a name', () => {
    expect(inTransliteratedName('翻译努莉娜来了', 2, 4)).toBe(true);
    expect(inTransliteratedName('记者卡特琳娜说', 2, 4)).toBe(true);
  });

  it('takes no evidence from the window itself', () => {
    // 莉 may be the slip: 努莉拉 has no marked character outside 努莉.
    expect(inTransliteratedName('大家努莉拉动消费', 2, 4)).toBe(false);
  });

  it('needs a run of three and a window of sound-writing characters only', () => {
    expect(inTransliteratedName('我很努莉', 2, 4)).toBe(false);
    expect(inTransliteratedName('努力娜', 0, 2)).toBe(false);
  });
});
