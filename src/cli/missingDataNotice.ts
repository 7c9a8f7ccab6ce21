import { t } from '../core/i18n/messages';
import type { CliIo } from './cliIo';
import { GAZETTEER_FILE, GENERATED_DIR, TYPO_DATA_FILE } from '../node/generatedFiles';

/** What a command loaded of the data files `npm run build` makes; undefined where the file was missing or unreadable. */
export interface LoadedCheckData {
  gazetteer: unknown;
  typoLexicon: unknown;
}

/**
 * One line on stderr for each data file a command could not load. Without it the command still
 * runs and reports "0 errors" with the gazetteer or typo checks left out, which a pipeline would
 * read as a clean draft (a bundle copied out of its package, or a build that stopped early).
 */
export function noticeMissingData(io: CliIo, data: LoadedCheckData): void {
  if (data.gazetteer === undefined) io.stderr(`jiaokan: ${t(io.lang, 'cli.gazetteerMissing', { file: `${GENERATED_DIR}/${GAZETTEER_FILE}` })}\n`);
  if (data.typoLexicon === undefined) io.stderr(`jiaokan: ${t(io.lang, 'cli.typoDataMissing', { file: `${GENERATED_DIR}/${TYPO_DATA_FILE}` })}\n`);
}
