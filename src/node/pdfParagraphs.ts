import { HAN } from '../core/text/cjk';
import type { PdfLine } from './pdfTextLines';

/** Chinese, Japanese and full-width characters: lines wrapped between them join without a space. */
const WIDE = new RegExp(`[${HAN}\\u3000-\\u303f\\u3040-\\u30ff\\uff01-\\uff60\\uffe0-\\uffe6\\u2018-\\u201d\\u2026\\u2014]`);
/** A gap between baselines this much above the tightest one is paragraph (or heading) spacing. */
const PARAGRAPH_GAP = 1.2;
/** Characters a Chinese line may not start with: the character before one moves down with it. */
const CLOSING = '，。、；：？！）》」』”’…·%';
/** Characters a Chinese line may not end with: they move down with the character after them. */
const OPENING = '“‘（《「『';
/**
 * The first piece of a line that could not have been split from its start: leading closing marks,
 * opening marks, then an ASCII word or number (these do not break) or one character, then closing marks.
 */
const FIRST_PIECE = new RegExp(`^[${CLOSING}]*[${OPENING}]*(?:[\\x21-\\x7e]+|.)[${CLOSING}]*`, 'u');
/** Width of an ASCII letter or digit in ems, generously (digits are half an em to two thirds). */
const NARROW_EMS = 0.65;
/** The gap Word and LibreOffice set between Chinese and a Latin word or number, generously. */
const AUTOSPACE_EMS = 0.25;
/** The share of a page's lines that end at or before its right margin. */
const RIGHT_MARGIN_PERCENTILE = 0.9;
/** Room at a line's end (in ems) that justification and rounding leave without meaning anything. */
const TOLERANCE_EMS = 0.3;
/** A line starting this many ems right of the left margin starts a paragraph (the usual two-character indent). */
const INDENT_EMS = 1.5;
/** Font sizes that differ by more than this (in points) belong to a heading and its text. */
const SIZE_TOLERANCE = 0.5;

/**
 * Rebuilds paragraphs from a PDF's lines, which is all a PDF keeps: a line starts a new paragraph
 * when it is further below the previous one than the tightest line pitch of its size (paragraph
 * spacing), when the previous line stopped short enough of the right margin for this line's first
 * piece to have fitted there, when it is indented, or when its font size differs (a heading). Wrapped lines join without a space between Chinese characters.
 */
export function pdfParagraphs(lines: readonly PdfLine[]): PdfParagraph[] {
  const pitch = tightestPitches(lines);
  const margins = pageMargins(lines);
  const paragraphs: PdfParagraph[] = [];
  let previous: PdfLine | undefined;
  for (const line of lines) {
    const last = paragraphs.at(-1);
    if (last === undefined || previous === undefined || startsParagraph(previous, line, pitch, margins)) paragraphs.push({ text: line.text, page: line.page });
    else last.text = joinLines(last.text, line.text);
    previous = line;
  }
  return paragraphs;
}

/** A rebuilt paragraph and the page its first line is on (a paragraph may run on over a page break). */
export interface PdfParagraph {
  text: string;
  page: number;
}

interface Margins {
  left: number;
  right: number;
}

function startsParagraph(previous: PdfLine, line: PdfLine, pitch: Map<number, number>, margins: Map<number, Margins>): boolean {
  if (Math.abs(previous.size - line.size) > SIZE_TOLERANCE) return true;
  const before = margins.get(previous.page)!;
  const here = margins.get(line.page)!;
  if (before.right - previous.right > firstPieceWidth(line) + TOLERANCE_EMS * previous.size) return true;
  if (line.left > here.left + INDENT_EMS * line.size) return true;
  if (previous.page !== line.page) return false;
  const tightest = pitch.get(sizeKey(line.size));
  return tightest !== undefined && previous.baseline - line.baseline > PARAGRAPH_GAP * tightest;
}

/**
 * Estimated width of what would have had to fit at the end of the previous line for this line to
 * continue it: its first piece, plus the character carried down when the line starts with a mark
 * that may not start a line.
 */
function firstPieceWidth(line: PdfLine): number {
  const text = line.text.trimStart();
  const piece = FIRST_PIECE.exec(text)?.[0] ?? '';
  const narrow = [...piece].filter((ch) => ch <= '\x7e' && ch !== '%').length;
  const ems = [...piece].length - narrow + narrow * NARROW_EMS + (narrow > 0 ? AUTOSPACE_EMS : 0);
  const carried = CLOSING.includes(text[0] ?? '') ? 1 : 0;
  return (ems + carried) * line.size;
}

function joinLines(paragraph: string, line: string): string {
  const end = paragraph.trimEnd();
  const start = line.trimStart();
  return WIDE.test(end.at(-1) ?? '') || WIDE.test(start[0] ?? '') ? end + start : `${end} ${start}`;
}

/** For each font size, the smallest positive distance between consecutive baselines on a page. */
function tightestPitches(lines: readonly PdfLine[]): Map<number, number> {
  const pitch = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1]!, lines[i]!];
    const gap = a.baseline - b.baseline;
    if (a.page !== b.page || gap <= 0 || Math.abs(a.size - b.size) > SIZE_TOLERANCE) continue;
    const key = sizeKey(b.size);
    pitch.set(key, Math.min(pitch.get(key) ?? Infinity, gap));
  }
  return pitch;
}

/**
 * Each page's left margin (the leftmost line start) and right margin: a high percentile of the
 * line ends rather than the furthest, since punctuation may hang past the margin.
 */
function pageMargins(lines: readonly PdfLine[]): Map<number, Margins> {
  const byPage = new Map<number, PdfLine[]>();
  for (const line of lines) byPage.set(line.page, [...(byPage.get(line.page) ?? []), line]);
  const margins = new Map<number, Margins>();
  for (const [page, pageLines] of byPage) {
    const rights = pageLines.map((l) => l.right).sort((a, b) => a - b);
    const right = rights[Math.round((rights.length - 1) * RIGHT_MARGIN_PERCENTILE)]!;
    margins.set(page, { left: Math.min(...pageLines.map((l) => l.left)), right });
  }
  return margins;
}

function sizeKey(size: number): number {
  return Math.round(size * 2) / 2;
}
