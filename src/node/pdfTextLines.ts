/** One positioned run of text as pdf.js reports it (the fields of its TextItem that are used). */
export interface PdfTextRun {
  str: string;
  /** [a, b, c, d, x, y]: the run's font matrix, placing its baseline start at (x, y). */
  transform: number[];
  width: number;
  hasEOL: boolean;
}

/** A line of text on a page, with the geometry the paragraph rebuilding needs. */
export interface PdfLine {
  text: string;
  page: number;
  /** Left end, right end and baseline, in page units. */
  left: number;
  right: number;
  baseline: number;
  /** Font size: the height of the line's tallest text. */
  size: number;
}

/**
 * A gap narrower than this (in ems) is spacing, not a typed space: Word and LibreOffice widen the
 * gap between Chinese and Latin characters by about a fifth of an em, and pdf.js reports every
 * gap as a space; a typed space is a quarter em or more in common fonts.
 */
const MIN_SPACE_EMS = 0.23;

/** The runs of one page, in the order the page draws them, joined into lines. */
export function pdfTextLines(runs: readonly PdfTextRun[], page: number): PdfLine[] {
  const lines: PdfLine[] = [];
  let line: PdfLine | undefined;
  let ended = true;
  for (const run of runs) {
    const size = Math.hypot(run.transform[2]!, run.transform[3]!);
    const x = run.transform[4]!;
    const baseline = run.transform[5]!;
    const blank = run.str.trim() === '';
    if (line !== undefined && (ended || Math.abs(baseline - line.baseline) > Math.max(size, line.size) / 2) && !blank) line = undefined;
    if (!blank) {
      if (line === undefined) {
        line = { text: '', page, left: x, right: x, baseline, size };
        lines.push(line);
      }
      line.text += run.str;
      line.right = Math.max(line.right, x + run.width);
      line.size = Math.max(line.size, size);
    } else if (line !== undefined && run.str !== '' && !ended && run.width >= MIN_SPACE_EMS * line.size) {
      line.text += ' ';
    }
    ended = run.hasEOL;
  }
  return lines;
}
