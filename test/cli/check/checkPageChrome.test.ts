import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../badInput/runCliCaptured';

/** A story pasted from a web page: the breadcrumb and the copyright footer each hold a half-width comma, as does the body. */
const DRAFT = ['首页 > 新闻 > 本地,要闻', '', '今年春天,村里新修了三条机耕路。', '', '（责任编辑：李明）', '版权所有 © 某某日报社,未经授权不得转载'].join('\n');

let dir: string;
let path: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jiaokan-check-chrome-'));
  path = join(dir, 'web.txt');
  await writeFile(path, DRAFT);
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

/** The CLI's stdout for `args`, run in this process with English messages. */
async function run(args: string[]): Promise<string> {
  return (await runCliCaptured(args)).stdout;
}

describe('jiaokan check and page chrome', () => {
  it('reports nothing inside page chrome and says which lines it left unchecked', async () => {
    const text = await run(['check', path]);
    expect(text.match(/punctuation\.half-width/g)).toHaveLength(1);
    expect(text).toContain(`${path}:3:5:`);
    expect(text).toContain(`${path}: line 1 is page chrome (breadcrumb), not checked`);
    expect(text).toContain(`${path}: line 5–6 is page chrome (editor credit, copyright notice), not checked`);
  });

  it('lists the chrome in the JSON report, and checks it with --include-chrome', async () => {
    const [report] = JSON.parse(await run(['check', path, '--format', 'json'])) as { findings: unknown[]; chrome: { start: number; end: number; kind: string }[] }[];
    expect(report!.findings).toHaveLength(1);
    expect(report!.chrome.map((c) => c.kind)).toEqual(['breadcrumb', 'editor']);
    const [all] = JSON.parse(await run(['check', path, '--format', 'json', '--include-chrome'])) as { findings: unknown[]; chrome: unknown[] }[];
    expect(all!.findings).toHaveLength(3);
    expect(all!.chrome).toEqual([]);
  });
});
