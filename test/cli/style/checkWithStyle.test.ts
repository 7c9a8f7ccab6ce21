import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/finding';
import { runCliCaptured } from '../badInput/runCliCaptured';

const DRAFT = '施工队在村委会门口按装了路灯。\n一名残废人也来搭把手。\n';
let dir: string;
let draft: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jiaokan-cli-style-'));
  await mkdir(join(dir, 'desk', 'today'), { recursive: true });
  draft = join(dir, 'desk', 'today', 'draft.txt');
  await writeFile(draft, DRAFT);
  await writeFile(join(dir, 'house.txt'), '按装 → 安装\n残废人 → 残疾人 # 新华社禁用词\n');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function styleFindings(stdout: string): Finding[] {
  const [report] = JSON.parse(stdout) as { findings: Finding[] }[];
  return report!.findings.filter((f) => f.rule.startsWith('style.'));
}

describe('jiaokan check with style lists', () => {
  it('reports each entry of --style as a style.term warning with its suggestion and note', async () => {
    const text = await runCliCaptured(['check', draft, '--style', join(dir, 'house.txt')]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/warning style\.term: .*"安装".*「按装」 → 安装/);
    expect(text.stdout).toMatch(/warning style\.term: .*"残疾人"\. \(新华社禁用词\) 「残废人」 → 残疾人/);
    expect(text.stdout).toContain(`style lists used: ${join(dir, 'house.txt')}`);
    const json = await runCliCaptured(['check', draft, '--style', join(dir, 'house.txt'), '--format', 'json']);
    expect(styleFindings(json.stdout).map((f) => [f.spans[0]!.text, f.suggestion])).toEqual([
      ['按装', { replacement: '安装' }],
      ['残废人', { replacement: '残疾人' }],
    ]);
  });

  it('flags the built-in list without a style file, and is silent with --no-builtin-style', async () => {
    const builtin = await runCliCaptured(['check', draft, '--format', 'json']);
    expect(styleFindings(builtin.stdout).map((f) => f.spans[0]!.text)).toEqual(['残废人']);
    const off = await runCliCaptured(['check', draft, '--format', 'json', '--no-builtin-style']);
    expect(styleFindings(off.stdout)).toEqual([]);
  });

  it('reads .jiaokan-style.txt in the draft folder and its parents, the nearest entry winning', async () => {
    await writeFile(join(dir, '.jiaokan-style.txt'), '按装 → 安装\n残废人 → 伤残人\n');
    await writeFile(join(dir, 'desk', '.jiaokan-style.txt'), '残废人 → 残障人士 # 部门规定\n');
    const run = await runCliCaptured(['check', draft, '--format', 'json']);
    expect(styleFindings(run.stdout).map((f) => f.suggestion?.replacement)).toEqual(['安装', '残障人士']);
    const text = await runCliCaptured(['check', draft]);
    expect(text.stdout).toContain(`style lists used: ${join(dir, 'desk', '.jiaokan-style.txt')}, ${join(dir, '.jiaokan-style.txt')}`);
  });

  it('reports a malformed line once with file:line and applies the rest', async () => {
    const house = join(dir, 'house.txt');
    await writeFile(house, '按装 →\n残废人 → 残疾人\n');
    const run = await runCliCaptured(['check', draft, '--style', house, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(`jiaokan: style list ${house}:1: "按装 →" has nothing on one side of the arrow: write "forbidden → preferred", or the forbidden form alone.\n`);
    expect(styleFindings(run.stdout).map((f) => f.spans[0]!.text)).toEqual(['残废人']);
  });

  it('silences any family on a word of the ignore section', async () => {
    await writeFile(draft, '合作社合作社员都来了。\n');
    const before = await runCliCaptured(['check', draft, '--format', 'json']);
    expect(JSON.parse(before.stdout)[0].findings.map((f: Finding) => f.rule)).toEqual(['repetition.word']);
    await writeFile(join(dir, 'desk', '.jiaokan-style.txt'), '[忽略]\n合作社员\n合作社合作社\n');
    const after = await runCliCaptured(['check', draft, '--format', 'json']);
    expect(JSON.parse(after.stdout)[0].findings).toEqual([]);
  });

  it('refuses an unreadable --style file with one line saying which and what to do', async () => {
    const run = await runCliCaptured(['check', draft, '--style', join(dir, 'missing.txt')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^jiaokan: could not read the style list .*missing\.txt \(ENOENT\): check that the file exists/);
  });
});
