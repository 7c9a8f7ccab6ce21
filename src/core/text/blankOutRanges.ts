/**
 * The text with every character inside the ranges turned into a line break: offsets stay as
 * they were, and what was there becomes empty paragraphs that no check or extractor reads.
 * Ranges are sorted and do not overlap.
 */
export function blankOutRanges(text: string, ranges: readonly { start: number; end: number }[]): string {
  if (ranges.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    parts.push(text.slice(at, start), '\n'.repeat(end - start));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
