import type { Mention } from '../../entities/mention';

/**
 * Whether some mention of one form and some mention of the other stand side by side in one sentence,
 * one character or none apart (中国中煤能源集团有限公司、中国中钢集团有限公司; 甲公司和乙公司): a writer
 * who lists two names together means two bodies, unless one is a slip of the other (variantGroups).
 */
export function listedTogether(a: readonly Mention[], b: readonly Mention[]): boolean {
  for (const x of a) {
    for (const y of b) {
      if (x.sentence !== y.sentence) continue;
      const gap = x.start < y.start ? y.start - x.end : x.start - y.end;
      if (gap >= 0 && gap <= 1) return true;
    }
  }
  return false;
}
