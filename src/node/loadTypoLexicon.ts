import { buildTypoLexicon, isTypoData, type TypoLexicon } from '../core/checks/typo/typoLexicon';
import { readGeneratedJson } from './readGeneratedJson';
import { storedTypoFastTables } from './storedTypoFastTables';
import { TYPO_DATA_FILE } from './generatedFiles';

let loading: Promise<TypoLexicon | undefined> | undefined;

/**
 * Loads the built typo data once per process. Undefined (and the typo check silent) only when the
 * data was never built; `npm run build` builds it.
 */
export function loadTypoLexicon(): Promise<TypoLexicon | undefined> {
  loading ??= readGeneratedJson(TYPO_DATA_FILE).then((parsed) => (isTypoData(parsed) ? buildTypoLexicon(parsed, undefined, () => storedTypoFastTables(parsed)) : undefined));
  return loading;
}
