import type { RawFinding } from '../check';
import type { Lang } from '../../i18n/lang';
import { t } from '../../i18n/messages';
import { isHanCode } from '../../text/cjk';
import {
  NEVER_REDUPLICATED,
  NUMERAL_CHARACTERS,
  ONOMATOPOEIA_CHARACTERS,
  QUALITY_CHARACTERS,
  REDUPLICABLE_WORDS,
  SPOKEN_PARTICLES,
  SUFFIX_CHARACTERS,
  isTransliteration,
} from './reduplicableWords';
import { endsInExclamation, isStandalone, quoteScanner } from './repetitionContext';
import { isWordSeam } from './wordSeam';
import { gluedRun } from './gluedRun';
import { isDivisionChain } from './divisionChain';
import type { TypoLexicon } from '../typo/typoLexicon';
import type { GazetteerIndex } from '../../gazetteer/gazetteerIndex';

const DOUBLED_WORD_RULE = 'repetition.word';
/** A two-character content word doubled: ordinary Chinese reduplication (转悠转悠, 黑瘦黑瘦) as often as a slip. */
const REDUPLICATION_RULE = 'repetition.reduplication';
const MIN_WORD = 2;
/** A phrase of three or more characters never repeats back to back in prose; longer copy-paste slips count too. */
const MAX_WORD = 8;
/** Words up to this long are said twice as a reply (可以可以, 对不起对不起); in a quotation that is what was said. */
const SPOKEN_REPEAT = 3;
const CLAUSE_END = /[，,。！!？?…、；;”’]/;
/** 能V多少V多少, 能V多远V多远: "as much (far, long…) as one can", said by doubling. */
const AS_MUCH_AS = /多[少远久大高快长]$/;

function isHanRun(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isHanCode(text.charCodeAt(i))) return false;
  return true;
}

function repeatsAt(text: string, start: number, k: number): boolean {
  for (let j = 0; j < k; j++) if (text.charCodeAt(start + j) !== text.charCodeAt(start + k + j)) return false;
  return true;
}

/** How many times the k-character word at start occurs back to back (at least 2 when called). */
function countRepeats(text: string, start: number, k: number): number {
  let n = 2;
  while (repeatsAt(text, start + (n - 1) * k, k)) n++;
  return n;
}

function hasAnyOf(word: string, chars: string): boolean {
  for (const ch of word) if (chars.includes(ch)) return true;
  return false;
}

/**
 * Whether a doubled word is a slip (`slip`), may be one (`maybe`), or is not (division names that
 * meet are doubledWords' to tell). Never: AA words
 * doubled (哈哈哈哈), numerals (一个一个), sound words, interjections and chants, nor a short reply
 * said twice in a quotation (“可以可以，…”). Longer words and phrases do not reduplicate, so their
 * doubling is a slip. Two-character words that never reduplicate (我们, 因为) are slips too. Other
 * two-character words do reduplicate (研究研究, 雪白雪白, 转悠转悠, 赶集赶集: published news is full
 * of them), so outside quotations, when they are not known reduplicables and the next character
 * does not start a longer word (发展|发展中国家), they may be one: the reader decides.
 */
function slipVerdict(text: string, start: number, k: number, end: number, inQuote: (i: number) => boolean, lexicon: TypoLexicon | undefined): 'slip' | 'maybe' | undefined {
  const word = text.slice(start, start + k);
  if ([...word].every((ch) => ch === word[0])) return undefined;
  if (NUMERAL_CHARACTERS.includes(word[0]!) || hasAnyOf(word, ONOMATOPOEIA_CHARACTERS) || isTransliteration(word)) return undefined;
  if (isStandalone(text, start, end) || endsInExclamation(text, end) || text.slice(start - 1, end + 1).includes('越来越')) return undefined;
  // 抓紧抓紧再抓紧, 吃饭吧吃饭吧: a chant or spoken insistence; 能带多少带多少, 能走多远走多远: as much or as far as can be.
  if (text.startsWith(`再${word}`, end) || SPOKEN_PARTICLES.includes(word[k - 1]!) || AS_MUCH_AS.test(word)) return undefined;
  // 我说可以可以，: a short reply said twice ends its clause in a quotation; a stutter before more words (因为因为下雨) is still a slip.
  if (k <= SPOKEN_REPEAT && inQuote(start) && CLAUSE_END.test(text[end] ?? '')) return undefined;
  if (k === 2 && isReduplicationPattern(word, text[end] ?? '')) return undefined;
  if (isWordSeam(text, start, end) || (lexicon && gluedRun(lexicon, text, start, end, k))) return undefined;
  if (k > 2 || NEVER_REDUPLICATED.has(word) || word[1] === '们') return 'slip';
  if (REDUPLICABLE_WORDS.has(word) || QUALITY_CHARACTERS.includes(word[1]!)) return undefined;
  if (SUFFIX_CHARACTERS.includes(text[end] ?? '\u0000')) return undefined;
  return inQuote(start) ? undefined : 'maybe';
}

