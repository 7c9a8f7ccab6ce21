import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../writeFileAtomic';

/**
 * A small JSON file of app state (settings, recent files). A missing or unreadable file
 * yields the fallback — app state is a convenience, never a reason to refuse to start —
 * and writes are atomic so a crash never leaves half a file.
 */
export async function readJsonState<T>(path: string, parse: (value: unknown) => T, fallback: T): Promise<T> {
  try {
    return parse(JSON.parse(await readFile(path, 'utf8')));
  } catch {
    return fallback;
  }
}

export async function writeJsonState(path: string, value: unknown): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}
