export const engine = {
  'engine.folded':
    '{count} more of the same in this paragraph are not listed one by one; they lie between here and the last highlighted mark. The first: {first} (Fix the ones listed above and check again to see the rest one by one.)',
  'engine.skippedLongParagraph':
    'This paragraph is {chars} characters long, more than the {max} the "{family}" check handles at once, so that check skipped it: break the paragraph up and check again.',
} as const;
