import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const CHROMIUM_PATH = process.env.JIAOKAN_CHROMIUM ?? '/usr/bin/chromium';

/**
 * The Electron binary, if this machine has one. Read from electron's own path.txt rather than
 * `require('electron')`, which would try to download the binary.
 */
export function electronBinary(): string | null {
  const dir = join(REPO_ROOT, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}
