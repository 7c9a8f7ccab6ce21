import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli';
import { applyHunks } from '../../../src/core/diff/hunkWriter';

const OLD = '青石县秋粮丰收\n\n种植户韩春梅说，全县共有合作社386家。\n项目于2024年9月开工。\n冷链物流设施将继续完善。\n结尾一段,保持不变。';
const NEW = '青石县秋粮丰收\n\n种植户韩春海说，全县共有合作社368家。\n项目于2024年10月开工。\n结尾一段，保持不变。\n冷链物流设施将继续完善。';

let dir: string;
let oldPath: string;
let newPath: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jiaokan-diff-cli-'));
  oldPath = join(dir, 'draft_v1.txt');
  newPath = join(dir, 'draft_v2.txt');
  writeFileSync(oldPath, OLD);
  writeFileSync(newPath, NEW);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { LANG: 'zh_CN.UTF-8' }, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('jiaokan diff', () => {
  it('prints the model as JSON with the file names, and its hunks rebuild the new file', async () => {
    const { code, stdout, stderr } = await run('diff', oldPath, newPath, '--format', 'json');
    expect([code, stderr]).toEqual([0, '']);
    const result = JSON.parse(stdout);
    expect(result.old).toBe(oldPath);
    expect(result.new).toBe(newPath);
    expect(result.summary).toMatchObject({ paragraphsMoved: 1, paragraphsChanged: 3 });
    expect(result.moves[0].text).toBe('冷链物流设施将继续完善。');
    expect(result.changes.map((c: { old: string; new: string }) => `${c.old}→${c.new}`)).toEqual(['韩春梅→韩春海', '386家→368家', '2024年9月→2024年10月']);
    expect(applyHunks(OLD, result.hunks)).toBe(NEW);
  });

  it('prints a readable text report with moves, changed facts and marked paragraphs', async () => {
    const { code, stdout } = await run('diff', oldPath, newPath);
    expect(code).toBe(0);
    expect(stdout).toContain('移动 1');
    expect(stdout).toContain('第 5 段 → 第 6 段：冷链物流设施将继续完善。');
    expect(stdout).toContain('数字  第 3 行：386家 → 368家');
    expect(stdout).toContain('[-386-]{+368+}');
  });

  it('reports changed quantities whole, with measure word and 多', async () => {
    const before = join(dir, 'trains_v1.txt');
    const after = join(dir, 'trains_v2.txt');
    writeFileSync(before, '春运首日加开列车186趟，车站迎来80多人的志愿服务队。');
    writeFileSync(after, '春运首日加开列车168趟，车站迎来120多人的志愿服务队。');
    const json = await run('diff', before, after, '--format', 'json');
    expect(JSON.parse(json.stdout).changes.map((c: { old: string; new: string }) => `${c.old}→${c.new}`)).toEqual(['186趟→168趟', '80多人→120多人']);
    const text = await run('diff', before, after);
    expect(text.stdout).toContain('186趟 → 168趟');
    expect(text.stdout).toContain('80多人 → 120多人');
  });

  it('hides punctuation-width changes when asked', async () => {
    const { stdout } = await run('diff', oldPath, newPath, '--ignore-punctuation-width', '--lang', 'en');
    expect(stdout).toContain('2 changed');
    expect(stdout).not.toContain('[-,-]');
  });

  it('exits 2 with one line on stderr for a missing argument or file', async () => {
    const missingArg = await run('diff', oldPath);
    expect(missingArg.code).toBe(2);
    expect(missingArg.stderr.trim().split('\n')).toHaveLength(1);
    const missingFile = await run('diff', oldPath, join(dir, 'nope.txt'));
    expect(missingFile.code).toBe(2);
    expect(missingFile.stderr.trim().split('\n')).toHaveLength(1);
    expect((await run('diff', oldPath, newPath, '--format', 'xml')).code).toBe(2);
  });
});
