import { open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Permission bits of a file the app writes: owner read and write only. Drafts, review files,
 * recovery copies and exports hold unpublished text; on a shared machine nobody else reads them.
 */
export const PRIVATE_FILE_MODE = 0o600;
/** Bytes of the target's name kept in its temp file's name, leaving room under NAME_MAX (255). */
const TEMP_NAME_BYTES = 100;

/**
 * Writes a file so that readers see the old content or the new, never a mix: a temp file in
 * the same folder, fsync, rename over the target, then fsync the folder so the rename survives
 * a power cut. The temp file is removed if anything fails. A new file gets PRIVATE_FILE_MODE;
 * a file written over keeps the stricter of its own mode and that (a 0400 file stays 0400, a
 * 0644 one becomes 0600).
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const existing = await stat(path).catch(() => undefined);
  const mode = existing === undefined ? PRIVATE_FILE_MODE : existing.mode & PRIVATE_FILE_MODE;
  const temp = join(dirname(path), `.${shortened(basename(path))}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', mode);
  try {
    await handle.chmod(mode);
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dirname(path));
}

/** The name cut to TEMP_NAME_BYTES of UTF-8 on a character boundary: a 238-byte name plus the suffix would pass 255. */
function shortened(name: string): string {
  let bytes = 0;
  let end = 0;
  for (const ch of name) {
    bytes += Buffer.byteLength(ch);
    if (bytes > TEMP_NAME_BYTES) break;
    end += ch.length;
  }
  return name.slice(0, end);
}

async function syncDirectory(dir: string): Promise<void> {
  // Not every platform lets a directory be opened for fsync (Windows); the rename is still atomic there.
  const handle = await open(dir, 'r').catch(() => undefined);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}
