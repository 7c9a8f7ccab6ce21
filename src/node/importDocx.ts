import mammoth from 'mammoth';
import type { MessageKey } from '../core/i18n/messages';
import { normalizeLineEndings } from '../core/text/normalizeLineEndings';
import { checkDocxExpansion } from './checkDocxExpansion';
import { DraftReadError } from './draftReadError';
import { htmlToText } from './htmlToText';

export interface ImportedDocx {
  text: string;
  warnings: MessageKey[];
}

/**
 * The text of a Word .docx, one paragraph per line. mammoth does the reading: it is pure
 * JavaScript, long maintained, and maps Word's structure (paragraphs, headings, lists, tables,
 * footnotes) to plain semantic HTML while ignoring layout, which is exactly what a copy desk
 * needs; that HTML then goes through the same htmlToText as .html drafts, so headings and list
 * items come out as paragraphs of their own. Pictures are never read (no image part is
 * inflated); their absence is reported. Linked external files are never fetched (mammoth's
 * default). Damaged archives and zip bombs are refused first by checkDocxExpansion.
 */
export async function importDocx(bytes: Uint8Array, name: string): Promise<ImportedDocx> {
  checkDocxExpansion(bytes, name);
  let images = 0;
  const convertImage = mammoth.images.imgElement(async () => {
    images++;
    return { src: '' };
  });
  let html: string;
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    html = (await mammoth.convertToHtml({ buffer }, { convertImage })).value;
  } catch {
    throw new DraftReadError('importer.docxCorrupt', { name });
  }
  const warnings: MessageKey[] = images > 0 ? ['importer.imagesDropped'] : [];
  return { text: normalizeLineEndings(htmlToText(html)), warnings };
}
