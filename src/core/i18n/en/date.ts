export const date = {} as const;
