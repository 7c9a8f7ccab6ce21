import { stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { DraftFile } from '../core/draftFile';
import { draftFormatOfName } from './draftFormatOfName';
import { formatMegabytes, maxDraftBytes } from './draftLimits';
import { DraftReadError } from './draftReadError';
import { importInWorker } from './importInWorker';
import { importPlainText, plainTextFormat } from './importPlainText';
import { readAtMost } from './readAtMost';


/**
 * Reads, decodes and imports a draft from disk. Throws DraftReadError with a catalogue key:
 * importer.notFound, isDirectory, notRegularFile, unreadable, tooLarge, or those of the import.
 * Plain text is decoded in-process; documents are imported in a worker (importInWorker):
 * tooLargeOrCorrupt when one runs out of memory or time.
 * The size limit is checked before reading and again while reading (a file may grow meanwhile),
 * so a huge file never gets into memory.
 */
export async function readDraft(path: string): Promise<DraftFile> {
  const absolute = resolve(path);
  const name = basename(absolute);
  const limit = maxDraftBytes(draftFormatOfName(name));
  const info = await statRegularFile(absolute);
  if (info.size > limit) throw tooLarge(name, info.size, limit);
  const bytes = await readAtMost(absolute, limit + 1).catch((error: unknown) => {
    throw readError(error, absolute);
  });
  if (bytes.byteLength > limit) throw tooLarge(name, bytes.byteLength, limit);
  const plain = plainTextFormat(name, bytes);
  return plain ? importPlainText(name, bytes, absolute, plain) : importInWorker(name, bytes, absolute);
}

/** The stat of a regular file, or the DraftReadError saying why the path is not one that can be read. */
export async function statRegularFile(absolute: string): Promise<Stats> {
  const info = await stat(absolute).catch((error: unknown) => {
    throw readError(error, absolute);
  });
  if (info.isDirectory()) throw new DraftReadError('importer.isDirectory', { path: absolute });
  if (!info.isFile()) throw new DraftReadError('importer.notRegularFile', { path: absolute });
  return info;
}

function tooLarge(name: string, size: number, limit: number): DraftReadError {
  return new DraftReadError('importer.tooLarge', { name, size: formatMegabytes(size), limit: formatMegabytes(limit) });
}

function readError(error: unknown, path: string): unknown {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new DraftReadError('importer.notFound', { path });
  if (code === 'EISDIR') return new DraftReadError('importer.isDirectory', { path });
  if (typeof code === 'string') return new DraftReadError('importer.unreadable', { path, reason: code });
  return error;
}
