import { HAN } from '../text/cjk';
import { splitParagraphs } from '../text/paragraphs';
import { isAsciiAlnum, isAsciiDigit, isChineseSide } from './chineseContext';
import { compareEdits, editsOverlap, type CleanEdit } from './cleanEdit';
import type { CleanKind } from './cleanKind';
import { urlRanges } from '../text/urlRanges';

const FULL_WIDTH: Record<string, string> = { ',': '，', '.': '。', ';': '；', ':': '：', '?': '？', '!': '！' };
/** A full-width mark carries its own spacing in Chinese typesetting, so spaces around a converted mark go with it. */
const SPACE = new Set([' ', '\u3000']);
/** Straight quotes and brackets are looked through when judging a mark's context: "好",然后 is Chinese. */
const TRANSPARENT = new Set(['"', "'", '(', ')']);
const HAS_HAN = new RegExp(`[${HAN}]`);

const NO_GUARD = new Uint8Array(0);

type Add = (start: number, end: number, replacement: string, kind: CleanKind) => void;

/**
 * GB/T 15834 in Chinese text: half-width marks between Chinese characters to full width, straight
 * quotes to paired curly quotes, ... to ……, -- to ——. Numbers, decimals, times, URLs, e-mail
 * addresses and Latin text keep their marks. Works line by line: quotes pair within a paragraph.
 */
export function punctuationEdits(text: string): CleanEdit[] {
  const edits: CleanEdit[] = [];
  for (const p of splitParagraphs(text)) {
    if (p.text.length > 0) edits.push(...lineEdits(p.text, p.start));
  }
  return edits;
}

function lineEdits(line: string, base: number): CleanEdit[] {
  const ranges = urlRanges(line);
  // Most lines hold no URL: they share an empty mask (reads past its end are undefined, i.e. not guarded).
  const guarded = ranges.length > 0 ? new Uint8Array(line.length) : NO_GUARD;
  for (const [start, end] of ranges) guarded.fill(1, start, end);
  const found: CleanEdit[] = [];
  const add: Add = (start, end, replacement, kind) =>
    found.push({ start: base + start, end: base + end, replacement, transform: 'punctuation', kind });
  pairQuotes(line, guarded, '"', '“', '”', add);
  pairQuotes(line, guarded, "'", '‘', '’', add);
  pairBrackets(line, guarded, add);
  // Quotes and brackets are replaced one character for one, so the marks can be judged on the
  // line as it will read: in 他说"OK",然后 the comma follows a Chinese closing quote.
  scanMarks(found.length > 0 ? withReplacements(line, found, base) : line, guarded, add);
  found.sort(compareEdits);
  const kept: CleanEdit[] = [];
  for (const e of found) if (kept.length === 0 || !editsOverlap(kept[kept.length - 1]!, e)) kept.push(e);
  return kept;
}

/** The line with one-character replacements applied (same length, same offsets). */
function withReplacements(line: string, edits: readonly CleanEdit[], base: number): string {
  const chars = line.split('');
  for (const e of edits) chars[e.start - base] = e.replacement;
  return chars.join('');
}

/** Pairs straight quotes in order; an odd count is left alone (the punctuation check reports it, guessing would mis-pair). */
function pairQuotes(line: string, guarded: Uint8Array, quote: string, open: string, close: string, add: Add): void {
  const positions: number[] = [];
  for (let i = line.indexOf(quote); i !== -1; i = line.indexOf(quote, i + 1)) {
    const apostrophe = quote === "'" && isAsciiAlnum(line[i - 1]) && isAsciiAlnum(line[i + 1]);
    if (!guarded[i] && !apostrophe) positions.push(i);
  }
  if (positions.length % 2 !== 0) return;
  for (let k = 0; k < positions.length; k += 2) {
    const o = positions[k]!;
    const c = positions[k + 1]!;
    const chinese = HAS_HAN.test(line.slice(o + 1, c)) || (quote === '"' && (isChineseSide(line[o - 1]) || isChineseSide(line[c + 1])));
    if (!chinese) continue;
    add(o, o + 1, open, 'quote');
    add(c, c + 1, close, 'quote');
  }
}

