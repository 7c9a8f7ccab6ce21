import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../../src/cli/runCli';
import { runChecks } from '../../../src/core/checkEngine';
import { extractClaims } from '../../../src/core/claims/extractClaims';
import { createReview } from '../../../src/core/review/createReview';
import type { Review } from '../../../src/core/review/review';
import { setVerdict } from '../../../src/core/review/setVerdict';
import { serializeSidecar } from '../../../src/core/review/sidecarFormat';
import { saveReview } from '../../../src/node/review/sidecarFile';
import { sidecarPathFor } from '../../../src/node/review/sidecarPath';
import { todayCalendarDate } from '../../../src/core/dates/todayCalendarDate';
import { MAX_ANCHOR_TEXT } from '../../../src/core/review/sidecarLimits';
import { hostileSidecar } from '../../fixtures/review/hostileSidecar';

// Stand-ins: the status command is tested here, not the importer or the gazetteer build.
vi.mock('../../../src/node/readDraft', () => ({
  readDraft: async (path: string) => ({ path, name: basename(path), format: 'txt', encoding: 'UTF-8', text: await readFile(path, 'utf8') }),
}));
vi.mock('../../../src/node/loadGazetteer', () => ({ loadGazetteer: async () => undefined }));

const FIXTURE = new URL('../../fixtures/review/draft.txt', import.meta.url);
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function draftCopy(): Promise<{ path: string; text: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'jiaokan-status-'));
  dirs.push(dir);
  const path = join(dir, 'draft.txt');
  await copyFile(FIXTURE, path);
  return { path, text: await readFile(path, 'utf8') };
}

async function status(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['status', ...args], { LANG: 'zh_CN.UTF-8' }, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function reviewOf(text: string): Review {
  const findings = runChecks(text, { lang: 'zh', fallbackDate: todayCalendarDate() });
  return createReview(text, findings, extractClaims(text), '2026-03-01T09:00:00.000Z');
}

/** Every error-severity finding given a verdict, so only claims can hold the draft back. */
function errorsResolved(review: Review): Review {
  return review.items
    .filter((i) => i.severity === 'error')
    .reduce((r, i) => setVerdict(r, i.id, 'fixed', {}, '核查员', '2026-03-01T10:00:00.000Z'), review);
}

describe('jiaokan status', () => {
  it('without a sidecar reports everything open and exits 1 when the checks find an error', async () => {
    const { path, text } = await draftCopy();
    const review = reviewOf(text);
    const errors = review.items.filter((i) => i.severity === 'error').length;
    const result = await status(path);
    expect(result.stdout).toContain('还没有核查记录');
    expect(result.stdout).toContain(`已核 0 / ${review.items.length} 项`);
    expect(result.stdout).toContain(`未处理的错误：${errors} 处`);
    expect(result.code).toBe(errors > 0 ? 1 : 0);
    await expect(readFile(sidecarPathFor(path))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('with a sidecar: 0 once errors are resolved, 1 while a claim needs a source', async () => {
    const { path, text } = await draftCopy();
    const resolved = errorsResolved(reviewOf(text));
    await saveReview(sidecarPathFor(path), resolved, { fingerprint: null, review: undefined });
    const clear = await status(path, '--format', 'json');
    expect(clear.code).toBe(0);
    const json = JSON.parse(clear.stdout);
    expect(json).toMatchObject({ file: path, sidecar: sidecarPathFor(path), openErrors: 0, blocking: false, total: resolved.items.length });
    expect(json.items).toHaveLength(resolved.items.length);

    const claim = resolved.items.find((i) => i.rule === 'claim.number')!;
    const pending = setVerdict(resolved, claim.id, 'needs-source', { note: '待统计局确认' }, '核查员', '2026-03-01T11:00:00.000Z');
    await writeFile(sidecarPathFor(path), serializeSidecar(pending, 'draft.txt'));
    const blocked = await status(path);
    expect(blocked.code).toBe(1);
    expect(blocked.stdout).toContain('待补来源的事实：1 处');
    expect(blocked.stdout).toContain(`「${claim.anchor.text}」`);
  });

  it('keeps verdicts after the draft was edited, from the sidecar, without writing it', async () => {
    const { path, text } = await draftCopy();
    const review = reviewOf(text);
    const claim = review.items.find((i) => i.anchor.text === '1.8万吨')!;
    const verified = setVerdict(review, claim.id, 'verified', {}, '核查员', '2026-03-01T10:00:00.000Z');
    await saveReview(sidecarPathFor(path), verified, { fingerprint: null, review: undefined });
    const before = await readFile(sidecarPathFor(path));
    const edited = `补记：本文数据截至月底。\n${text}`;
    await writeFile(path, edited);
    const json = JSON.parse((await status(path, '--format', 'json')).stdout);
    const item = json.items.find((i: { id: string }) => i.id === claim.id);
    expect(item).toMatchObject({ verdict: 'verified', orphaned: false, span: { start: edited.indexOf('1.8万吨'), text: '1.8万吨' } });
    expect(await readFile(sidecarPathFor(path))).toEqual(before);
  });

  for (const [name, content, words] of [
    ['corrupt', '{"schemaVersion":1,"draft":"draft.txt","review":{', '已损坏'],
    ['newer-version', '{"schemaVersion":3,"draft":"draft.txt"}', '更新版本'],
    ['over-limit', hostileSidecar(1, MAX_ANCHOR_TEXT + 1), '超出限制'],
  ] as const) {
    it(`refuses a ${name} sidecar with exit 2, one line on stderr, and leaves it byte for byte`, async () => {
      const { path } = await draftCopy();
      await writeFile(sidecarPathFor(path), content);
      const before = await readFile(sidecarPathFor(path));
      const result = await status(path);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(words);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(await readFile(sidecarPathFor(path))).toEqual(before);
    });
  }

  it('reads a review file of lost long anchors, keeping them as orphans without writing it', async () => {
    const { path } = await draftCopy();
    await writeFile(sidecarPathFor(path), hostileSidecar());
    const before = await readFile(sidecarPathFor(path));
    const result = await status(path, '--format', 'json');
    const json = JSON.parse(result.stdout);
    expect(json.items.filter((i: { orphaned: boolean; verdict: string }) => i.orphaned && i.verdict === 'verified')).toHaveLength(200);
    expect(await readFile(sidecarPathFor(path))).toEqual(before);
  });

  it('checks page chrome only when the review says so, as the app does', async () => {
    const { path } = await draftCopy();
    // A breadcrumb and a copyright footer with a half-width comma each, and one in the body.
    const web = ['首页 > 新闻 > 本地,要闻', '', '今年春天,村里新修了三条机耕路。', '', '（责任编辑：李明）', '版权所有 © 某某日报社,未经授权不得转载'].join('\n');
    await writeFile(path, web);
    const commas = async () => {
      const json = JSON.parse((await status(path, '--format', 'json')).stdout);
      return json.items.filter((i: { rule: string; reported: boolean }) => i.rule === 'punctuation.half-width' && i.reported).length;
    };
    expect(await commas()).toBe(1);
    await saveReview(sidecarPathFor(path), { ...reviewOf(web), chromeIncluded: true }, { fingerprint: null, review: undefined });
    expect(await commas()).toBe(3);
  });

  it('needs exactly one draft', async () => {
    expect((await status()).code).toBe(2);
    expect((await status('a.txt', 'b.txt')).stderr).toContain('jiaokan status');
  });
});
