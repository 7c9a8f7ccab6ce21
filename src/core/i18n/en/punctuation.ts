export const punctuation = {} as const;
