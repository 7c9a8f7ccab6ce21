import { readQuantities } from '../numbers/readQuantities';
import type { FactKind } from './revisionDiff';
import { allMatches } from '../text/allMatches';

/** A date or a quantity as written in one revision, whole. */
export interface FactSpan {
  kind: FactKind;
  start: number;
  end: number;
}

const D = '[0-9０-９]';
/** 2023年7月15日, 2023年7月, 7月15日, 2023-07-15 (and with / or .). */
const DATE_RE = new RegExp(`${D}{4}年(?:${D}{1,2}月(?:${D}{1,2}[日号])?)?|${D}{1,2}月${D}{1,2}[日号]|${D}{4}[-/.]${D}{1,2}[-/.]${D}{1,2}`, 'g');

/**
 * The dates and quantities of a paragraph, in order. A quantity is its whole expression as the
 * number reader sees it — approximation words, magnitude and measure word included (约3.5万元,
 * 80多人, 186趟) — so a changed figure is reported as the reader would say it. Quantities inside a
 * date (2023年 in 2023年7月) belong to the date. O(n) in the paragraph.
 */
export function factSpans(text: string): FactSpan[] {
  const dates: FactSpan[] = allMatches(DATE_RE, text).map((m) => ({ kind: 'date', start: m.index, end: m.index + m[0].length }));
  const out: FactSpan[] = [];
  let d = 0;
  for (const q of readQuantities(text)) {
    while (d < dates.length && dates[d]!.end <= q.start) out.push(dates[d++]!);
    if (d < dates.length && dates[d]!.start < q.end) continue;
    out.push({ kind: 'number', start: q.start, end: q.end });
  }
  return [...out, ...dates.slice(d)];
}
