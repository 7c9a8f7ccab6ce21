import { isHanCode } from '../../text/cjk';
import type { ConfusionKind, TypoLexicon } from './typoLexicon';
import { segmentCost } from './segmentCost';
import { hanContext } from './hanContext';

/**
 * A character that belongs to no common word where it stands is suspect when a character that
 * sounds or looks like it would make a common word there (逆竟 → 逆境), and the text around reads as
 * far likelier words with it than without it. The margins are in natural-log units of likelihood.
 */
export const CONFUSION_MARGIN: Record<ConfusionKind, number> = { soundShape: 8, sound: 10, shape: 12 };
/**
 * Extra margin by the length of the word made: two-character "words" arise by chance everywhere
 * (names, new coinages, abbreviations), a four-character idiom one character away almost never does.
 */
export const LENGTH_MARGIN: Record<number, number> = { 2: 2 };
/** A character inside a dictionary word at least this likely (cost ≤ this) is taken as written. */
export const BOUND_COST = 13;
/** How much the context around a window may add to its own gain. */
export const CONTEXT_SLACK = 3;
const SHORTEST = 2;
/** Han-run lengths are kept in a Uint8Array: longer runs count as this long, far past any window. */
const MAX_RUN = 255;

export interface WindowCandidate {
  /** The suspect character. */
  at: number;
  start: number;
  end: number;
  /** The character put in its place. */
  to: string;
  kind: ConfusionKind;
  gain: number;
}

export interface WindowCandidates {
  candidates: WindowCandidate[];
  /** Whether the character at offset `k` is bound to a likely word (answered until the next search). */
  isBound(k: number): boolean;
}

/**
 * For each character bound to no likely word (boundCharacters) that has sound- or look-alikes: the
 * best window around it that one of them turns into a common word, if any clears its margin. The
 * windows never cross punctuation or Latin text. windowSearch.c is this function compiled; the two
 * are kept alike line by line (test/core/checks/typo/compiledWindowSearch.test.ts).
 */
export function windowSearch(paragraph: string, lexicon: TypoLexicon): WindowCandidates {
  const longest = lexicon.maxWordLength;
  const { han, bound: boundScratch, single } = scratchFor(paragraph.length);
  // How many Han characters run from each position (at most MAX_RUN): a window of Han text is han[start] >= its length.
  for (let i = paragraph.length - 1; i >= 0; i--) han[i] = isHanCode(paragraph.charCodeAt(i)) ? Math.min(MAX_RUN, (i + 1 < paragraph.length ? han[i + 1]! : 0) + 1) : 0;
  const bound = boundCharacters(paragraph, han, lexicon, boundScratch);
  // Single-character costs, looked up only for the windows around unbound characters.
  single.fill(NaN, 0, paragraph.length);
  const singleCost = (k: number): number => (Number.isNaN(single[k]!) ? (single[k] = lexicon.cost(paragraph, k, 1) ?? lexicon.unknownCost) : single[k]!);
  const { leastMargin, lengthMargin, cheapest } = searchLimits(lexicon);
  const candidates: WindowCandidate[] = [];
  // The run of Han characters around i: windows never cross punctuation or Latin text.
  let runStart = 0;
  let runEnd = 0;
  for (let i = 0; i < paragraph.length; i++) {
    if (!han[i] || bound[i]) continue;
    const confusables = lexicon.confusables(paragraph.charCodeAt(i));
    if (confusables.size === 0) continue;
    if (i >= runEnd) {
      for (runStart = i; runStart > 0 && han[runStart - 1]; runStart--);
      for (runEnd = i + 1; runEnd < paragraph.length && han[runEnd]; runEnd++);
    }
    let best: WindowCandidate | undefined;
    for (let start = Math.max(runStart, i - longest + 1); start <= i; start++) {
      if (start < i && countsWithNumeral(paragraph, start)) continue;
      for (let end = Math.max(i + 1, start + SHORTEST); end <= Math.min(runEnd, start + longest); end++) {
        if (!lexicon.mayFit(paragraph, start, end - start, i - start)) continue;
        // Written as single characters the window costs at most this: a window too likely already cannot gain enough.
        let written = 0;
        for (let k = start; k < end; k++) written += singleCost(k);
        const needed = leastMargin + lengthMargin[end - start]!;
        if (written - cheapest[end - start]! < needed) continue;
        const found = bestCompletion(paragraph, i, start, end, lexicon, confusables, written - needed + CONTEXT_SLACK);
        if (found && (!best || found.gain > best.gain)) best = found;
      }
    }
    if (best) candidates.push(best);
  }
  return { candidates, isBound: (k) => bound[k] === 1 };
}

/** Classifiers: after a numeral they count what follows (5条|线路), and start no word with it. */
export const CLASSIFIERS = codesOf('个条项名家户座所次件位种批轮场台辆架艘处支只头株棵篇部本份张把首幅层间套块片根道门节届期起例宗笔');
/** Digits (ASCII and full-width) and numerals in characters: what a unit or a classifier may follow. */
export const NUMERALS = codesOf('0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万几');

