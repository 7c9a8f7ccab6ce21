import { basename, dirname, extname, join } from 'node:path';
import type { ExportFormat } from './exportFormat';

/**
 * The name the save dialog proposes: `NAME.clean.EXT` beside the draft, so clean copy never
 * takes the draft's own name (a .txt draft exported as .txt would otherwise collide).
 */
export function defaultExportPath(draftPath: string, format: ExportFormat): string {
  const name = basename(draftPath, extname(draftPath));
  return join(dirname(draftPath), `${name}.clean.${format}`);
}

/** The change log saved with an export from the app: `OUT-NAME.changes.txt` beside it. */
export function changeLogPathFor(outPath: string): string {
  return join(dirname(outPath), `${basename(outPath, extname(outPath))}.changes.txt`);
}
