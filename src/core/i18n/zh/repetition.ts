export const repetition = {
  'repetition.character': '“{unit}”连写成了“{doubled}”，疑为多打，请删去多余的“{unit}”。',
  'repetition.word': '“{unit}”连续重复，疑为多打，请删去重复的部分。',
  'repetition.reduplication': '“{unit}{unit}”：双音节词重叠（如“研究研究”“雪白雪白”）可以是有意为之；若是多打，请删去重复的部分。',
  'repetition.punctuation': '标点“{mark}”重复，请删去多余的一个。',
} as const;
