import { fetchGeneratedJson } from './fetchGeneratedJson';
import { buildTypoLexicon, isTypoData, TYPO_DATA_FORMAT, type TypoLexicon } from '../../core/checks/typo/typoLexicon';

/**
 * The worker lives as long as the window and checks its draft again at every edit, so it builds the
 * typo family's fast tables sooner than a one-shot CLI run does (any draft past ≈ 500 characters):
 * measured on 100 KB and 1 MB drafts, the first check's typo family is 20–35 ms faster.
 */
const WORKER_SEARCHES_BEFORE_FAST_TABLES = 2_000;

/**
 * Fetches the typo data generated at build time (resources/generated/typo.json, served beside
 * index.html) and builds the typo check's look-up tables from it.
 */
export async function loadTypoData(url: string): Promise<TypoLexicon> {
  const data = await fetchGeneratedJson(url);
  if (!isTypoData(data)) throw new Error(`not typo data of format ${TYPO_DATA_FORMAT}`);
  return buildTypoLexicon(data, WORKER_SEARCHES_BEFORE_FAST_TABLES);
}
