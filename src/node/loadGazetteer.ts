import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { packageRoot } from './packageRoot';
import type { Gazetteer } from '../core/gazetteer/gazetteer';

const INDEX_PATH = join('resources', 'generated', 'gazetteer.json');

let loading: Promise<Gazetteer | undefined> | undefined;

/**
 * Loads the built gazetteer index once per process. Undefined (and the gazetteer check silent)
 * only when the index was never built; `npm run build` builds it.
 */
export function loadGazetteer(): Promise<Gazetteer | undefined> {
  loading ??= readIndex();
  return loading;
}

async function readIndex(): Promise<Gazetteer | undefined> {
  // The CLI bundle and tests are CommonJS-compatible and define __dirname; fall back to the working directory.
  const root = packageRoot(typeof __dirname === 'string' ? __dirname : process.cwd());
  if (!root) return undefined;
  const path = join(root, INDEX_PATH);
  if (!existsSync(path)) return undefined;
  const parsed = JSON.parse(await readFile(path, 'utf8')) as Gazetteer;
  return parsed.format === 1 && Array.isArray(parsed.divisions) ? parsed : undefined;
}
