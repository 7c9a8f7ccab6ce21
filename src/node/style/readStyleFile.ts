import { readFile } from 'node:fs/promises';
import { parseStyleFile } from '../../core/checks/style/parseStyleFile';
import type { ParsedStyleFile } from '../../core/checks/style/styleFile';
import { LocalizedError } from '../../core/i18n/localizedError';

/** A style file's text (UTF-8); throws a LocalizedError saying which file could not be read and why. */
export async function readStyleText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new LocalizedError('style.fileUnreadable', { file: path, reason });
  }
}

/** Reads and parses a style file (a BOM allowed). */
export async function readStyleFile(path: string): Promise<ParsedStyleFile> {
  return parseStyleFile(await readStyleText(path), path);
}
