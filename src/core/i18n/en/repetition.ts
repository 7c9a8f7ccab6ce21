export const repetition = {
  'repetition.character': '"{unit}" is written "{doubled}", probably a typing slip: delete the extra "{unit}".',
  'repetition.word': '"{unit}" is repeated, probably a typing slip: delete the repetition.',
  'repetition.reduplication': '"{unit}{unit}": a two-character word doubled can be intended (研究研究, 雪白雪白); if it is a slip, delete the repetition.',
  'repetition.punctuation': 'The mark "{mark}" is doubled: delete the extra one.',
} as const;
