import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The script of a worker whose entry is `entry` (importWorker's thread, checkWorker's process): the
 * bundle built beside this code (out/main, out/cli); from the TypeScript sources (unit and end-to-end
 * tests) the .ts entry, required through tsx. Run by a Worker with `{ eval: true }` or by `node -e`.
 * With `codeCache`, a bundle is run from its V8 code cache where the CLI's code-cache loader was
 * built beside it (node/codeCache.ts).
 */
export function workerScript(entry: string, { codeCache = false } = {}): string {
  for (const built of [`${entry}.cjs`, `${entry}.js`]) {
    const file = join(__dirname, built);
    if (!existsSync(file)) continue;
    const loader = join(__dirname, 'codeCache.cjs');
    return codeCache && existsSync(loader) ? `require(${JSON.stringify(loader)}).runWithCodeCache(${JSON.stringify(file)});` : `require(${JSON.stringify(file)});`;
  }
  return `require('tsx/cjs'); require(${JSON.stringify(join(__dirname, `${entry}.ts`))});`;
}
