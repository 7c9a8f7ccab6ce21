export const chrome = {
  'chrome.notice.excluded': 'Page chrome recognised ({kinds}): dimmed, and left out of the checks and the claims checklist.',
  'chrome.notice.included': 'The page chrome ({kinds}) is checked and listed like the article.',
  'chrome.include': 'Check it too',
  'chrome.includeTitle': 'If this is article text after all: it is checked like the rest, and the draft’s review file remembers the choice',
  'chrome.exclude': 'Leave it out',
  'chrome.cliNotChecked': '{file}: line {lines} is page chrome ({kinds}), not checked',
  'chrome.lineRange': '{first}–{last}',
  'chrome.kindSeparator': ', ',
} as const;
