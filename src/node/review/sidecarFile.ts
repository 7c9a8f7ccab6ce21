import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { mergeReviews, type ReviewConflict } from '../../core/review/mergeReviews';
import type { Review } from '../../core/review/review';
import { parseSidecar, serializeSidecar } from '../../core/review/sidecarFormat';
import { MAX_SIDECAR_BYTES } from '../../core/review/sidecarLimits';
import { formatMegabytes } from '../draftLimits';
import { readAtMost } from '../readAtMost';
import { writeFileAtomic } from '../writeFileAtomic';
import { SidecarError } from './sidecarError';
import { draftNameOf } from './sidecarPath';

/** What a sidecar file looked like on disk: enough to tell whether someone else saved since. */
export interface Fingerprint {
  mtimeMs: number;
  size: number;
  sha256: string;
}

/**
 * The state a save starts from. Only loadSidecar and saveReview make one, and only for a file
 * they could read (or that did not exist): a refused file yields no base, so it is never written over.
 */
export interface SidecarBase {
  readonly fingerprint: Fingerprint | null;
  readonly review: Review | undefined;
}

export type LoadResult =
  | { status: 'ok'; review: Review; base: SidecarBase }
  | { status: 'missing'; base: SidecarBase }
  | { status: 'refused'; error: SidecarError };

export type SaveResult =
  | { ok: true; review: Review; base: SidecarBase; merged: boolean }
  /** Another writer changed the same items: resolve (resolveConflict) and save `merged` again with `base`. */
  | { ok: false; conflicts: ReviewConflict[]; merged: Review; base: SidecarBase };

type DiskState = { status: 'missing' } | { status: 'ok'; bytes: Uint8Array; fingerprint: Fingerprint };

/** Reads a sidecar; a corrupt, newer, oversized or unreadable one is refused with its catalogue key. */
export async function loadSidecar(path: string): Promise<LoadResult> {
  try {
    const disk = await readDisk(path);
    if (disk.status === 'missing') return { status: 'missing', base: { fingerprint: null, review: undefined } };
    const review = parseDisk(path, disk.bytes);
    return { status: 'ok', review, base: { fingerprint: disk.fingerprint, review } };
  } catch (error) {
    if (error instanceof SidecarError) return { status: 'refused', error };
    throw error;
  }
}

/**
 * Saves `review` over the sidecar loaded as `base`. When the file is as it was at load, it is
 * written atomically. When another writer saved in between, the three sides are merged
 * (mergeReviews); without conflicts the merge is written and returned, with conflicts nothing
 * is written and the caller gets the merge to resolve. A file on disk that cannot be read is
 * never written over: SidecarError is thrown. (Between the check and the rename a colleague's
 * save can still slip in; shared drives give no lock to close that window.)
 */
export async function saveReview(path: string, review: Review, base: SidecarBase): Promise<SaveResult> {
  const disk = await readDisk(path);
  // The file as this session last wrote or read it (its bytes' hash included) needs no parsing: a long draft's review is megabytes.
  if (disk.status === 'missing' || sameFingerprint(disk.fingerprint, base.fingerprint)) return { ...(await write(path, review)), merged: false };
  const diskReview = parseDisk(path, disk.bytes);
  const { merged, conflicts } = mergeReviews(base.review, review, diskReview);
  const diskBase: SidecarBase = { fingerprint: disk.fingerprint, review: diskReview };
  if (conflicts.length > 0) return { ok: false, conflicts, merged, base: diskBase };
  return { ...(await write(path, merged)), merged: true };
}

async function write(path: string, review: Review): Promise<{ ok: true; review: Review; base: SidecarBase }> {
  const data = Buffer.from(serializeSidecar(review, draftNameOf(path)), 'utf8');
  await writeFileAtomic(path, data);
  const info = await stat(path);
  return { ok: true, review, base: { fingerprint: { mtimeMs: info.mtimeMs, size: info.size, sha256: sha256(data) }, review } };
}

async function readDisk(path: string): Promise<DiskState> {
  const file = basename(path);
  let bytes: Uint8Array;
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
    bytes = info.size > MAX_SIDECAR_BYTES ? new Uint8Array(0) : await readAtMost(path, MAX_SIDECAR_BYTES + 1);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing' };
    throw new SidecarError('review.sidecar.unreadable', { file, detail: (error as Error).message });
  }
  if (info.size > MAX_SIDECAR_BYTES || bytes.byteLength > MAX_SIDECAR_BYTES) {
    throw new SidecarError('review.sidecar.tooLarge', { file, size: formatMegabytes(Math.max(info.size, bytes.byteLength)), limit: formatMegabytes(MAX_SIDECAR_BYTES) });
  }
  return { status: 'ok', bytes, fingerprint: { mtimeMs: info.mtimeMs, size: info.size, sha256: sha256(bytes) } };
}

/** The review a sidecar's bytes hold; a corrupt, newer or over-limit one is refused with its catalogue key. */
function parseDisk(path: string, bytes: Uint8Array): Review {
  const file = basename(path);
  const parsed = parseSidecar(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
  if (!parsed.ok && parsed.problem === 'newer') throw new SidecarError('review.sidecar.newer', { file, version: parsed.version });
  if (!parsed.ok && parsed.problem === 'overLimit') throw new SidecarError('review.sidecar.overLimit', { file, detail: parsed.detail });
  if (!parsed.ok) throw new SidecarError('review.sidecar.corrupt', { file, detail: parsed.detail });
  return parsed.review;
}

function sameFingerprint(a: Fingerprint, b: Fingerprint | null): boolean {
  return b !== null && a.mtimeMs === b.mtimeMs && a.size === b.size && a.sha256 === b.sha256;
}

function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