/**
 * Two-character reduplication patterns: V着V着 (走着走着), emphasis by a degree adverb (很多很多,
 * 好大好大, 许多许多), distribution (整箱整箱, 成包成包, 逐项逐项, 大片大片), A-not-A questions
 * (是不是不…), the tentative ABAB看 (归纳归纳看), and "such and such" (如何如何).
 */
function isReduplicationPattern(word: string, next: string): boolean {
  return word[1] === '着' || '很好太真多许'.includes(word[0]!) || '整成逐大'.includes(word[0]!) || '不没'.includes(word[1]!) || next === '看' || word === '如何';
}

/**
 * Per position of `text`, where the same UTF-16 code next occurs (−1 when it does not): the only
 * lengths a doubled word starting there can have. Arrays are reused across paragraphs; a code's last
 * position counts only if stamped in this call.
 */
function nextSameCode(text: string): Int32Array {
  // Made on the first paragraph, not when the module loads: a process that never checks repetition holds none of it.
  scratch ??= { next: new Int32Array(0), lastAt: new Int32Array(0x10000), stampOf: new Int32Array(0x10000), stamp: 0 };
  if (scratch.next.length < text.length) scratch.next = new Int32Array(Math.max(text.length, 2 * scratch.next.length, 256));
  const { next, lastAt, stampOf } = scratch;
  const stamp = ++scratch.stamp;
  for (let j = text.length - 1; j >= 0; j--) {
    const code = text.charCodeAt(j);
    next[j] = stampOf[code] === stamp ? lastAt[code]! : -1;
    lastAt[code] = j;
    stampOf[code] = stamp;
  }
  return next;
}

let scratch: { next: Int32Array; lastAt: Int32Array; stampOf: Int32Array; stamp: number } | undefined;

/**
 * Doubled words and phrases of two to eight Han characters (我们我们, 合作社合作社; 就业就业 as a
 * possible slip). Linear: each position tries at most MAX_WORD lengths. `divisions` gives the
 * gazetteer's index, asked only of a run about to be reported: one where division names meet
 * (佳木斯市同江市同江镇) is an address, not a doubling.
 */
export function doubledWords(text: string, lang: Lang, lexicon?: TypoLexicon, divisions?: () => GazetteerIndex | undefined): RawFinding[] {
  const findings: RawFinding[] = [];
  const inQuote = quoteScanner(text);
  const next = nextSameCode(text);
  let i = 0;
  while (i + 2 * MIN_WORD <= text.length) {
    let advanced = false;
    // A word of k characters doubled at i has text[i + k] equal to text[i]: only those k are tried, shortest first.
    for (let at = next[i]!; at >= 0 && at - i <= MAX_WORD; at = next[at]!) {
      const k = at - i;
      if (k < MIN_WORD) continue;
      if (i + 2 * k > text.length) break;
      if (!repeatsAt(text, i, k) || !isHanRun(text, i, i + k)) continue;
      const end = i + countRepeats(text, i, k) * k;
      const verdict = slipVerdict(text, i, k, end, inQuote, lexicon);
      const index = verdict && divisions?.();
      if (verdict && !(index && isDivisionChain(index, text, i, k))) {
        const unit = text.slice(i, i + k);
        const slip = verdict === 'slip';
        findings.push({
          rule: slip ? DOUBLED_WORD_RULE : REDUPLICATION_RULE,
          severity: slip ? 'warning' : 'info',
          message: t(lang, slip ? 'repetition.word' : 'repetition.reduplication', { unit }),
          spans: [{ start: i, end }],
          suggestion: { replacement: unit },
        });
      }
      i = end;
      advanced = true;
      break;
    }
    if (!advanced) i++;
  }
  return findings;
}
