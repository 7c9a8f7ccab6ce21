import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DRAFTS = fileURLToPath(new URL('../../fixtures/drafts', import.meta.url));
export const BAD_INPUT = fileURLToPath(new URL('../../fixtures/bad-input', import.meta.url));
export const FORMATS = fileURLToPath(new URL('../../fixtures/formats', import.meta.url));

/** The team's UTF-8 news draft, the reference every other encoding must decode to. */
export function coldStorageText(): string {
  return readFileSync(join(DRAFTS, 'cold-storage.txt'), 'utf8');
}
