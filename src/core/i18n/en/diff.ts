export const diff = {} as const;
