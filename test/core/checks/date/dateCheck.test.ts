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

  it('reads 18月龄 as an age in months, not a month of the year', () => {
    expect(dates('儿童在18月龄、30月龄时接受视力筛查。')).toEqual([]);
    expect(dates('筛查定于18月举行。')).toEqual([['date.impossible', 'error', '18月']]);
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

  it('does not read lunar dates as Gregorian months', () => {
    expect(dates('元宵节当晚，正月十五月亮最圆。')).toEqual([]);
    expect(dates('农历八月十五，一家人团聚。')).toEqual([]);
    expect(dates('腊月二十三，家家户户忙着扫尘。')).toEqual([]);
  });

  it('checks a weekday against the year the passage is about', () => {
    const draft = (weekday: string) => `标题\n2019年3月5日 记者 李华\n2016年，他担任站长。11月28日（星期${weekday}），他组织了演练。`;
    // 2016-11-28 was a Monday; 2019-11-28 a Thursday.
    expect(dates(draft('一'))).toEqual([]);
    expect(dates(draft('四'))).toEqual([]);
    expect(dates(draft('三'))).toEqual([['date.weekday', 'warning', '11月28日']]);
  });

  it('takes a completed event after the dateline only from its own clause', () => {
    const dated = (body: string) => dates(`标题\n2023年5月10日 记者 张明 报道\n${body}`);
    expect(dated('新厂房今年6月底已全部完工。')).toEqual([['date.after-dateline', 'warning', '今年6月']]);
    expect(dated('新厂房今年6月底将全部完工。')).toEqual([]);
    expect(dated('新厂房今年6月竣工，配套道路已完成铺设。')).toEqual([]);
  });

  it('reads 上月/本月 against the dateline', () => {
    const dated = (body: string) => dates(`标题\n2019年3月5日 记者 李华\n${body}`);
    // 2019-02-25 was a Monday.
    expect(dated('上月25日（星期一），工程开工。')).toEqual([]);
    expect(dated('上月25日（星期三），工程开工。')).toEqual([['date.weekday', 'warning', '上月25日']]);
    expect(dated('上月30日，工程开工。')).toEqual([['date.impossible', 'warning', '上月30日']]);
    expect(dated('本月20日已完成验收。')).toEqual([['date.after-dateline', 'warning', '本月20日']]);
    expect(dated('本月2日已完成验收。')).toEqual([]);
    expect(dates('上月30日，工程开工。')).toEqual([]);
  });

  it('reads datelines from stamps, bylines and wire leads', () => {
    expect(findDateline('栏目\n\n 2023/07/10/ 23:28 来源:某报 记者 王五\n正文')).toEqual({ year: 2023, month: 7, day: 10 });
    expect(findDateline('新华社兰州7月10日电 正文', { year: 2023, month: 1, day: 1 })).toEqual({ year: 2023, month: 7, day: 10 });
    // Full-width digits, as many newsroom systems type them.
    expect(findDateline('本报兰州７月１０日电 正文', { year: 2023, month: 1, day: 1 })).toEqual({ year: 2023, month: 7, day: 10 });
    expect(findDateline('正文里没有日期。')).toBeUndefined();
  });
});
