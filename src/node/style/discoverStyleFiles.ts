import { access } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

export const STYLE_FILE_NAME = '.jiaokan-style.txt';

/** The `.jiaokan-style.txt` files in the draft's folder and every parent, nearest first. */
export async function discoverStyleFiles(draftPath: string): Promise<string[]> {
  const found: string[] = [];
  let dir = dirname(resolve(draftPath));
  for (;;) {
    const candidate = join(dir, STYLE_FILE_NAME);
    if (await exists(candidate)) found.push(candidate);
    const parent = dirname(dir);
    if (parent === dir) return found;
    dir = parent;
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
