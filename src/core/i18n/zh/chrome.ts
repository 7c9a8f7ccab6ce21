export const chrome = {
  'chrome.notice.excluded': '已识别网页附带内容（{kinds}）：灰色显示，不计入检查和核查清单。',
  'chrome.notice.included': '网页附带内容（{kinds}）已计入检查和核查清单。',
  'chrome.include': '计入检查',
  'chrome.includeTitle': '识别有误、这些其实是正文时点这里：它们会像正文一样检查，本稿的审校记录会记住这一选择',
  'chrome.exclude': '不计入检查',
  'chrome.cliNotChecked': '{file}：第 {lines} 行是网页附带内容（{kinds}），未检查',
  'chrome.lineRange': '{first}–{last}',
  'chrome.kindSeparator': '、',
} as const;
