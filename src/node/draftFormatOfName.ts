import { extname } from 'node:path';
import type { DraftFormat } from '../core/draftFile';

const BY_EXTENSION: Record<string, DraftFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.docx': 'docx',
};

/** The format a file name promises by its extension (any case); undefined when it promises none we read. */
export function draftFormatOfName(name: string): DraftFormat | undefined {
  return BY_EXTENSION[extname(name).toLowerCase()];
}
