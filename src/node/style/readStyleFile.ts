import { stat } from 'node:fs/promises';
import { parseStyleFile } from '../../core/checks/style/parseStyleFile';
import type { ParsedStyleFile } from '../../core/checks/style/styleFile';
import { LocalizedError } from '../../core/i18n/localizedError';
import { formatMegabytes } from '../draftLimits';
import { readAtMost } from '../readAtMost';

/**
 * The most a style list may weigh: a newsroom's list of thousands of terms is well under 100 KB,
 * and lists are found beside drafts on shared drives, where anyone can leave a file.
 */
export const MAX_STYLE_FILE_BYTES = 1024 * 1024;

/**
 * A style file's text (UTF-8); throws a LocalizedError saying which file could not be read and
 * why, or that it is past MAX_STYLE_FILE_BYTES (read no further than the limit).
 */
export async function readStyleText(path: string): Promise<string> {
  let bytes: Uint8Array | undefined;
  try {
    if ((await stat(path)).size <= MAX_STYLE_FILE_BYTES) bytes = await readAtMost(path, MAX_STYLE_FILE_BYTES + 1);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new LocalizedError('style.fileUnreadable', { file: path, reason });
  }
  if (bytes === undefined || bytes.byteLength > MAX_STYLE_FILE_BYTES) {
    throw new LocalizedError('style.fileTooLarge', { file: path, limit: formatMegabytes(MAX_STYLE_FILE_BYTES) });
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/** Reads and parses a style file (a BOM allowed). */
export async function readStyleFile(path: string): Promise<ParsedStyleFile> {
  return parseStyleFile(await readStyleText(path), path);
}
