import type { Mark } from './scanMarks';

/** Paired marks of one kind; half- and full-width parentheses pair with each other. */
export type PairKind = 'paren' | 'title' | 'lenticular' | 'tortoise' | 'double' | 'single' | 'corner' | 'whiteCorner';

const OPENERS: Record<string, PairKind> = {
  '(': 'paren', '（': 'paren', '《': 'title', '【': 'lenticular', '〔': 'tortoise',
  '“': 'double', '‘': 'single', '「': 'corner', '『': 'whiteCorner',
};
const CLOSERS: Record<string, PairKind> = {
  ')': 'paren', '）': 'paren', '》': 'title', '】': 'lenticular', '〕': 'tortoise',
  '”': 'double', '’': 'single', '」': 'corner', '』': 'whiteCorner',
};

/** The full-width closing mark of each kind, used in messages. */
export const CLOSER_OF: Record<PairKind, string> = {
  paren: '）', title: '》', lenticular: '】', tortoise: '〕', double: '”', single: '’', corner: '」', whiteCorner: '』',
};
export const OPENER_OF: Record<PairKind, string> = {
  paren: '（', title: '《', lenticular: '【', tortoise: '〔', double: '“', single: '‘', corner: '「', whiteCorner: '『',
};

export interface MarkPair {
  kind: PairKind;
  open: Mark;
  close: Mark;
}

export interface Pairing {
  pairs: MarkPair[];
  /** Openers never closed in the paragraph, in order. */
  unclosed: { kind: PairKind; mark: Mark }[];
  /** Closers with no opener before them. */
  unopened: { kind: PairKind; mark: Mark }[];
}

/**
 * Pairs openers with closers, one stack per kind, so a stray quote does not make every
 * bracket after it look unpaired (crossed nesting such as 《（》） is not judged).
 * Iterative with explicit stacks: O(m log m) for m marks, whatever the nesting depth.
 */
export function pairMarks(marks: readonly Mark[]): Pairing {
  const stacks = new Map<PairKind, Mark[]>();
  const pairing: Pairing = { pairs: [], unclosed: [], unopened: [] };
  for (const mark of marks) {
    if (mark.text.length !== 1) continue;
    const opens = OPENERS[mark.text];
    if (opens) {
      const stack = stacks.get(opens) ?? [];
      stack.push(mark);
      stacks.set(opens, stack);
      continue;
    }
    const closes = CLOSERS[mark.text];
    if (!closes) continue;
    const open = stacks.get(closes)?.pop();
    if (open) pairing.pairs.push({ kind: closes, open, close: mark });
    else pairing.unopened.push({ kind: closes, mark });
  }
  for (const [kind, stack] of stacks) for (const mark of stack) pairing.unclosed.push({ kind, mark });
  pairing.unclosed.sort((a, b) => a.mark.index - b.mark.index);
  return pairing;
}
