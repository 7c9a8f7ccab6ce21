import { contentKeys } from './contentKeys';

const LEFT = 6;
const RIGHT = 3;

/**
 * How alike the words around two mentions are (the share of shared context keys, 0..1): among the
 * source's quantities of one kind, the one a changed draft number stands for is the one written
 * after the same words (农户3972户 ↔ 农户3927户, not 合作社126家).
 */
export function contextSimilarity(a: string, aStart: number, aEnd: number, b: string, bStart: number, bEnd: number): number {
  const left = overlap(tail(a, aStart), tail(b, bStart));
  const right = overlap(head(a, aEnd), head(b, bEnd));
  return (left * LEFT + right * RIGHT) / (LEFT + RIGHT);
}

function tail(text: string, at: number): number[] {
  return contentKeys(text, Math.max(0, at - LEFT * 2), at).slice(-LEFT);
}

function head(text: string, at: number): number[] {
  return contentKeys(text, at, Math.min(text.length, at + RIGHT * 2)).slice(0, RIGHT);
}

function overlap(a: number[], b: number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const pool = new Map<number, number>();
  for (const k of b) pool.set(k, (pool.get(k) ?? 0) + 1);
  let shared = 0;
  for (const k of a) {
    const left = pool.get(k) ?? 0;
    if (left > 0) {
      shared++;
      pool.set(k, left - 1);
    }
  }
  return shared / Math.max(a.length, b.length);
}
