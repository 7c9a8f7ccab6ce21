import { inflateRawSync } from 'node:zlib';
import { Parser } from 'htmlparser2';
import type { MessageKey } from '../core/i18n/messages';
import { checkDocxExpansion } from './checkDocxExpansion';
import { MAX_DOCX_EXPANDED_BYTES, formatMegabytes } from './draftLimits';
import { DraftReadError } from './draftReadError';
import { documentText, type ImportedDocument } from './importedDocument';
import { readZipCentralDirectory, zipEntryData } from './zipCentralDirectory';

const DEFLATED = 8;

/** Elements whose text is not the article's: notes, comments, tracked deletions, alt text, field declarations. */
const SKIPPED = new Set([
  'text:note', 'office:annotation', 'office:annotation-end', 'text:tracked-changes', 'svg:title', 'svg:desc',
  'text:sequence-decls', 'text:variable-decls', 'text:user-field-decls', 'office:font-face-decls',
  'office:automatic-styles', 'office:scripts',
]);
const PARAGRAPHS = new Set(['text:p', 'text:h']);

/**
 * The text of an OpenDocument text (.odt), one paragraph or heading per line. The archive goes
 * through the same guards as a .docx (checkDocxExpansion: complete, no zip bomb) before its
 * content.xml is inflated, with its checked size as a hard cap. The XML is only parsed
 * (htmlparser2 in XML mode, already the .html reader): ODF's text model is small, text:p and
 * text:h paragraphs with text:s, text:tab and text:line-break inside, so no ODF library is needed.
 * A paragraph inside another (a text box anchored in it) becomes a paragraph of its own.
 */
export function importOdt(bytes: Uint8Array, name: string): ImportedDocument {
  const content = contentXml(bytes, name);
  const paragraphs: string[] = [];
  const open: string[] = [];
  let skipDepth = 0;
  let hasPictures = false;
  const append = (text: string): void => {
    if (skipDepth === 0 && open.length > 0) open[open.length - 1] += text;
  };
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        if (skipDepth > 0 || SKIPPED.has(tag)) {
          skipDepth++;
          return;
        }
        if (tag === 'draw:image') hasPictures = true;
        else if (PARAGRAPHS.has(tag)) open.push('');
        else if (tag === 'text:s') append(' '.repeat(Math.min(Number(attributes['text:c'] ?? 1) || 1, 100)));
        else if (tag === 'text:tab') append('\t');
        else if (tag === 'text:line-break' && open.length > 0) {
          paragraphs.push(open[open.length - 1]!);
          open[open.length - 1] = '';
        }
      },
      ontext: append,
      onclosetag(tag) {
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (PARAGRAPHS.has(tag)) paragraphs.push(open.pop() ?? '');
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(content);
  parser.end();
  const warnings: MessageKey[] = hasPictures ? ['importer.imagesDropped'] : [];
  return { text: documentText(paragraphs), warnings };
}

function contentXml(bytes: Uint8Array, name: string): string {
  try {
    checkDocxExpansion(bytes, name);
  } catch (error) {
    if (!(error instanceof DraftReadError)) throw error;
    throw error.key === 'importer.docxTooLarge'
      ? new DraftReadError('importer.odtTooLarge', { name, limit: formatMegabytes(MAX_DOCX_EXPANDED_BYTES) })
      : new DraftReadError('importer.odtCorrupt', { name });
  }
  const entry = readZipCentralDirectory(bytes).find((e) => e.name === 'content.xml');
  if (entry === undefined) throw new DraftReadError('importer.odtCorrupt', { name });
  const data = zipEntryData(bytes, entry);
  const xml = entry.method === DEFLATED ? inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) }) : data;
  return new TextDecoder().decode(xml);
}
