import { extname } from 'node:path';

import type { ExportFormat } from '../../core/draftFile';

export { EXPORT_FORMATS, type ExportFormat } from '../../core/draftFile';

const BY_EXTENSION: Record<string, ExportFormat> = { '.txt': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.docx': 'docx' };

/** The export format an output path asks for by its extension, if it names one. */
export function formatFromPath(path: string): ExportFormat | undefined {
  return BY_EXTENSION[extname(path).toLowerCase()];
}
