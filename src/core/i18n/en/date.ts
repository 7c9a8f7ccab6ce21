export const date = {
  'date.impossibleMonth': 'There is no month {month}: months run from 1 to 12. Check the date.',
  'date.impossibleDay': 'Month {month} has no day {day} (at most {max} days). Check the date.',
  'date.weekday': '{year}-{month}-{day} was a 星期{correct}, but the draft says 星期{stated}. Check the date or the weekday.',
  'date.afterDateline': '“{date}” is later than the draft’s dateline ({dateline}) but is reported as already done. Check the date or the tense.',
} as const;
