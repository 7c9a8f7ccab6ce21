import { myersDiff } from '../diff/myersDiff';
import { bigramsOf, contentKeys } from './contentKeys';
import type { IndexedSources } from './indexedSources';

/** A quotation must share this much of its wording with a source passage to be called altered rather than unsourced. */
const MIN_COVERAGE = 0.6;
/** A quotation spans at most this many source sentences. */
const MAX_SENTENCES = 4;
/** Diffs longer than this many edits are not worth showing as a character diff. */
const MAX_EDITS = 400;

export interface ClosestPassage {
  /** The source sentences the passage lies in, first and last (indexes into `indexed.sentences`). */
  first: number;
  last: number;
  start: number;
  end: number;
}

/**
 * The source passage a quotation most likely came from: the best-covering sentence, widened to its
 * neighbours while that covers more of the quotation, then trimmed to the stretch that lines up with
 * it character by character. Undefined when no source says anything close.
 */
export function closestPassage(indexed: IndexedSources, quote: string): ClosestPassage | undefined {
  const grams = bigramsOf(contentKeys(quote));
  const best = indexed.index.search(grams, 1, MIN_COVERAGE / 2)[0];
  if (!best) return undefined;
  let first = best.sentence;
  let last = best.sentence;
  let covered = coverage(grams, indexed, first, last);
  for (let grown = true; grown && last - first + 1 < MAX_SENTENCES; ) {
    grown = false;
    for (const [f, l] of [[first - 1, last], [first, last + 1]] as const) {
      if (f < 0 || l >= indexed.sentences.length || indexed.sentences[f]!.source !== indexed.sentences[l]!.source) continue;
      const c = coverage(grams, indexed, f, l);
      if (c > covered) {
        [first, last, covered] = [f, l, c];
        grown = true;
      }
    }
  }
  if (covered < MIN_COVERAGE) return undefined;
  const source = indexed.sources[indexed.sentences[first]!.source]!.text;
  const start = indexed.sentences[first]!.start;
  const end = indexed.sentences[last]!.end;
  return { first, last, ...trimToAlignment(quote, source, start, end) };
}

function coverage(grams: Set<number>, indexed: IndexedSources, first: number, last: number): number {
  if (grams.size === 0) return 0;
  let shared = 0;
  for (const g of grams) {
    for (let s = first; s <= last; s++) {
      if (indexed.sentences[s]!.grams.has(g)) {
        shared++;
        break;
      }
    }
  }
  return shared / grams.size;
}

/** Drops the source text before the first and after the last character the quotation shares with it. */
function trimToAlignment(quote: string, source: string, start: number, end: number): { start: number; end: number } {
  const a = codes(source.slice(start, end));
  const b = codes(quote);
  const edits = myersDiff(a, b, MAX_EDITS);
  if (!edits || edits.length === 0) return { start, end };
  const firstEdit = edits[0]!;
  const lastEdit = edits[edits.length - 1]!;
  // Only source text the quotation has nothing in place of is dropped: a replaced first word stays.
  const head = firstEdit.aStart === 0 && firstEdit.bEnd === 0 ? firstEdit.aEnd : 0;
  const tail = lastEdit.aEnd === a.length && lastEdit.bStart === b.length ? lastEdit.aStart : a.length;
  return tail > head ? { start: start + head, end: start + tail } : { start, end };
}

function codes(text: string): Int32Array {
  const out = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}
