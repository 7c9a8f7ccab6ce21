import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildTypoLexicon, isTypoData, type TypoLexicon } from '../core/checks/typo/typoLexicon';
import { packageRoot } from './packageRoot';

const DATA_PATH = join('resources', 'generated', 'typo.json');

let loading: Promise<TypoLexicon | undefined> | undefined;

/**
 * Loads the built typo data once per process. Undefined (and the typo check silent) only when the
 * data was never built; `npm run build` builds it.
 */
export function loadTypoLexicon(): Promise<TypoLexicon | undefined> {
  loading ??= readData();
  return loading;
}

async function readData(): Promise<TypoLexicon | undefined> {
  const root = packageRoot(typeof __dirname === 'string' ? __dirname : process.cwd());
  if (!root) return undefined;
  const path = join(root, DATA_PATH);
  if (!existsSync(path)) return undefined;
  const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
  return isTypoData(parsed) ? buildTypoLexicon(parsed) : undefined;
}
