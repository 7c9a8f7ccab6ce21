import { describe, expect, it } from 'vitest';
import { attributedNames } from '../../../src/core/entities/attributedNames';

/** The pattern attributedNames stands for: its matches, scanned from the left, are the reference. */
const PATTERN = /(?<=^|[，。、：；“”‘’！？,:;!?\s的])([\u4e00-\u9fff]{2,3})(?:(?=说|表示|介绍|告诉记者)|(?=(指出|强调|认为|总结|坦言|回忆|透露)))/g;

function byPattern(text: string): { index: number; name: string; statementVerb: string | undefined }[] {
  return [...text.matchAll(PATTERN)].map((m) => ({ index: m.index, name: m[1]!, statementVerb: m[2] }));
}

/** Pieces that make the pattern's hard cases when strung together: verbs inside names, names of 的, runs of verbs, spaces and Latin. */
const PIECES = ['张', '三', '李', '说', '表示', '介绍', '告诉', '记者', '指出', '强调', '认为', '回忆', '透露', '的', '，', '。', '：', ' ', '\u3000', 'A', '1', '示', '绍', '出', '王小', '县长', '𠀀'];

/** A small seeded generator (mulberry32), so a failure names its case. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('attributedNames', () => {
  it('finds the names before attribution and statement verbs, and which kind of verb follows', () => {
    expect(attributedNames('，张三说，李四指出，王小明表示')).toEqual([
      { index: 1, name: '张三', statementVerb: undefined },
      { index: 5, name: '李四', statementVerb: '指出' },
      { index: 10, name: '王小明', statementVerb: undefined },
    ]);
    expect(attributedNames('张三告诉记者')).toEqual([{ index: 0, name: '张三', statementVerb: undefined }]);
    // Neither after a Han character nor before 告诉 alone.
    expect(attributedNames('记者据张三说，李四告诉他')).toEqual([]);
  });

  it('finds what the pattern finds, on 3,000 strings of its hard cases', () => {
    const random = seeded(17);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const pieces = 1 + Math.floor(random() * 14);
      for (let k = 0; k < pieces; k++) text += PIECES[Math.floor(random() * PIECES.length)]!;
      expect(attributedNames(text), text).toEqual(byPattern(text));
    }
  });
});
