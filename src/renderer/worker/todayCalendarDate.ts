import type { CalendarDate } from '../../core/dates/calendarDate';

/** Today in the user's time zone: what 今年 and 昨天 mean when a draft has no dateline. */
export function todayCalendarDate(now: Date = new Date()): CalendarDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
