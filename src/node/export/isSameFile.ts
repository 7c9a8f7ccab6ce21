import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Whether two paths name one file: the same real path (symlinks, `..`, relative paths
 * resolved) or, when both exist, the same inode on the same device (hard links, and names
 * that differ only in case on case-insensitive file systems).
 */
export async function isSameFile(a: string, b: string): Promise<boolean> {
  const [realA, realB] = await Promise.all([realPathOf(a), realPathOf(b)]);
  if (realA === realB) return true;
  const [statA, statB] = await Promise.all([stat(a).catch(() => undefined), stat(b).catch(() => undefined)]);
  return statA !== undefined && statB !== undefined && statA.dev === statB.dev && statA.ino === statB.ino;
}

/** The real path; for a file that does not exist yet, its folder's real path plus its name. */
async function realPathOf(path: string): Promise<string> {
  const absolute = resolve(path);
  try {
    return await realpath(absolute);
  } catch {
    const folder = await realpath(dirname(absolute)).catch(() => dirname(absolute));
    return join(folder, basename(absolute));
  }
}
