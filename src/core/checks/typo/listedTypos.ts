import type { RawFinding } from '../check';
import type { Lang } from '../../i18n/lang';
import { t } from '../../i18n/messages';
import type { ListedTypo, TypoLexicon } from './typoLexicon';
import type { ProtectedRanges } from './protectedRanges';
import { segmentCost } from './segmentCost';
import { overlappingWords, straddlesWord } from './straddlesWord';
import { isDictionaryWord, withinWord } from './commonWord';
import { hanContext } from './hanContext';
import { sentenceAt, splitSentences } from '../../text/sentences';

/**
 * How much likelier (natural-log units) the text around a listed form must read once corrected for
 * the form to be reported where it overlaps other dictionary words. On a month of published news
 * every such overlap gained at most 0.5 (书记要求 → 书纪要求 loses 5); in learners' essays with
 * corrected pairs most true misspellings standing so gained 3 or more (自已 5.8, 必竟 5.1, 装璜 3.0),
 * and a correct word gained 2.2 (一本份, one copy, read as 本分).
 */
const STRADDLE_GAIN = 3;

/**
 * The team's list of common misspellings (再接再励 → 再接再厉). A listed form is reported unless
 * it is read as part of other words (书记要求 holds 记要 but means 书记 / 要求) and the correction
 * would not read clearly better (按装设备 holds the rare 装设, but 安装设备 reads far better) or
 * would leave a character of those words standing alone (承销费: 承 in 承消费), one of its entry's
 * exceptions covers it, or it stands in a name or a quotation.
 */
export function listedTypos(paragraph: string, lexicon: TypoLexicon, guard: ProtectedRanges, lang: Lang): RawFinding[] {
  const findings: RawFinding[] = [];
  const starts = listedStarts(lexicon);
  for (let i = 0; i < paragraph.length; i++) {
    if (!starts.mayStartAt(paragraph, i)) continue;
    // The filter is a hash: a position it lets through may start no listed form at all.
    for (const entry of lexicon.listedByFirst.get(paragraph.charCodeAt(i)) ?? []) {
      const end = i + entry.wrong.length;
      if (!paragraph.startsWith(entry.wrong, i) || excepted(paragraph, entry, i, end)) continue;
      if (guard.touches(i, end)) continue;
      if (straddlesWord(paragraph, i, end, lexicon) && (correctionGain(paragraph, i, end, entry.right, lexicon) < STRADDLE_GAIN || orphansNeighbour(paragraph, i, end, entry.right, lexicon))) continue;
      findings.push({
        rule: 'typo.listed',
        severity: 'warning',
        message: t(lang, 'typo.listed', { found: entry.wrong, correct: entry.right, note: entry.note }),
        spans: [{ start: i, end }],
        suggestion: { replacement: entry.right },
        evidence: { of: 'details', correct: entry.right, note: entry.note },
      });
      break;
    }
  }
  return findings;
}

const startsOf = new WeakMap<TypoLexicon, ListedStarts>();

function listedStarts(lexicon: TypoLexicon): ListedStarts {
  let starts = startsOf.get(lexicon);
  if (!starts) startsOf.set(lexicon, (starts = new ListedStarts(lexicon)));
  return starts;
}

/**
 * Where a listed form may start, by the hash of its first two characters (or by its one character):
 * a third of a news draft's characters start some listed form, but fewer than one position in
 * fifty starts the two characters of one, and one array read rules the others out.
 */
class ListedStarts {
  private readonly pairs = new Uint8Array(0x10000);
  private readonly singles = new Uint8Array(0x10000);

  constructor(lexicon: TypoLexicon) {
    for (const bucket of lexicon.listedByFirst.values()) {
      for (const { wrong } of bucket) {
        if (wrong.length < 2) this.singles[wrong.charCodeAt(0)] = 1;
        else this.pairs[pairKey(wrong.charCodeAt(0), wrong.charCodeAt(1))] = 1;
      }
    }
  }

  mayStartAt(text: string, at: number): boolean {
    const first = text.charCodeAt(at);
    return this.singles[first] === 1 || (at + 1 < text.length && this.pairs[pairKey(first, text.charCodeAt(at + 1))] === 1);
  }
}

function pairKey(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ second) & 0xffff;
}

/**
 * Whether one of the entry's contexts covers the form where it stands. A context with a `…` is a
 * correlative pair: its head covers the form and its tail follows later in the same sentence
 * (既使…又: 既使各方表达意见，又使参与有序 is 既…又…, not a slip for 即使).
 */
function excepted(paragraph: string, entry: ListedTypo, start: number, end: number): boolean {
  return entry.exceptions.some((context) => {
    const [head, tail] = context.split(CORRELATIVE);
    for (let k = paragraph.indexOf(head!, Math.max(0, start - head!.length + 1)); k !== -1 && k < end; k = paragraph.indexOf(head!, k + 1)) {
      if (k + head!.length > start && (tail === undefined || followsInSentence(paragraph, k + head!.length, tail))) return true;
    }
    return false;
  });
}

const CORRELATIVE = '…';

function followsInSentence(paragraph: string, from: number, tail: string): boolean {
  const at = paragraph.indexOf(tail, from);
  if (at === -1) return false;
  const sentences = splitSentences(paragraph);
  return sentenceAt(sentences, at) === sentenceAt(sentences, from);
}

/** How much likelier the text around [start, end) reads with `right` in place of what is written. */
function correctionGain(paragraph: string, start: number, end: number, right: string, lexicon: TypoLexicon): number {
  const [left, stop] = hanContext(paragraph, start, end);
  const written = segmentCost(paragraph.slice(left, stop), lexicon);
  const corrected = segmentCost(paragraph.slice(left, start) + right + paragraph.slice(end, stop), lexicon);
  return written - corrected;
}

/**
 * Whether the correction leaves a character of a word that overlaps the form in no word at all:
 * 承销|费 corrected to 承|消费 strands 承, where 按|装设|备 corrected to 安装|设备 keeps 设 in 设备.
 */
function orphansNeighbour(paragraph: string, start: number, end: number, right: string, lexicon: TypoLexicon): boolean {
  const corrected = paragraph.slice(0, start) + right + paragraph.slice(end);
  for (const [s, e] of overlappingWords(paragraph, start, end, lexicon)) {
    for (let k = s; k < e; k++) if ((k < start || k >= end) && !withinWord(lexicon, [corrected], k, isDictionaryWord)) return true;
  }
  return false;
}
