import { surnameLength } from '../entities/surnames';
import type { WindowWord } from './wordProbe';

/**
 * The single-character words a changed personal name spans, as word indexes. The segmenter splits
 * a name it does not know into single characters (李|应|发); the name is the run of `full`
 * characters over that stretch that covers the change and starts with a surname, the leftmost
 * such (执行董事|李应发|说 → 李应发, not 应发说 or 李应). Undefined when no surname starts one:
 * then the caller keeps its own reading.
 */
export function personNameExtent(
  words: readonly WindowWord[],
  text: string,
  first: number,
  last: number,
  full: number,
): { first: number; last: number } | undefined {
  let lo = first;
  while (lo > 0 && words[lo - 1]!.single) lo--;
  let hi = last;
  while (hi < words.length - 1 && words[hi + 1]!.single) hi++;
  for (let a = lo; a <= first; a++) {
    if (surnameLength(text.slice(words[a]!.start, words[a]!.start + 2)) === 0) continue;
    for (let b = last; b <= hi; b++) {
      if (words[b]!.end - words[a]!.start === full) return { first: a, last: b };
    }
  }
  return undefined;
}
