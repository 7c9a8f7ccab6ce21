import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { byteOrderMark } from './byteOrderMark';
import { packageRoot } from './packageRoot';
import { GENERATED_DIR } from './generatedFiles';

/**
 * Parses a data file `npm run build` generates under resources/generated/. The build writes them in
 * UTF-16LE with a byte-order mark: decoding 4.5 MB of Chinese from UTF-8 costs 20–45 ms on every CLI
 * start, from UTF-16LE ≈ 3 ms. A UTF-8 file (an older build) is still read.
 */
export function readGeneratedJsonFile(path: string): unknown {
  const bytes = readFileSync(path);
  const text = byteOrderMark(bytes)?.label === 'UTF-16LE' ? bytes.toString('utf16le', 2) : bytes.toString('utf8');
  return JSON.parse(text) as unknown;
}

/** The named generated file, parsed; undefined when it was never built (or the package root cannot be found). */
export async function readGeneratedJson(name: string): Promise<unknown> {
  const path = generatedFilePath(name);
  return path ? readGeneratedJsonFile(path) : undefined;
}

/** Where the named generated file is (in `dir`, relative to the package root); undefined when it was never built (or the package root cannot be found). */
export function generatedFilePath(name: string, dir = GENERATED_DIR): string | undefined {
  // The CLI bundle and tests are CommonJS-compatible and define __dirname; fall back to the working directory.
  const root = packageRoot(typeof __dirname === 'string' ? __dirname : process.cwd());
  if (!root) return undefined;
  const path = join(root, dir, name);
  return existsSync(path) ? path : undefined;
}
