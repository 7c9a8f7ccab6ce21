export const style = {
  'style.term': '"{forbidden}" is against the style list: write "{preferred}".{note}',
  'style.termNoSuggestion': '"{forbidden}" is against the style list: rephrase it.{note}',
  'style.note': ' ({note})',
  'style.builtinList': 'built-in style list',
  'style.problem.unknownSection': 'unknown section "{section}": only [terms] ([用语]) and [ignore] ([忽略]) exist, so the lines of this section were not used; correct the section name.',
  'style.problem.emptyForm': '"{entry}" has nothing on one side of the arrow: write "forbidden → preferred", or the forbidden form alone.',
  'style.problem.extraArrow': '"{entry}" has more than one arrow: write one "forbidden → preferred" entry per line.',
  'style.problem.sameForms': '"{entry}" has the same form on both sides: correct the preferred form or delete the line.',
  'style.problem.arrowInIgnore': '"{entry}" has an arrow in the [ignore] section: list one word per line there.',
  'style.problemAt': 'style list {file}:{line}: {message}',
  'style.fileUnreadable': 'could not read the style list {file} ({reason}): check that the file exists and can be opened; an unreadable list takes no part in the check.',
} as const;
