import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../node/packageRoot';

/** The version in jiaokan's package.json, found from the sources (tests) or from out/cli (the bundle). */
export function jiaokanVersion(): string {
  const root = packageRoot(__dirname);
  if (root === undefined) return 'unknown';
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}
