import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

/** The key of a draft that has never been saved to a file. */
export const UNTITLED_KEY = 'untitled';

/** What a recovery key looks like; anything else (say, a path sent over IPC) is refused. */
export const RECOVERY_KEY_PATTERN = /^(untitled|[0-9a-f]{32})$/;

/**
 * One recovery file per open draft, named by a hash of the draft's absolute path so that a path
 * never becomes part of a file name (length limits, separators, characters a file system refuses).
 */
export function recoveryKeyOf(draftPath: string | null): string {
  if (draftPath === null) return UNTITLED_KEY;
  return createHash('sha256').update(resolve(draftPath)).digest('hex').slice(0, 32);
}
