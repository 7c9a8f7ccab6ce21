import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];
// Playwright runs a spec file's tests in a worker process: the folders it made go when it ends, whether its tests passed or not.
process.on('exit', () => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new folder under the system's temporary folder (jiaokan-`name`-…), removed when this test process ends. */
export function tempFolder(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `jiaokan-${name}-`));
  made.push(dir);
  return dir;
}
