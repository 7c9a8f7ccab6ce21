import { readFile } from 'node:fs/promises';
import { parseStyleFile } from '../../core/checks/style/parseStyleFile';
import type { ParsedStyleFile } from '../../core/checks/style/styleFile';
import { LocalizedError } from '../../core/i18n/localizedError';

/** Reads and parses a style file (UTF-8, a BOM allowed); throws a LocalizedError saying which file could not be read. */
export async function readStyleFile(path: string): Promise<ParsedStyleFile> {
  try {
    return parseStyleFile(await readFile(path, 'utf8'), path);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new LocalizedError('style.fileUnreadable', { file: path, reason });
  }
}
