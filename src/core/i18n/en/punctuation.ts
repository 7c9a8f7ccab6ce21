export const punctuation = {
  'punctuation.halfWidth': 'Chinese text takes the full-width {name} "{full}", not the half-width "{half}".',
  'punctuation.halfWidthDot':
    'A half-width "." does not belong in Chinese text: at the end of a sentence use the full stop "。"; between the parts of a foreign name use the interpunct "·".',
  'punctuation.name.comma': 'comma',
  'punctuation.name.semicolon': 'semicolon',
  'punctuation.name.colon': 'colon',
  'punctuation.name.question': 'question mark',
  'punctuation.name.exclamation': 'exclamation mark',
  'punctuation.name.period': 'full stop',
  'punctuation.name.parenLeft': 'opening parenthesis',
  'punctuation.name.parenRight': 'closing parenthesis',
  'punctuation.name.marks': 'marks',
  'punctuation.unclosed': 'This {open} has no matching {close} in the paragraph: add the {close} or delete the extra {open}.',
  'punctuation.unopened': 'This {close} has no matching {open} before it in the paragraph: add the {open} or delete the extra {close}.',
  'punctuation.quoteReopened':
    'An earlier {open} is still open and another {open} follows: if this one should close the quote, change it to {close}; a quote inside a quote takes single quotes.',
  'punctuation.straightQuote': 'Chinese text takes the curly quote {full}, not the straight {half}.',
  'punctuation.straightQuoteUnpaired': 'Chinese text takes curly quotes (“ ” or ‘ ’), not the straight {half}; check whether its other half is missing.',
  'punctuation.mixedQuotes': 'This paragraph mixes corner brackets with curly quotes “ ”: GB/T 15834 uses curly quotes throughout, so change this {found} to {full}.',
  'punctuation.ellipsis': 'A Chinese ellipsis is six dots "……", not "{found}".',
  'punctuation.dash': 'A Chinese dash is two em dashes "——", not "{found}".',
} as const;
