export const style = {
  'style.term': '“{forbidden}”不合用语规范，宜改为“{preferred}”。{note}',
  'style.termNoSuggestion': '“{forbidden}”不合用语规范，请改写。{note}',
  'style.note': '（{note}）',
  'style.builtinList': '内置用语表',
  'style.problem.unknownSection': '不认识的段落“{section}”：只有 [用语]（[terms]）和 [忽略]（[ignore]）两种段落，这一段的各行没有生效，请改正段落名。',
  'style.problem.emptyForm': '“{entry}”的箭头一侧是空的：请写成“禁用形式 → 推荐形式”，或只写禁用形式。',
  'style.problem.extraArrow': '“{entry}”有不止一个箭头：每行只写一条“禁用形式 → 推荐形式”。',
  'style.problem.sameForms': '“{entry}”两侧相同，这一条没有意义：请改正推荐形式或删去这一行。',
  'style.problem.arrowInIgnore': '“{entry}”在 [忽略] 段里却带箭头：[忽略] 段每行只写一个不再提示的词。',
  'style.problemAt': '用语表 {file}:{line}：{message}',
  'style.fileUnreadable': '无法读取用语表 {file}（{reason}）：请检查文件是否存在、能否打开；读不了的用语表不参与校对。',
} as const;
