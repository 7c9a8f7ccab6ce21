import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../../src/core/checkEngine';
import { dayOfWeek } from '../../../../src/core/dates/calendar';
import { findDateline } from '../../../../src/core/dates/dateline';
import type { CalendarDate } from '../../../../src/core/dates/calendarDate';

function dates(text: string, fallbackDate?: CalendarDate) {
  return runChecks(text, { lang: 'zh', families: ['date'], fallbackDate }).map((f) => [f.rule, f.severity, f.spans[0]!.text]);
}

describe('calendar', () => {
  it('knows weekdays', () => {
    expect(dayOfWeek({ year: 2020, month: 6, day: 2 })).toBe(2);
    expect(dayOfWeek({ year: 2000, month: 2, day: 29 })).toBe(2);
    expect(dayOfWeek({ year: 2024, month: 1, day: 1 })).toBe(1);
  });
});

describe('date check', () => {
  it('flags a weekday that does not fall on its date', () => {
    expect(dates('2020年6月2日（星期三），县里召开了会议。')).toEqual([['date.weekday', 'error', '2020年6月2日']]);
    expect(dates('2020年6月2日（星期二），县里召开了会议。')).toEqual([]);
    expect(dates('二〇二〇年六月二日（周三）')).toEqual([['date.weekday', 'error', '二〇二〇年六月二日']]);
  });

  it('reads a date without a year in the dateline year, as a warning', () => {
    expect(dates('6月2日（星期三）开会。', { year: 2020, month: 7, day: 1 })).toEqual([['date.weekday', 'warning', '6月2日']]);
    expect(dates('6月2日（星期二）开会。', { year: 2020, month: 7, day: 1 })).toEqual([]);
  });

  it('flags impossible dates', () => {
    expect(dates('定于2月30日举行。')).toEqual([['date.impossible', 'error', '2月30日']]);
    expect(dates('2023年2月29日')).toEqual([['date.impossible', 'error', '2023年2月29日']]);
    expect(dates('2024年2月29日')).toEqual([]);
    expect(dates('2023年13月')).toEqual([['date.impossible', 'error', '2023年13月']]);
    expect(dates('4月31日')).toEqual([['date.impossible', 'error', '4月31日']]);
  });

  it('flags a completed event after the dateline read from the draft', () => {
    const draft = '标题\n2023年7月10日 记者 张明 报道\n今年8月已完成全部改造任务。';
    expect(dates(draft)).toEqual([['date.after-dateline', 'warning', '今年8月']]);
    expect(dates('标题\n2023年7月10日 记者 张明 报道\n今年8月将完成全部改造任务。')).toEqual([]);
    expect(dates('标题\n2023年7月10日 记者 张明 报道\n今年5月已完成全部改造任务。')).toEqual([]);
  });

  it('falls back to the setting when the draft has no dateline', () => {
    expect(dates('今年8月已完成全部改造任务。', { year: 2023, month: 7, day: 10 })).toEqual([['date.after-dateline', 'warning', '今年8月']]);
    expect(dates('今年8月已完成全部改造任务。', { year: 2023, month: 9, day: 1 })).toEqual([]);
    expect(dates('今年8月已完成全部改造任务。')).toEqual([]);
  });

  it('reads datelines from stamps, bylines and wire leads', () => {
    expect(findDateline('栏目\n\n 2023/07/10/ 23:28 来源:某报 记者 王五\n正文')).toEqual({ year: 2023, month: 7, day: 10 });
    expect(findDateline('新华社兰州7月10日电 正文', { year: 2023, month: 1, day: 1 })).toEqual({ year: 2023, month: 7, day: 10 });
    expect(findDateline('正文里没有日期。')).toBeUndefined();
  });
});
