export const date = {
  'date.impossibleMonth': '{month}月不存在：月份应在1至12之间。请核对日期。',
  'date.impossibleDay': '{month}月没有{day}日（该月最多{max}天）。请核对日期。',
  'date.weekday': '{year}年{month}月{day}日是星期{correct}，稿件写作星期{stated}。请核对日期或星期。',
  'date.afterDateline': '“{date}”晚于稿件日期（{dateline}），却写作已经完成。请核对日期或改为将来时。',
} as const;
