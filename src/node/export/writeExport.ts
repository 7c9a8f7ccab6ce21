import { basename, extname } from 'node:path';
import { exportBlocks } from '../../core/cleanCopy/exportBlocks';
import { defaultExportPath } from './defaultExportPath';
import { ExportError } from './exportError';
import type { ExportFormat } from './exportFormat';
import { isSameFile } from './isSameFile';
import { renderDocx } from './renderDocx';
import { renderHtml } from './renderHtml';
import { renderMarkdown } from './renderMarkdown';
import { renderTxt } from './renderTxt';
import { writeExportFile } from './writeExportFile';

export interface ExportRequest {
  /** The draft the clean copy came from; never written. Null for a draft without a file (the sample). */
  sourcePath: string | null;
  outPath: string;
  format: ExportFormat;
  /** The clean copy (cleanCopy(...).text). */
  text: string;
  /** The draft indented its paragraphs (cleaning may have removed the spaces): .docx indents them 2 characters. */
  indented?: boolean;
}

/** Renders clean copy in the format asked for. */
export async function renderExport(text: string, format: ExportFormat, name: string, indented = false): Promise<string | Uint8Array> {
  if (format === 'txt') return renderTxt(text);
  const blocks = exportBlocks(text);
  if (format === 'md') return renderMarkdown(blocks);
  if (format === 'html') return renderHtml(blocks, name);
  return renderDocx(blocks, name, { indented });
}

/** Refuses to write over the draft (however the path reaches it), then writes the export atomically. */
export async function writeExport(request: ExportRequest): Promise<void> {
  const { sourcePath, outPath, format } = request;
  await refuseSourcePath(sourcePath, outPath, format);
  const name = basename(sourcePath ?? outPath, extname(sourcePath ?? outPath));
  const data = await renderExport(request.text, format, name, request.indented);
  await writeExportFile(outPath, data);
}

/** Throws ExportError when `outPath` is the draft itself; the message proposes a safe name. */
export async function refuseSourcePath(sourcePath: string | null, outPath: string, format: ExportFormat): Promise<void> {
  if (sourcePath !== null && (await isSameFile(sourcePath, outPath))) {
    throw new ExportError('cleanCopy.exportSameFile', { out: outPath, suggested: defaultExportPath(sourcePath, format) });
  }
}
