import { fetchGeneratedBytes } from './fetchGeneratedBytes';
import { fetchGeneratedJson } from './fetchGeneratedJson';
import { buildTypoLexicon, isTypoData, TYPO_DATA_FORMAT, type TypoLexicon } from '../../core/checks/typo/typoLexicon';
import { unpackFastTables } from '../../core/checks/typo/typoFastTables';

/**
 * Without the stored fast tables, the worker makes them sooner than a one-shot CLI run does (any
 * draft past ≈ 500 characters): it lives as long as the window and checks its draft again at every edit.
 */
const WORKER_SEARCHES_BEFORE_FAST_TABLES = 2_000;

/**
 * Fetches the typo data generated at build time (resources/generated/typo.json, served beside
 * index.html) and, at the same time, the fast tables the build stored beside it (typo-tables.bin),
 * and builds the typo check's look-up tables from them. Without the tables file (an older build, a
 * failed fetch) the check makes its own.
 */
export async function loadTypoData(url: string, tablesUrl: string): Promise<TypoLexicon> {
  const [data, tables] = await Promise.all([fetchGeneratedJson(url), fetchGeneratedBytes(tablesUrl).catch(() => undefined)]);
  if (!isTypoData(data)) throw new Error(`not typo data of format ${TYPO_DATA_FORMAT}`);
  const stored = tables && data.tablesId ? unpackFastTables(tables, data.tablesId) : undefined;
  return buildTypoLexicon(data, WORKER_SEARCHES_BEFORE_FAST_TABLES, () => stored);
}
