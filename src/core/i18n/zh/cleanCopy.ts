export const cleanCopy = {} as const;
