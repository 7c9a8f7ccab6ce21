import { isUtf8 } from 'node:buffer';
import { byteOrderMark } from './byteOrderMark';
import { decodeBytes } from './decodeBytes';
import { lazyPackage } from './lazyPackage';
import { looksBinary, SNIFF_BYTES } from './looksBinary';
import type { TextEncodingLabel } from './textEncodingLabel';
import { implausibleShare, textPlausibility } from './textPlausibility';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use (lazyPackage.ts)
const chardet = lazyPackage(() => require('chardet') as typeof import('chardet'));

export type DetectedEncoding = { binary: true } | { binary: false; label: TextEncodingLabel; bomLength: number };

/**
 * UTF-16 puts a NUL in the high byte of every ASCII character: in one byte parity only, bar
 * the odd Han character such as 一 (U+4E00). Binary data has NULs in both parities.
 */
const UTF16_NUL_SHARE = 0.05;
const UTF16_NUL_LOPSIDEDNESS = 4;
/** What share of a decoding may be control or private-use characters and still be text. */
const MAX_IMPLAUSIBLE_SHARE = 0.02;
/** chardet's opinion only breaks near-ties: on short texts its confidence is unreliable. */
const CHARDET_WEIGHT = 0.1;
/** Enough text to judge a decoding by (thousands of characters); more only costs time. */
const SCORED_BYTES = 16 * 1024;
const CHARDET_BYTES = 4 * 1024;
/**
 * Below this no candidate reads as Chinese; the bytes are then shown as UTF-8 with replacement
 * characters, which mark the damage visibly instead of inventing plausible-looking Han text.
 */
const MIN_PLAUSIBILITY = 0.3;

/**
 * Works out how a draft's bytes are encoded, in order of certainty: a BOM; UTF-16's NUL
 * pattern; not text at all (unless it reads as Chinese UTF-16); valid UTF-8 (legacy CJK text is practically never valid UTF-8);
 * a charset the file declares (HTML's meta); otherwise the decoding that reads most like
 * Chinese. chardet alone misjudges short GBK texts (a few dozen characters come out as
 * windows-1252, EUC-KR or ISO-8859-x), so each candidate is decoded and scored by its share of
 * common Han characters and punctuation, with chardet's confidence (the ICU detectors, kept
 * up to date and dependency-free) added as a small prior for GB18030 and Big5.
 */
export function detectEncoding(bytes: Uint8Array, declared?: TextEncodingLabel): DetectedEncoding {
  const bom = byteOrderMark(bytes);
  if (bom) return { binary: false, label: bom.label, bomLength: bom.length };
  const sample = bytes.subarray(0, SNIFF_BYTES);
  const utf16 = utf16ByNulPattern(sample);
  if (utf16) return { binary: false, label: utf16, bomLength: 0 };
  if (looksBinary(bytes)) {
    // Chinese in UTF-16 has control bytes aplenty (库 is 93 5E, 后 is 0E 54) and may have no NULs.
    const chinese = utf16ByText(sample, bytes.length % 2 === 0);
    return chinese ? { binary: false, label: chinese, bomLength: 0 } : { binary: true };
  }
  if (isUtf8(bytes)) return { binary: false, label: 'UTF-8', bomLength: 0 };
  return { binary: false, label: declared ?? mostPlausibleEncoding(sample, bytes.length % 2 === 0), bomLength: 0 };
}

function utf16ByNulPattern(sample: Uint8Array): TextEncodingLabel | undefined {
  const pairs = Math.floor(sample.length / 2);
  // Most drafts hold no NUL at all: the built-in search answers that before a byte-by-byte count.
  if (pairs < 2 || !sample.includes(0)) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenNuls++;
    if (sample[i + 1] === 0) oddNuls++;
  }
  const label = lopsided(oddNuls, evenNuls, pairs) ? 'UTF-16LE' : lopsided(evenNuls, oddNuls, pairs) ? 'UTF-16BE' : undefined;
  // Binary records can be lopsided too; their decoding is then full of control characters.
  return label && implausibleShare(decodeBytes(sample, label)) <= MAX_IMPLAUSIBLE_SHARE ? label : undefined;
}

function lopsided(many: number, few: number, pairs: number): boolean {
  return many / pairs >= UTF16_NUL_SHARE && few * UTF16_NUL_LOPSIDEDNESS <= many;
}

function utf16ByText(sample: Uint8Array, evenLength: boolean): TextEncodingLabel | undefined {
  if (!evenLength) return undefined;
  return (['UTF-16LE', 'UTF-16BE'] as const).find((label) => {
    const text = decodeBytes(sample, label);
    return textPlausibility(text) >= MIN_PLAUSIBILITY && implausibleShare(text) <= MAX_IMPLAUSIBLE_SHARE;
  });
}

function mostPlausibleEncoding(bytes: Uint8Array, evenLength: boolean): TextEncodingLabel {
  const sample = bytes.subarray(0, SCORED_BYTES);
  const confidence = new Map(chardet().analyse(bytes.subarray(0, CHARDET_BYTES)).map((m) => [m.name as string, m.confidence / 100]));
  const candidates: TextEncodingLabel[] = ['GB18030', 'Big5', 'UTF-8'];
  // Chinese UTF-16 without a BOM may have no NULs to give it away; only its length and text can.
  if (evenLength) candidates.push('UTF-16LE', 'UTF-16BE');
  let best: TextEncodingLabel = 'UTF-8';
  let bestScore = MIN_PLAUSIBILITY;
  for (const label of candidates) {
    const score = textPlausibility(decodeBytes(sample, label)) + CHARDET_WEIGHT * (confidence.get(label) ?? 0);
    if (score > bestScore) {
      best = label;
      bestScore = score;
    }
  }
  return best;
}
