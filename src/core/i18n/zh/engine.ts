export const engine = {
  'engine.folded': '本段还有 {count} 处同类问题未逐条列出，位于这里和最后一处标记之间；第一处是：{first}（改正上面列出的几处后重新检查，其余各处会逐条显示。）',
  'engine.skippedLongParagraph':
    '本段长 {chars} 字，超过“{family}”检查一次能处理的 {max} 字，这项检查已跳过本段：请在适当处分段后再检查。',
} as const;
