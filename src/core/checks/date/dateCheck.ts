import { dayOfWeek, daysInMonth } from '../../dates/calendar';
import type { CalendarDate } from '../../dates/calendarDate';
import { findDateline } from '../../dates/dateline';
import type { DateMention } from '../../dates/dateMention';
import { readDates } from '../../dates/readDates';
import { resolveRelativeMonth } from '../../dates/resolveRelativeMonth';
import { yearBefore, yearsWritten } from '../../dates/yearsWritten';
import { t } from '../../i18n/messages';
import type { CheckContext, DocumentCheck, RawFinding } from '../check';
import { completedInFuture } from './completedInFuture';

const WEEKDAY_NAMES = ['日', '一', '二', '三', '四', '五', '六'];

/**
 * Impossible dates, weekdays that do not fall on their date, and completed events dated after
 * the draft's dateline. A document check because the dateline sits at the top of the draft.
 * O(n + d · log y) for a draft of n characters, d dates and y written years.
 */
export const dateCheck: DocumentCheck = {
  id: 'date',
  scope: 'document',
  runDocument(ctx) {
    const dateline = findDateline(ctx.text, ctx.fallbackDate) ?? ctx.fallbackDate;
    const years = yearsWritten(ctx.text);
    const out: RawFinding[] = [];
    for (const p of ctx.paragraphs) {
      if (p.text.length === 0) continue;
      for (const written of readDates(p.text)) {
        const d = resolveRelativeMonth(written, dateline);
        if (!d) continue;
        const context = yearBefore(years, p.start + d.start);
        const finding = impossible(d, ctx) ?? wrongWeekday(d, dateline, context, ctx) ?? completedInFuture(p.text, d, dateline, ctx);
        if (finding) out.push({ ...finding, spans: finding.spans.map((s) => ({ start: s.start + p.start, end: s.end + p.start })) });
      }
    }
    return out;
  },
};

function impossible(d: DateMention, ctx: CheckContext): RawFinding | null {
  const span = [{ start: d.start, end: d.end }];
  if (d.month === undefined || d.month < 1 || d.month > 12) {
    return { rule: 'date.impossible', severity: 'error', message: t(ctx.lang, 'date.impossibleMonth', { month: d.month ?? '' }), spans: span };
  }
  if (d.day !== undefined && (d.day < 1 || d.day > daysInMonth(d.month, d.year))) {
    const params = { month: d.month, day: d.day, max: daysInMonth(d.month, d.year) };
    // 上月31日: the month is inferred from the dateline, so the slip is likely, not certain.
    const severity = d.relativeMonth === undefined ? 'error' : 'warning';
    return { rule: 'date.impossible', severity, message: t(ctx.lang, 'date.impossibleDay', params), spans: span };
  }
  return null;
}

/**
 * A date without a year is about the year last written before it (a story of 2016 told in 2019)
 * or, with 今年/去年 or nothing written, the dateline's: only a weekday that fits neither is flagged.
 */
function wrongWeekday(d: DateMention, dateline: CalendarDate | undefined, context: number | undefined, ctx: CheckContext): RawFinding | null {
  if (!d.weekday || d.day === undefined || d.month === undefined) return null;
  const fromDateline = yearFromDateline(d, dateline);
  const fromContext = d.relativeYear === null ? context : undefined;
  const candidates = d.year !== undefined ? [d.year] : [fromContext, fromDateline].filter((y): y is number => y !== undefined);
  const year = candidates[0];
  if (year === undefined) return null;
  const { month, day } = d;
  if (candidates.some((y) => dayOfWeek({ year: y, month, day }) === d.weekday!.value)) return null;
  const actual = dayOfWeek({ year, month, day });
  const stated = WEEKDAY_NAMES[d.weekday.value]!;
  const correct = WEEKDAY_NAMES[actual]!;
  return {
    rule: 'date.weekday',
    severity: d.year !== undefined ? 'error' : 'warning',
    message: t(ctx.lang, 'date.weekday', { year, month: d.month, day: d.day, stated, correct }),
    spans: [{ start: d.start, end: d.end }, { start: d.weekday.start, end: d.weekday.end }],
    evidence: { of: 'details', date: `${year}-${d.month}-${d.day}`, weekday: correct, stated, yearFrom: d.year !== undefined ? 'draft' : year === fromContext ? 'context' : 'dateline' },
  };
}

/** 6月2日 and 今年6月2日 take the dateline's year; 去年 and 明年 shift it. */
export function yearFromDateline(d: DateMention, dateline: CalendarDate | undefined): number | undefined {
  if (!dateline) return undefined;
  const shift = d.relativeYear === 'last' ? -1 : d.relativeYear === 'next' ? 1 : 0;
  return dateline.year + shift;
}
