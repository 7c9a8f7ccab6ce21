import type { CalendarDate } from './calendarDate';
import { readDates } from './readDates';
import { normalizeDigits } from '../numbers/normalizeDigits';

const LINES_TO_SEARCH = 8;
/** Lines that carry a dateline: a byline, a source, a wire-service lead, a publication stamp. */
const DATELINE_CUE = /记者|来源|报道|通讯员|发布|日期|时间|电(?!话)|讯|编辑/;
/** 新华社北京7月10日电: month and day only; the year comes from the setting. */
const WIRE_LEAD = /(\d{1,2})月(\d{1,2})日(?:电|讯)/;

/**
 * The draft's own date, read from its first non-empty lines: a stamp (2023/07/10 23:28) or a
 * full date on a short or byline-like line, or a wire lead whose year comes from `fallback`.
 */
export function findDateline(text: string, fallback?: CalendarDate): CalendarDate | undefined {
  const lines = text.split('\n').filter((l) => l.trim().length > 0).slice(0, LINES_TO_SEARCH);
  for (const line of lines) {
    const full = readDates(line).find((d) => d.year !== undefined && d.day !== undefined && d.relativeYear === null);
    if (full && (line.trim().length <= 40 || DATELINE_CUE.test(line))) {
      return { year: full.year!, month: full.month!, day: full.day! };
    }
    const wire = WIRE_LEAD.exec(normalizeDigits(line));
    if (wire && fallback) return { year: fallback.year, month: Number(wire[1]), day: Number(wire[2]) };
  }
  return undefined;
}
