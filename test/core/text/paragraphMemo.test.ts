import { describe, expect, it } from 'vitest';
import { ParagraphMemo } from '../../../src/core/text/paragraphMemo';

describe('ParagraphMemo', () => {
  it('computes a paragraph once while it stays in the draft, and again after a run that did not use it', () => {
    const memo = new ParagraphMemo<number>();
    const computed: string[] = [];
    const length = (text: string) => {
      computed.push(text);
      return text.length;
    };
    memo.begin();
    expect([memo.get('甲乙', length), memo.get('丙', length)]).toEqual([2, 1]);
    memo.begin();
    expect(memo.get('甲乙', length)).toBe(2);
    memo.begin();
    memo.begin();
    expect(memo.get('丙', length)).toBe(1);
    expect(computed).toEqual(['甲乙', '丙', '丙']);
  });
});
