/** A day of the proleptic Gregorian calendar, free of time zones (months and days from 1). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}
