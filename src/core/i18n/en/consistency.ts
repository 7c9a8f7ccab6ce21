export const consistency = {} as const;
