export const arithmetic = {} as const;
