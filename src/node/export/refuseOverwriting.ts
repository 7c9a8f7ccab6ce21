import { basename } from 'node:path';
import { ExportError } from './exportError';
import { isSameFile } from './isSameFile';

/**
 * Refuses to write `target` when it is one of the files in `kept` (an open draft, its review
 * file), however the path reaches it. Every file the app writes — export, change log, report,
 * recovery — passes here first, so none can land on the user's text.
 */
export async function refuseOverwriting(target: string, kept: Iterable<string>): Promise<void> {
  for (const file of kept) {
    if (await isSameFile(file, target)) throw new ExportError('shell.writeWouldOverwrite', { out: target, kept: basename(file) });
  }
}
