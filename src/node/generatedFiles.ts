/** Where `npm run build` writes the generated data, relative to the package root. */
export const GENERATED_DIR = 'resources/generated';
/** The gazetteer index the build makes (scripts/build-gazetteer.mjs). */
export const GAZETTEER_FILE = 'gazetteer.bin';
/** The look-up tables the build derives from the gazetteer index (scripts/buildGazetteerTables.ts). */
export const GAZETTEER_TABLES_FILE = 'gazetteer-tables.bin';
/** The typo data the build makes (scripts/buildTypoData.ts). */
export const TYPO_DATA_FILE = 'typo.json';
