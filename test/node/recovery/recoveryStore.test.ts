import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recoveryKeyOf, UNTITLED_KEY } from '../../../src/node/recovery/recoveryKey';
import { RecoveryStore } from '../../../src/node/recovery/recoveryStore';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function dataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'jiaokan-recovery-'));
  dirs.push(dir);
  return dir;
}

async function booted(dir: string, maxFileBytes?: number): Promise<RecoveryStore> {
  const store = new RecoveryStore(dir, maxFileBytes);
  await store.boot();
  return store;
}

/** Edited text with the awkward parts a recovery must keep exactly: CRLF, a lone surrogate, NUL-free control chars, emoji. */
const EDITED = '河湾村的蓄水池今年五月完工，\r\n可供三百户用水。\n\ud800半个代理对😀\t“引号”\u0001';
const draftPath = '/drafts/河湾村蓄水池.txt';

describe('RecoveryStore', () => {
  it('after a crash (no discard), the next start lists the recovery with the exact text', async () => {
    const dir = await dataDir();
    const session = await booted(dir);
    const key = recoveryKeyOf(draftPath);
    expect(await session.save(key, { path: draftPath, name: '河湾村蓄水池.txt', text: '第一稿', savedAt: '2026-05-01T08:00:00.000Z' })).toEqual({ ok: true });
    await session.save(key, { path: draftPath, name: '河湾村蓄水池.txt', text: EDITED, savedAt: '2026-05-01T08:00:05.000Z' });
    // The process dies here: neither discard nor shutdown runs.
    const next = await booted(dir);
    expect(await next.list()).toEqual([
      { key, readable: true, draft: { path: draftPath, name: '河湾村蓄水池.txt', text: EDITED, savedAt: '2026-05-01T08:00:05.000Z' } },
    ]);
  });

  it('keeps one recovery per draft, newest first, and discard removes only its own', async () => {
    const store = await booted(await dataDir());
    const a = recoveryKeyOf('/drafts/a.txt');
    const b = recoveryKeyOf('/drafts/b.txt');
    expect(a).not.toBe(b);
    await store.save(a, { path: '/drafts/a.txt', name: 'a.txt', text: 'A', savedAt: '2026-05-01T08:00:00.000Z' });
    await store.save(b, { path: '/drafts/b.txt', name: 'b.txt', text: 'B', savedAt: '2026-05-01T09:00:00.000Z' });
    await store.save(UNTITLED_KEY, { path: null, name: '未命名', text: 'U', savedAt: '2026-05-01T07:00:00.000Z' });
    expect((await store.list()).map((r) => r.key)).toEqual([b, a, UNTITLED_KEY]);
    await store.discard(a);
    await store.discard(a);
    expect((await store.list()).map((r) => r.key)).toEqual([b, UNTITLED_KEY]);
  });

  it('a discard issued while autosaves are in flight wins: nothing is left behind', async () => {
    const dir = await dataDir();
    const store = await booted(dir);
    const key = recoveryKeyOf(draftPath);
    const saves = Array.from({ length: 5 }, (_, i) => store.save(key, { path: draftPath, name: 'x', text: `版本${i}`.repeat(20_000), savedAt: `2026-05-01T08:00:0${i}.000Z` }));
    const discarded = store.discard(key);
    await Promise.all([...saves, discarded]);
    await store.shutdown();
    expect(await store.list()).toEqual([]);
    expect(await readdir(join(dir, 'recovery'))).toEqual([]);
  });

  it('lists a corrupt, a foreign and a newer-format recovery as unreadable instead of throwing, and can discard them', async () => {
    const dir = await dataDir();
    const store = await booted(dir);
    const corrupt = recoveryKeyOf('/drafts/corrupt.txt');
    const foreign = recoveryKeyOf('/drafts/foreign.txt');
    const newer = recoveryKeyOf('/drafts/newer.txt');
    await store.save(corrupt, { path: '/drafts/corrupt.txt', name: 'corrupt.txt', text: '好的内容', savedAt: '2026-05-01T08:00:00.000Z' });
    await writeFile(join(dir, 'recovery', `${corrupt}.recovery.json`), '{"jiaokanRecovery":1,"key":"', 'utf8');
    await writeFile(join(dir, 'recovery', `${foreign}.recovery.json`), JSON.stringify({ jiaokanRecovery: 1, key: corrupt, path: null, name: 'x', text: 'y', savedAt: 'z' }));
    await writeFile(join(dir, 'recovery', `${newer}.recovery.json`), JSON.stringify({ jiaokanRecovery: 9, anything: true }));
    await writeFile(join(dir, 'recovery', 'notes.txt'), 'not a recovery');
    const listed = await (await booted(dir)).list();
    expect(listed).toHaveLength(3);
    expect(listed.every((r) => !r.readable)).toBe(true);
    const problems = Object.fromEntries(listed.map((r) => [r.key, !r.readable && r.problem.key]));
    expect(problems).toEqual({ [corrupt]: 'recovery.unreadable', [foreign]: 'recovery.unreadable', [newer]: 'recovery.newerFormat' });
    for (const r of listed) await store.discard(r.key);
    expect(await store.list()).toEqual([]);
  });

  it('refuses to autosave past its size limit and lists an oversized file as unreadable without reading it', async () => {
    const dir = await dataDir();
    const store = await booted(dir, 1024 * 1024);
    const key = recoveryKeyOf(draftPath);
    const outcome = await store.save(key, { path: draftPath, name: 'big.txt', text: '长'.repeat(400_000), savedAt: '2026-05-01T08:00:00.000Z' });
    expect(outcome).toEqual({ ok: false, problem: { key: 'recovery.notSavedTooLarge', params: { limit: '1 MB' } } });
    expect(await store.list()).toEqual([]);
    await writeFile(join(dir, 'recovery', `${key}.recovery.json`), 'x'.repeat(1024 * 1024 + 1));
    const [listed] = await store.list();
    expect(listed).toMatchObject({ key, readable: false, problem: { key: 'recovery.tooLarge' } });
  });

  it('boot removes temp files an interrupted autosave left, and keeps the previous copy', async () => {
    const dir = await dataDir();
    const store = await booted(dir);
    const key = recoveryKeyOf(draftPath);
    await store.save(key, { path: draftPath, name: 'x.txt', text: '完整的上一版', savedAt: '2026-05-01T08:00:00.000Z' });
    await writeFile(join(dir, 'recovery', `.${key}.recovery.json.4242.0a1b2c3d.tmp`), '{"jiaokanRecovery":1,"ke');
    const next = await booted(dir);
    expect(await readdir(join(dir, 'recovery'))).toEqual([`${key}.recovery.json`]);
    expect(await next.list()).toMatchObject([{ readable: true, draft: { text: '完整的上一版' } }]);
  });

  it('refuses a key that is not one of its own (a path sent over IPC, say)', async () => {
    const store = await booted(await dataDir());
    await expect(store.discard('../../settings')).rejects.toThrow(RangeError);
    await expect(store.save('/etc/passwd', { path: null, name: 'x', text: 'y', savedAt: 'z' })).rejects.toThrow(RangeError);
  });

  it('lists nothing (rather than failing) when the folder is gone', async () => {
    const dir = await dataDir();
    const store = await booted(dir);
    await rm(join(dir, 'recovery'), { recursive: true });
    expect(await store.list()).toEqual([]);
  });
});
