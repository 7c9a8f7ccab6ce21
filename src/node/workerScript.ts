import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The script of a worker thread whose entry is `entry` (importWorker, checkWorker): the bundle built
 * beside this code (out/main, out/cli); from the TypeScript sources (unit and end-to-end tests) the
 * .ts entry, required through tsx. Run with `{ eval: true }`.
 */
export function workerScript(entry: string): string {
  for (const built of [`${entry}.cjs`, `${entry}.js`]) {
    const file = join(__dirname, built);
    if (existsSync(file)) return `require(${JSON.stringify(file)});`;
  }
  return `require('tsx/cjs'); require(${JSON.stringify(join(__dirname, `${entry}.ts`))});`;
}
