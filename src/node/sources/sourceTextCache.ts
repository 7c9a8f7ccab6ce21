import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../writeFileAtomic';

/** What extracting a source yields, apart from its name (which is the file's, wherever it now is). */
export interface ExtractedText {
  text: string;
  pageStarts?: number[];
}

const extracted = z.object({ text: z.string(), pageStarts: z.array(z.number().int().nonnegative()).optional() });
const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Extracted source text kept in the app's data folder under the SHA-256 of the source's bytes,
 * so reopening a draft does not read a 200-page PDF again, and a changed source (new hash) is
 * never answered from the cache. An entry that cannot be read or does not parse is a miss.
 */
export class SourceTextCache {
  private readonly dir: string;

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'source-text');
  }

  async get(sha256: string): Promise<ExtractedText | undefined> {
    if (!SHA256.test(sha256)) return undefined;
    const raw = await readFile(this.file(sha256), 'utf8').catch(() => undefined);
    if (raw === undefined) return undefined;
    try {
      const parsed = extracted.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  async put(sha256: string, value: ExtractedText): Promise<void> {
    if (!SHA256.test(sha256)) return;
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    await writeFileAtomic(this.file(sha256), JSON.stringify(value));
  }

  private file(sha256: string): string {
    return join(this.dir, `${sha256}.json`);
  }
}
