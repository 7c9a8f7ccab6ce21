import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { writeFileAtomic } from '../writeFileAtomic';
import { encodeDraftText } from './encodeDraftText';
import { textLayoutOf, UTF8_LAYOUT } from './textLayoutOf';

/**
 * Save for a .txt/.md draft: its text written back over its file atomically, in the encoding,
 * byte-order mark and line endings the file has on disk; `toUtf8` keeps the line endings only.
 * Returns the encoding written, for the status bar.
 */
export async function saveDraftText(path: string, text: string, toUtf8: boolean): Promise<string> {
  const current = await readFile(path).catch(() => undefined);
  const onDisk = current === undefined ? UTF8_LAYOUT : textLayoutOf(new Uint8Array(current));
  const layout = toUtf8 ? { ...UTF8_LAYOUT, lineEnding: onDisk.lineEnding } : onDisk;
  await writeFileAtomic(path, encodeDraftText(text, layout, basename(path)));
  return layout.encoding;
}
