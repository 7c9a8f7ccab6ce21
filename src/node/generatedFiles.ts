/** Where `npm run build` writes the generated data, relative to the package root. */
export const GENERATED_DIR = 'resources/generated';
/** The gazetteer index the build makes (scripts/build-gazetteer.mjs). */
export const GAZETTEER_FILE = 'gazetteer.bin';
/** The typo data the build makes (scripts/buildTypoData.ts). */
export const TYPO_DATA_FILE = 'typo.json';
