import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Gazetteer } from '../core/gazetteer/gazetteer';
import { gazetteerFromFile } from '../core/gazetteer/gazetteerFile';

const INDEX_PATH = join('resources', 'generated', 'gazetteer.json');

let loading: Promise<Gazetteer | undefined> | undefined;

/**
 * Loads the built gazetteer index once per process. Undefined (and the gazetteer check silent)
 * only when the index was never built; `npm run build` builds it. An index of an older layout
 * is refused with a message that says to rebuild it.
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
  return gazetteerFromFile(JSON.parse(await readFile(path, 'utf8')));
}

/** The jiaokan package root above `from`: works from the sources (tests) and from out/cli (the bundle). */
export function packageRoot(from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'jiaokan') return dir;
    if (dirname(dir) === dir) return undefined;
  }
}
