/** A date written in the draft; parts not written are undefined (6月2日 has no year). */
export interface DateMention {
  start: number;
  end: number;
  year?: number;
  month?: number;
  day?: number;
  /** 今年8月 and 8月 alone read against the dateline; 2023年8月 does not. */
  relativeYear: 'this' | 'last' | 'next' | null;
  /** 上月28日 (-1), 本月 (0), 下月 (1): the month is the dateline's, shifted; month and year are then unset. */
  relativeMonth?: -1 | 0 | 1;
  /** A weekday written right after the date, 0 = Sunday, with its span. */
  weekday?: { value: number; start: number; end: number };
}
