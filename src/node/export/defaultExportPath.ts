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
