import { extname } from 'node:path';

export const EXPORT_FORMATS = ['txt', 'md', 'html', 'docx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const BY_EXTENSION: Record<string, ExportFormat> = { '.txt': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html', '.docx': 'docx' };

/** The export format an output path asks for by its extension, if it names one. */
export function formatFromPath(path: string): ExportFormat | undefined {
  return BY_EXTENSION[extname(path).toLowerCase()];
}
