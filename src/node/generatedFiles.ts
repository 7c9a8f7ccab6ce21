/** Where `npm run build` writes the generated data, relative to the package root. */
export const GENERATED_DIR = 'resources/generated';
/** The gazetteer index the build makes (scripts/build-gazetteer.mjs). */
export const GAZETTEER_FILE = 'gazetteer.bin';
/** The look-up tables the build derives from the gazetteer index (scripts/buildGazetteerTables.ts). */
export const GAZETTEER_TABLES_FILE = 'gazetteer-tables.bin';
/** The typo data the build makes (scripts/buildTypoData.ts). */
export const TYPO_DATA_FILE = 'typo.json';
/**
 * Where the build writes data only the Node hosts read (the CLI, and main's checks): apart from
 * GENERATED_DIR, which the renderer's build copies beside the page whole.
 */
export const NODE_GENERATED_DIR = 'resources/generated-node';
/** The tables the compiled window search reads, made with the typo data (scripts/buildTypoData.ts), in NODE_GENERATED_DIR. */
export const WINDOW_SEARCH_TABLES_FILE = 'window-search.bin';
/** The compiled window search (src/core/checks/typo/windowSearch.c, built by scripts/buildWindowSearch.mjs), relative to the package root. */
export const WINDOW_SEARCH_MODULE = 'resources/wasm/window-search.wasm';
