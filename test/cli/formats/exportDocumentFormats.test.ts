import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDraft } from '../../../src/node/readDraft';
import { runCliCaptured } from '../badInput/runCliCaptured';

const FORMATS = fileURLToPath(new URL('../../fixtures/formats', import.meta.url));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jiaokan-formats-export-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('jiaokan export of a word-processor or PDF draft', () => {
  it.each(['doc', 'rtf', 'odt', 'pdf'])('proposes .docx for a .%s draft when --out is missing', async (ext) => {
    const run = await runCliCaptured(['export', join(FORMATS, `irrigation.${ext}`)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`irrigation.clean.docx`);
  });

  it('writes clean copy of a .doc as a .docx that reads back as the cleaned article', async () => {
    const out = join(dir, 'irrigation.clean.docx');
    const run = await runCliCaptured(['export', join(FORMATS, 'irrigation.doc'), '--out', out]);
    expect(run.code).toBe(0);
    const exported = await readDraft(out);
    expect(exported.format).toBe('docx');
    expect(exported.text).toContain('挑水浇灌，一到旱季');
    expect(exported.text.split('\n')[0]).toBe('河谷乡村的太阳能灌溉站投入运行');
  });
});
