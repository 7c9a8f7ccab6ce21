import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTypoData } from '../../../scripts/buildTypoData';
import { runCliCaptured } from '../badInput/runCliCaptured';

const DRAFT = '本报讯 社区为独居老人按装了烟雾报警器。志愿者们表示，将再接再励，把好事办实。\n';

let dir: string;
beforeAll(async () => {
  // The CLI reads the built data; build it here so the test also passes before `npm run build`.
  buildTypoData();
  dir = await mkdtemp(join(tmpdir(), 'jiaokan-typo-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('jiaokan check: typos', () => {
  it('reports 按装 and 再接再励 as typo findings with their corrections', async () => {
    const file = join(dir, 'draft.txt');
    await writeFile(file, DRAFT);
    const run = await runCliCaptured(['check', file, '--format', 'json']);
    expect(run.code).toBe(0);
    const [report] = JSON.parse(run.stdout) as { findings: { rule: string; spans: { text: string }[]; suggestion?: { replacement: string } }[] }[];
    const typos = report!.findings.filter((f) => f.rule.startsWith('typo.'));
    expect(typos.map((f) => [f.spans[0]!.text, f.suggestion?.replacement])).toEqual([
      ['按装', '安装'],
      ['再接再励', '再接再厉'],
    ]);
  });
});
