import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { packageRoot } from './packageRoot';

/**
 * Reads and parses a file `npm run build` generates under resources/generated/. Undefined when
 * it was never built (or the package root cannot be found).
 */
export async function readGeneratedJson(name: string): Promise<unknown> {
  // The CLI bundle and tests are CommonJS-compatible and define __dirname; fall back to the working directory.
  const root = packageRoot(typeof __dirname === 'string' ? __dirname : process.cwd());
  if (!root) return undefined;
  const path = join(root, 'resources', 'generated', name);
  if (!existsSync(path)) return undefined;
  return JSON.parse(await readFile(path, 'utf8')) as unknown;
}
