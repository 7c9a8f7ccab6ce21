import type { RawFinding } from '../check';
import type { Lang } from '../../i18n/lang';
import { t, type MessageKey } from '../../i18n/messages';
import { isHanCode } from '../../text/cjk';
import type { ConfusionKind, TypoLexicon } from './typoLexicon';
import type { ProtectedRanges } from './protectedRanges';
import { NUMERALS, windowSearch, type WindowCandidate } from './windowSearch';
import { surnameLength } from '../../entities/surnames';
import { inTransliteratedName } from '../../entities/transliteratedName';
import { NAME_DOTS } from '../../entities/nameCharacters';
import { TITLES } from '../../entities/titleWords';

interface Candidate extends WindowCandidate {
  replacement: string;
  from: string;
}

const KIND_KEY: Record<ConfusionKind, MessageKey> = { sound: 'typo.kind.sound', shape: 'typo.kind.shape', soundShape: 'typo.kind.soundShape' };

/** `draft`: the whole draft, whose length tells whether the compiled search pays (TypoLexicon.compiledSearch). */
export function confusableTypos(paragraph: string, lexicon: TypoLexicon, guard: ProtectedRanges, lang: Lang, taken: readonly [number, number][], draft: string): RawFinding[] {
  const { candidates: found, isBound } = lexicon.compiledSearch?.(draft)?.search(paragraph) ?? windowSearch(paragraph, lexicon);
  const candidates: Candidate[] = [];
  for (const c of found) {
    if (nameLike(paragraph, c, c.at, isBound) || writtenOnPurpose(paragraph, c.at)) continue;
    candidates.push({ ...c, replacement: paragraph.slice(c.start, c.at) + c.to + paragraph.slice(c.at + 1, c.end), from: paragraph[c.at]! });
  }
  const chosen: Candidate[] = [];
  const occupied = [...taken];
  for (const c of candidates.sort((a, b) => b.gain - a.gain)) {
    if (occupied.some(([s, e]) => s < c.end && c.start < e) || guard.touches(c.start, c.end)) continue;
    occupied.push([c.start, c.end]);
    chosen.push(c);
  }
  return chosen.map((c) => {
    const found = paragraph.slice(c.start, c.end);
    const kind = t(lang, KIND_KEY[c.kind]);
    return {
      rule: 'typo.confusable',
      severity: 'warning',
      message: t(lang, 'typo.confusable', { found, correct: c.replacement, wrong: c.from, right: c.to, kind }),
      spans: [{ start: c.start, end: c.end }],
      suggestion: { replacement: c.replacement },
      evidence: { of: 'details', correct: c.replacement, kind: c.kind, gain: Math.round(c.gain * 10) / 10 },
    };
  });
}

/**
 * Whether the window may be part of a person's name: it follows a surname that forms no word with
 * what precedes it (蔡华伟), or starts with one and the suspect character comes after it (王晨), or
 * the correction would put a surname first in a three-character word, which is a name in the
 * dictionary rather than a word (汪晓东 → 王晓东, 立如松 → 李如松), or it starts with a surname right
 * after a title (词作家|阎肃), beside the middle dot of a foreign name (妮古拉·斯特金) or inside a foreign
 * name written by sound (努莉|娜 → 努力): names are never corrected.
 */
function nameLike(text: string, c: WindowCandidate, at: number, isBound: (k: number) => boolean): boolean {
  if (inTransliteratedName(text, c.start, c.end) || NAME_DOTS.includes(text[c.end] ?? '\u0000') || NAME_DOTS.includes(text[c.start - 1] ?? '\u0000')) return true;
  // After a title, a window starting with a surname is the name (主任|介绍 is a verb: no surname).
  if (surnameLength(text[c.start]!) > 0 && TITLES.some((title) => text.startsWith(title, c.start - title.length))) return true;
  if (c.start > 0 && surnameLength(text[c.start - 1]!) === 1 && !isBound(c.start - 1)) return true;
  if (at === c.start && c.end - c.start === 3 && surnameLength(c.to) === 1) return true;
  return surnameLength(text[c.start]!) === 1 && at > c.start;
}

/**
 * Whether the character at `at` stands where no slip is read: a numeral's unit after its digits
 * (1.22亿|棵 is no 一棵), one half of a doubled word (大袋大袋的: the writer wrote it twice), or
 * the same place in the items of a list (慎捕、慎诉; 以案释德、以案释纪: the frame is written again).
 */
function writtenOnPurpose(text: string, at: number): boolean {
  if ('十百千万亿'.includes(text[at]!) && NUMERALS.has(text.charCodeAt(at - 1))) return true;
  const doubled = (p: number) => p >= 0 && text[p] === text[p + 2] && text[p + 1] === text[p + 3];
  return doubled(at - 2) || doubled(at - 3) || doubled(at) || doubled(at - 1) || repeatedInNextItem(text, at);
}

/** Items of a list are separated by the enumeration comma. */
const ITEM_BREAK = '、';
/** Longer stretches between two enumeration commas are clauses, not items of one frame. */
const LONGEST_ITEM = 8;

/**
 * Whether the list item holding `at` has a neighbouring item with the same character at the same
 * place from the item's start or from its end: a slip is made in one item, not written again in the next.
 */
function repeatedInNextItem(text: string, at: number): boolean {
  const item = itemAround(text, at);
  if (!item) return false;
  const [start, end] = item;
  const before = text[start - 1] === ITEM_BREAK ? itemAround(text, start - 2) : undefined;
  const after = text[end] === ITEM_BREAK ? itemAround(text, end + 1) : undefined;
  return [before, after].some(
    (other) => other !== undefined && (text[other[0] + (at - start)] === text[at] || text[other[1] - (end - at)] === text[at]),
  );
}

/** The stretch of Han text around `at` between enumeration commas or other breaks, when short enough to be a list item. */
function itemAround(text: string, at: number): [number, number] | undefined {
  if (at < 0 || at >= text.length || !isHanCode(text.charCodeAt(at))) return undefined;
  let start = at;
  while (start > 0 && isHanCode(text.charCodeAt(start - 1))) start--;
  let end = at + 1;
  while (end < text.length && isHanCode(text.charCodeAt(end))) end++;
  return end - start <= LONGEST_ITEM ? [start, end] : undefined;
}
