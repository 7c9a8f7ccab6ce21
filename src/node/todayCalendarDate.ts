import type { CalendarDate } from '../core/dates/calendarDate';

/** Today in the machine's local time zone: the CLI's dateline when a draft states none. */
export function todayCalendarDate(now: Date = new Date()): CalendarDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
