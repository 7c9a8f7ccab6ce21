import { describe, expect, it } from 'vitest';
import { firstWrittenAt } from '../../../src/core/text/firstWrittenAt';

describe('firstWrittenAt', () => {
  it('answers the first listed word written at the position, so a longer word listed first wins', () => {
    expect(firstWrittenAt(['万亿', '万'], '三万亿元', 1)).toBe('万亿');
    expect(firstWrittenAt(['万', '万亿'], '三万亿元', 1)).toBe('万');
    expect(firstWrittenAt(['万亿', '万'], '三万元', 1)).toBe('万');
  });

  it('answers undefined where none is written, outside the text included', () => {
    expect(firstWrittenAt(['万亿', '万'], '三万元', 0)).toBeUndefined();
    expect(firstWrittenAt(['元'], '三万元', 3)).toBeUndefined();
    expect(firstWrittenAt([], '三万元', 1)).toBeUndefined();
  });
});
