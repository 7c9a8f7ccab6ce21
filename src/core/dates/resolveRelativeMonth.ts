import type { CalendarDate } from './calendarDate';
import type { DateMention } from './dateMention';

/**
 * 上月28日 in a draft dated 2019年3月5日 is 2019年2月28日: the month (and, across January, the year
 * relative to the dateline) filled in. Undefined without a dateline: such a date cannot be judged.
 */
export function resolveRelativeMonth(d: DateMention, dateline: CalendarDate | undefined): DateMention | undefined {
  if (d.relativeMonth === undefined) return d;
  if (!dateline) return undefined;
  const index = dateline.month - 1 + d.relativeMonth;
  const month = ((index % 12) + 12) % 12 + 1;
  const relativeYear = index < 0 ? 'last' : index > 11 ? 'next' : 'this';
  return { ...d, month, relativeYear };
}
