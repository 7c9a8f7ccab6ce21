import type { CalendarDate } from './calendarDate';

/**
 * Today in the local time zone: what 今年 and 昨天 mean when a draft states no dateline. The
 * clock is read by the caller's runtime (the CLI, the worker); `now` makes it testable.
 */
export function todayCalendarDate(now: Date = new Date()): CalendarDate {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
