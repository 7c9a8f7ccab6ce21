export const repetition = {} as const;
