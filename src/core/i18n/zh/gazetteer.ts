export const gazetteer = {} as const;
