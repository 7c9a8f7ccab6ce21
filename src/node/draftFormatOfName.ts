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
  '.doc': 'doc',
  '.wps': 'wps',
  '.rtf': 'rtf',
  '.odt': 'odt',
  '.pdf': 'pdf',
};

/**
 * The format a file name promises by its extension (any case); undefined when it promises none we
 * read. A promise only: the importer trusts the bytes (draftFormatOfContent) over the name.
 */
export function draftFormatOfName(name: string): DraftFormat | undefined {
  return BY_EXTENSION[extname(name).toLowerCase()];
}
