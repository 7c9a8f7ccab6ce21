import type { DraftFile } from '../core/draftFile';
import { importInWorker } from './importInWorker';
import { importPlainText, plainTextFormat } from './importPlainText';

/** The name standard input goes by in messages and reports. */
const STDIN_NAME = 'stdin.txt';

/**
 * A draft that did not come from a file (`jiaokan check -` reads standard input): decoded in-process
 * when it is plain text, imported in the worker when its bytes say it is a document.
 */
export function draftOfBytes(bytes: Uint8Array): Promise<DraftFile> {
  const plain = plainTextFormat(STDIN_NAME, bytes);
  return plain ? Promise.resolve(importPlainText(STDIN_NAME, bytes, null, plain)) : importInWorker(STDIN_NAME, bytes, null);
}