/** Brackets whose content is Chinese become full width; (1) and (see below) stay. */
function pairBrackets(line: string, guarded: Uint8Array, add: Add): void {
  const stack: number[] = [];
  for (let i = 0; i < line.length; i++) {
    if (guarded[i]) continue;
    if (line[i] === '(') stack.push(i);
    else if (line[i] === ')' && stack.length > 0) {
      const o = stack.pop()!;
      if (!HAS_HAN.test(line.slice(o + 1, i))) continue;
      add(o, o + 1, '（', 'bracket');
      add(i, i + 1, '）', 'bracket');
    }
  }
}

/** Character codes of the marks this pass converts; everything else is skipped by code, which keeps 1 MB well under a second. */
const MARK_CODES = new Set([...',.;:?!-'].map((ch) => ch.charCodeAt(0)));

function scanMarks(line: string, guarded: Uint8Array, add: Add): void {
  for (let i = 0; i < line.length; i++) {
    if (guarded[i] || !MARK_CODES.has(line.charCodeAt(i))) continue;
    const ch = line[i]!;
    // Only dots and hyphens form runs (and are skipped whole); measuring a run of colons at each
    // colon would be quadratic in the run.
    const run = ch === '.' || ch === '-' ? runLength(line, i, ch) : 1;
    if (ch === '.' && run >= 3) {
      if (isChineseSide(contextLeft(line, i)) || isChineseSide(contextRight(line, i + run))) add(i, i + run, '……', 'ellipsis');
      i += run - 1;
    } else if (ch === '-') {
      const left = contextLeft(line, i);
      const right = contextRight(line, i + run);
      const range = isAsciiDigit(left) && isAsciiDigit(right);
      if (run >= 2 && !range && (isChineseSide(left) || isChineseSide(right))) add(i, i + run, '——', 'dash');
      i += run - 1;
    } else if (ch === '.' && run === 2) {
      i++;
    } else if (markIsChinese(line, i, ch)) {
      let start = i;
      while (start > 0 && SPACE.has(line[start - 1]!) && !guarded[start - 1]) start--;
      let end = i + 1;
      while (end < line.length && SPACE.has(line[end]!) && !guarded[end]) end++;
      add(start, end, FULL_WIDTH[ch]!, 'mark');
    }
  }
}

function markIsChinese(line: string, i: number, mark: string): boolean {
  const left = contextLeft(line, i);
  const right = contextRight(line, i + 1);
  const chineseLeft = isChineseSide(left);
  const chineseRight = isChineseSide(right);
  const atEnd = right === undefined;
  switch (mark) {
    case '.':
      return chineseLeft && (chineseRight || atEnd);
    case ':':
      return chineseLeft && (chineseRight || atEnd || isAsciiDigit(right));
    default:
      // , ; ! ? before Chinese end a Chinese clause whatever precedes them: 增长5%,达到 / 引进AI,提升
      return chineseRight || (chineseLeft && (atEnd || isAsciiDigit(right)));
  }
}

function runLength(line: string, i: number, ch: string): number {
  const code = ch.charCodeAt(0);
  let j = i;
  while (line.charCodeAt(j) === code) j++;
  return j - i;
}

/** The character that decides the context on the left, looking past spaces and straight quotes/brackets. */
function contextLeft(line: string, i: number): string | undefined {
  let j = i - 1;
  while (j >= 0 && (SPACE.has(line[j]!) || TRANSPARENT.has(line[j]!))) j--;
  return j >= 0 ? line[j] : undefined;
}

function contextRight(line: string, i: number): string | undefined {
  let j = i;
  while (j < line.length && (SPACE.has(line[j]!) || TRANSPARENT.has(line[j]!))) j++;
  return j < line.length ? line[j] : undefined;
}
