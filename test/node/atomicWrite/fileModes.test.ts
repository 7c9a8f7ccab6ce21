import { chmod, mkdir, mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/core/claims/extractClaims';
import { createReview } from '../../../src/core/review/createReview';
import { RecentFiles } from '../../../src/node/appState/recentFiles';
import { SettingsStore } from '../../../src/node/appState/settingsStore';
import { RecoveryStore } from '../../../src/node/recovery/recoveryStore';
import { loadSidecar, saveReview } from '../../../src/node/review/sidecarFile';
import { sidecarPathFor } from '../../../src/node/review/sidecarPath';
import { writeFileAtomic } from '../../../src/node/writeFileAtomic';
import { NOW, SHORT_DRAFT } from '../../fixtures/review/reviewFixtures';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));
const modeOf = async (path: string) => (await stat(path)).mode & 0o777;

async function folder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'jiaokan-modes-'));
  dirs.push(dir);
  return dir;
}

// POSIX permission bits; Windows has none to assert.
describe.skipIf(process.platform === 'win32')('modes of the files the app writes', () => {
  it('a new file is 0600; a file written over keeps the stricter of its mode and 0600', async () => {
    const dir = await folder();
    const path = join(dir, '稿件.txt');
    await writeFileAtomic(path, '一');
    expect(await modeOf(path)).toBe(0o600);
    await chmod(path, 0o644);
    await writeFileAtomic(path, '二');
    expect(await modeOf(path)).toBe(0o600);
    await chmod(path, 0o400);
    await writeFileAtomic(path, '三');
    expect(await modeOf(path)).toBe(0o400);
    expect(await readFile(path, 'utf8')).toBe('三');
  });

  it('recovery copies, settings and recent files are 0600 and the recovery folder 0700, even one made 0755 before', async () => {
    const dataDir = await folder();
    await mkdir(join(dataDir, 'recovery'), { mode: 0o755 });
    await chmod(join(dataDir, 'recovery'), 0o755);
    const recovery = new RecoveryStore(dataDir);
    await recovery.boot();
    expect(await modeOf(join(dataDir, 'recovery'))).toBe(0o700);
    await recovery.save('untitled', { path: null, name: '未命名', text: '未发表的稿子', savedAt: NOW });
    expect(await modeOf(recovery.fileOf('untitled'))).toBe(0o600);
    const settings = new SettingsStore(dataDir, 'zh');
    await settings.update({ reviewer: '核查员' });
    expect(await modeOf(join(dataDir, 'settings.json'))).toBe(0o600);
    const recent = new RecentFiles(dataDir);
    await recent.add('/稿件/一.txt');
    expect(await modeOf(join(dataDir, 'recent-files.json'))).toBe(0o600);
  });

  it('a draft with a 238-byte name gets its review saved (the temp file has a short name)', async () => {
    const dir = await folder();
    const draft = join(dir, `${'稿'.repeat(78)}.txt`);
    expect(Buffer.byteLength(`${'稿'.repeat(78)}.txt`)).toBe(238);
    const sidecar = sidecarPathFor(draft);
    const saved = await saveReview(sidecar, createReview(SHORT_DRAFT, [], extractClaims(SHORT_DRAFT), NOW), { fingerprint: null, review: undefined });
    expect(saved.ok).toBe(true);
    expect((await loadSidecar(sidecar)).status).toBe('ok');
    expect(await readdir(dir)).toEqual([`${'稿'.repeat(78)}.txt.jiaokan.json`]);
  });
});
