export const importer = {} as const;
