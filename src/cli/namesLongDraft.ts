import { statSync } from 'node:fs';
import { PREPARE_FROM_BYTES } from '../node/checkWorkerStart';
import { STDIN_ARGUMENT } from './stdinArgument';

/**
 * Whether a FILE argument names a file long enough to start the check process for before it is read; the
 * launcher asks before the CLI loads, `check` again where no launcher ran. Reading a file says what
 * is wrong with any other.
 */
export function namesLongDraft(files: readonly string[]): boolean {
  return files.some((file) => {
    if (file === STDIN_ARGUMENT) return false;
    try {
      return (statSync(file, { throwIfNoEntry: false })?.size ?? 0) >= PREPARE_FROM_BYTES;
    } catch {
      return false;
    }
  });
}
