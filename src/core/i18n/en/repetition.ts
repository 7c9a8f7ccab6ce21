export const repetition = {
  'repetition.character': '"{unit}" is written "{doubled}", probably a typing slip: delete the extra "{unit}".',
  'repetition.word': '"{unit}" is repeated, probably a typing slip: delete the repetition.',
  'repetition.punctuation': 'The mark "{mark}" is doubled: delete the extra one.',
} as const;
