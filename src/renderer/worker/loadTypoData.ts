import { fetchGeneratedJson } from './fetchGeneratedJson';
import { buildTypoLexicon, isTypoData, TYPO_DATA_FORMAT, type TypoLexicon } from '../../core/checks/typo/typoLexicon';

/**
 * Fetches the typo data generated at build time (resources/generated/typo.json, served beside
 * index.html) and builds the typo check's look-up tables from it.
 */
export async function loadTypoData(url: string): Promise<TypoLexicon> {
  const data = await fetchGeneratedJson(url);
  if (!isTypoData(data)) throw new Error(`not typo data of format ${TYPO_DATA_FORMAT}`);
  return buildTypoLexicon(data);
}
