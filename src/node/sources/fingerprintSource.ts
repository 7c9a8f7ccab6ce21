import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { AttachedSource, AttachedSourceState } from '../../core/review/attachedSource';
import { DraftReadError } from '../draftReadError';
import { statRegularFile } from '../readDraft';

/**
 * A source file's path, size and SHA-256, as the review file records it; the bytes are streamed,
 * never held. A path that is not a readable file fails with readDraft's DraftReadError.
 */
export async function fingerprintSource(path: string): Promise<AttachedSource> {
  const absolute = resolve(path);
  const { size } = await statRegularFile(absolute);
  const hash = createHash('sha256');
  await pipeline(createReadStream(absolute), hash).catch((error: unknown) => {
    throw new DraftReadError('importer.unreadable', { path: absolute, reason: (error as { code?: string }).code ?? String(error) });
  });
  return { path: absolute, name: basename(absolute), size, sha256: hash.digest('hex') };
}

/**
 * Whether a recorded source is still what it was: gone (or unreadable) from its path, other
 * bytes there, or the same. A different size settles it without reading the file.
 */
export async function attachedSourceState(recorded: AttachedSource): Promise<AttachedSourceState> {
  const info = await stat(recorded.path).catch(() => undefined);
  if (info === undefined || !info.isFile()) return 'missing';
  if (info.size !== recorded.size) return 'changed';
  const now = await fingerprintSource(recorded.path).catch(() => undefined);
  if (now === undefined) return 'missing';
  return now.sha256 === recorded.sha256 ? 'unchanged' : 'changed';
}