/**
 * Whether the character at `at` is a classifier right after a numeral: it belongs to the count (5条),
 * so a window starting there reads no word (5条践学线路 is no 条件); the slip, if any, lies elsewhere.
 */
function countsWithNumeral(text: string, at: number): boolean {
  return CLASSIFIERS.has(text.charCodeAt(at)) && NUMERALS.has(text.charCodeAt(at - 1));
}

/** The characters of `chars` by code: the window search asks by code, making no strings. */
function codesOf(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((ch) => ch.charCodeAt(0)));
}

/** What bounds every window's search, by word length: the same for every paragraph checked with one lexicon. */
interface SearchLimits {
  leastMargin: number;
  lengthMargin: number[];
  cheapest: number[];
}

const limitsOf = new WeakMap<TypoLexicon, SearchLimits>();

function searchLimits(lexicon: TypoLexicon): SearchLimits {
  let limits = limitsOf.get(lexicon);
  if (!limits) {
    const lengths = Array.from({ length: lexicon.maxWordLength + 1 }, (_, length) => length);
    limits = {
      leastMargin: Math.min(...Object.values(CONFUSION_MARGIN)),
      lengthMargin: lengths.map((length) => LENGTH_MARGIN[length] ?? 0),
      cheapest: lengths.map((length) => lexicon.cheapest(length)),
    };
    limitsOf.set(lexicon, limits);
  }
  return limits;
}

/**
 * Per-character arrays reused from one paragraph to the next (only the paragraph's length of them
 * is read): made afresh, three per paragraph cost a tenth of a long draft's typo search.
 */
let scratch = { han: new Uint8Array(0), bound: new Uint8Array(0), single: new Float64Array(0) };

function scratchFor(length: number): typeof scratch {
  if (scratch.han.length < length) {
    const size = Math.max(length, 2 * scratch.han.length, 256);
    scratch = { han: new Uint8Array(size), bound: new Uint8Array(size), single: new Float64Array(size) };
  }
  return scratch;
}

/**
 * Characters covered by a likely dictionary word of two or more characters. Shorter words first:
 * most characters are bound by one, and a longer window only matters where it would bind one more.
 * A word as likely as BOUND_COST is far above the common-word frequency, so a window that fits no
 * common word (mayFit) binds nothing.
 */
function boundCharacters(text: string, han: Uint8Array, lexicon: TypoLexicon, bound: Uint8Array): Uint8Array {
  bound.fill(0, 0, text.length);
  // Pairs first, straight from the hashed costs: nearly every pair of Han characters may fit a word.
  for (let s = 0; s + SHORTEST <= text.length; s++) {
    if (han[s]! < SHORTEST) continue;
    const cost = lexicon.cost(text, s, SHORTEST);
    if (cost !== undefined && cost <= BOUND_COST) bound[s] = bound[s + 1] = 1;
  }
  for (let len = SHORTEST + 1; len <= lexicon.maxWordLength; len++) {
    for (let s = 0; s + len <= text.length; s++) {
      if (han[s]! < len || allSet(bound, s, len) || !lexicon.mayFit(text, s, len)) continue;
      const cost = lexicon.cost(text, s, len);
      if (cost !== undefined && cost <= BOUND_COST) bound.fill(1, s, s + len);
    }
  }
  return bound;
}

function allSet(flags: Uint8Array, start: number, length: number): boolean {
  for (let k = start; k < start + length; k++) if (!flags[k]) return false;
  return true;
}

/**
 * The best replacement of the character at `at` that turns text[start, end) into a common word, if
 * any clears its margin. Completions come likeliest first, so the search stops at the first word
 * dearer than `dearest`, beyond which no replacement could clear any margin.
 */
function bestCompletion(text: string, at: number, start: number, end: number, lexicon: TypoLexicon, confusables: ReadonlyMap<number, ConfusionKind>, dearest: number): WindowCandidate | undefined {
  const { fills, costs } = lexicon.completions(text, start, end - start, at - start, dearest * lexicon.costScale);
  const lengthMargin = LENGTH_MARGIN[end - start] ?? 0;
  let window: number | undefined;
  let context: [number, number] | undefined;
  let before: number | undefined;
  let best: WindowCandidate | undefined;
  for (let k = 0; k < fills.length; k++) {
    const kind = confusables.get(fills.charCodeAt(k));
    if (!kind) continue;
    const to = fills[k]!;
    const replaced = costs.charCodeAt(k) / lexicon.costScale;
    const margin = CONFUSION_MARGIN[kind] + lengthMargin;
    // The window alone must come close to the margin: context seldom adds much, and this spares most segmentations.
    window ??= segmentCost(text.slice(start, end), lexicon);
    if (window - replaced < margin - CONTEXT_SLACK) continue;
    const [left, right] = (context ??= hanContext(text, start, end));
    before ??= segmentCost(text.slice(left, right), lexicon);
    const gain = before - segmentCost(text.slice(left, at) + to + text.slice(at + 1, right), lexicon);
    if (gain < margin || (best && best.gain >= gain)) continue;
    best = { at, start, end, to, kind, gain };
  }
  return best;
}
