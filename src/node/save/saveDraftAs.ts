import { access } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { DraftFile } from '../../core/draftFile';
import { LocalizedError } from '../../core/i18n/localizedError';
import type { Review } from '../../core/review/review';
import { hasIndentedParagraphs } from '../../core/text/indentedParagraphs';
import { formatFromPath } from '../export/exportFormat';
import { renderExport } from '../export/writeExport';
import { writeExportFile } from '../export/writeExportFile';
import { saveReview } from '../review/sidecarFile';
import { sidecarPathFor } from '../review/sidecarPath';
import { encodeDraftText } from './encodeDraftText';
import { UTF8_LAYOUT } from './textLayoutOf';

/** The name Save As proposes: the draft's own for .txt/.md, else the same name as .docx (a document is handed back as one). */
export function saveAsProposal(draftPath: string): string {
  const format = formatFromPath(draftPath);
  if (format === 'txt' || format === 'md') return draftPath;
  return join(dirname(draftPath), `${basename(draftPath, extname(draftPath))}.docx`);
}

/**
 * Save As: the text written to `outPath` in the format its extension names (.txt/.md as UTF-8,
 * .docx/.html through the export writer), and the review written beside it unless the new file
 * already has one. Returns the draft as it is now open.
 */
export async function saveDraftAs(outPath: string, text: string, review: Review | null): Promise<DraftFile> {
  const name = basename(outPath);
  const format = formatFromPath(outPath);
  if (format === undefined) throw new LocalizedError('app.save.unknownFormat', { name });
  const data = format === 'txt' || format === 'md' ? encodeDraftText(text, UTF8_LAYOUT, name) : await renderExport(text, format, basename(outPath, extname(outPath)), hasIndentedParagraphs(text));
  await writeExportFile(outPath, data);
  const sidecar = sidecarPathFor(outPath);
  const hasReview = await access(sidecar).then(
    () => true,
    () => false,
  );
  if (review !== null && !hasReview) await saveReview(sidecar, review, { fingerprint: null, review });
  return { path: outPath, name, format, encoding: 'UTF-8', text };
}
