import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliContractBreach, runCliCaptured } from '../badInput/runCliCaptured';

const FORMATS = fileURLToPath(new URL('../../fixtures/formats', import.meta.url));

interface Finding {
  rule: string;
  spans: { text: string }[];
}

/** What a reader compares across formats: each finding's rule and the texts it marks, in order. */
async function findingsOf(path: string): Promise<string[]> {
  const run = await runCliCaptured(['check', path, '--format', 'json']);
  expect(cliContractBreach(run)).toBeUndefined();
  expect(run.stderr).toBe('');
  const [report] = JSON.parse(run.stdout) as { findings: Finding[] }[];
  return report!.findings.map((f) => `${f.rule} ${f.spans.map((s) => s.text).join(' | ')}`);
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jiaokan-formats-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('jiaokan check on one article saved in every format', () => {
  it('the .txt has the planted errors: a half-width comma, a name written two ways, a wrong share', async () => {
    const rules = (await findingsOf(join(FORMATS, 'irrigation.txt'))).map((f) => f.split(' ')[0]);
    expect(rules).toEqual(expect.arrayContaining(['punctuation.half-width', 'consistency.person', 'arithmetic.share']));
  });

  it.each(['docx', 'doc', 'rtf', 'odt', 'pdf'])('the .%s gives the same findings as the .txt', async (ext) => {
    const expected = await findingsOf(join(FORMATS, 'irrigation.txt'));
    expect(await findingsOf(join(FORMATS, `irrigation.${ext}`))).toEqual(expected);
  });

  it.each([
    ['irrigation.rtf', 'rtf-renamed.txt'],
    ['irrigation.doc', 'doc-renamed.txt'],
    ['irrigation.pdf', 'pdf-renamed.md'],
    ['irrigation.doc', 'wps-document.wps'],
    ['irrigation.odt', 'odt-renamed.txt'],
  ])('%s saved as %s is read by its content, not checked as markup', async (source, renamed) => {
    const expected = await findingsOf(join(FORMATS, 'irrigation.txt'));
    await copyFile(join(FORMATS, source), join(dir, renamed));
    expect(await findingsOf(join(dir, renamed))).toEqual(expected);
  });
});
