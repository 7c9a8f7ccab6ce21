import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The jiaokan package root above `from`: works from the sources (tests) and from out/cli (the bundle). */
export function packageRoot(from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'jiaokan') return dir;
    if (dirname(dir) === dir) return undefined;
  }
}
