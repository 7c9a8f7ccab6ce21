import { HAN } from '../core/text/cjk';
import type { PdfLine } from './pdfTextLines';

/** Chinese, Japanese and full-width characters: lines wrapped between them join without a space. */
const WIDE = new RegExp(`[${HAN}\\u3000-\\u303f\\u3040-\\u30ff\\uff01-\\uff60\\uffe0-\\uffe6\\u2018-\\u201d\\u2026\\u2014]`);
/** A gap between baselines this much above the tightest one is paragraph (or heading) spacing. */
const PARAGRAPH_GAP = 1.2;
/** A line ending this many ems short of the right margin ends its paragraph. */
const SHORT_LINE_EMS = 2;
/** A line starting this many ems right of the left margin starts a paragraph (the usual two-character indent). */
const INDENT_EMS = 1.5;
/** Font sizes that differ by more than this (in points) belong to a heading and its text. */
const SIZE_TOLERANCE = 0.5;

/**
 * Rebuilds paragraphs from a PDF's lines, which is all a PDF keeps: a line starts a new paragraph
 * when it is further below the previous one than the tightest line pitch of its size (paragraph
 * spacing), when the previous line stopped short of the right margin, when it is indented, or when
 * its font size differs (a heading). Wrapped lines join without a space between Chinese characters.
 */
export function pdfParagraphs(lines: readonly PdfLine[]): string[] {
  const pitch = tightestPitches(lines);
  const margins = pageMargins(lines);
  const paragraphs: string[] = [];
  let previous: PdfLine | undefined;
  for (const line of lines) {
    if (previous === undefined || startsParagraph(previous, line, pitch, margins)) paragraphs.push(line.text);
    else paragraphs[paragraphs.length - 1] = joinLines(paragraphs[paragraphs.length - 1]!, line.text);
    previous = line;
  }
  return paragraphs;
}

interface Margins {
  left: number;
  right: number;
}

function startsParagraph(previous: PdfLine, line: PdfLine, pitch: Map<number, number>, margins: Map<number, Margins>): boolean {
  if (Math.abs(previous.size - line.size) > SIZE_TOLERANCE) return true;
  const before = margins.get(previous.page)!;
  const here = margins.get(line.page)!;
  if (previous.right < before.right - SHORT_LINE_EMS * previous.size) return true;
  if (line.left > here.left + INDENT_EMS * line.size) return true;
  if (previous.page !== line.page) return false;
  const tightest = pitch.get(sizeKey(line.size));
  return tightest !== undefined && previous.baseline - line.baseline > PARAGRAPH_GAP * tightest;
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

function pageMargins(lines: readonly PdfLine[]): Map<number, Margins> {
  const margins = new Map<number, Margins>();
  for (const line of lines) {
    const m = margins.get(line.page);
    margins.set(line.page, m ? { left: Math.min(m.left, line.left), right: Math.max(m.right, line.right) } : { left: line.left, right: line.right });
  }
  return margins;
}

function sizeKey(size: number): number {
  return Math.round(size * 2) / 2;
}
