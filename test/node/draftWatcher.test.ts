import { createHash } from 'node:crypto';
import { appendFile, mkdtemp, rename, rm, unlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { watchDraft, type DraftDiskChange, type DraftWatch, type WatchDraftOptions } from '../../src/node/draftWatcher';
import { writeFileAtomic } from '../../src/node/writeFileAtomic';

const DEBOUNCE_MS = 60;
/** Long enough for an event that should not come to have come: fs events arrive within milliseconds here. */
const QUIET_MS = 500;
const ORIGINAL = '渡口镇的新桥今天通车，全长四百二十米。\n';

const dirs: string[] = [];
const watches: DraftWatch[] = [];
afterEach(() => watches.splice(0).forEach((w) => w.dispose()));
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function watched(options: WatchDraftOptions = {}): Promise<{ path: string; events: DraftDiskChange[]; watch: DraftWatch }> {
  const dir = await mkdtemp(join(tmpdir(), 'jiaokan-watch-'));
  dirs.push(dir);
  const path = join(dir, '渡口镇新桥.txt');
  await writeFile(path, ORIGINAL);
  const events: DraftDiskChange[] = [];
  const watch = watchDraft(path, (e) => events.push(e), { debounceMs: DEBOUNCE_MS, pollIntervalMs: 50, ...options });
  watches.push(watch);
  await watch.ready;
  return { path, events, watch };
}

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the watcher');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('watchDraft', () => {
  it('reports a write by another program once, with the new content hash', async () => {
    const { path, events, watch } = await watched();
    expect(watch.mode).toBe('watch');
    const edited = `${ORIGINAL}通车首日车流量约一千二百辆次。\n`;
    await writeFile(path, edited);
    await until(() => events.length > 0);
    await pause(QUIET_MS);
    expect(events).toEqual([{ kind: 'changed', version: expect.objectContaining({ sha256: sha256(edited), size: Buffer.byteLength(edited) }) }]);
  });

  it('catches an editor saving by writing a new file and renaming it over the draft', async () => {
    const { path, events } = await watched();
    const replaced = ORIGINAL.replace('四百二十米', '四百六十米');
    await writeFile(`${path}.swp`, replaced);
    await rename(`${path}.swp`, path);
    await until(() => events.length > 0);
    expect(events).toEqual([{ kind: 'changed', version: expect.objectContaining({ sha256: sha256(replaced) }) }]);
  });

  it('keeps reporting after a rename-over (the watch follows the name, not the old file)', async () => {
    const { path, events } = await watched();
    await writeFileAtomic(path, '第二版\n');
    await until(() => events.length === 1);
    await writeFile(path, '第三版\n');
    await until(() => events.length === 2);
    expect(events.map((e) => e.kind === 'changed' && e.version.sha256)).toEqual([sha256('第二版\n'), sha256('第三版\n')]);
  });

  it('stays quiet on a touch that changes only the modification time', async () => {
    const { path, events } = await watched();
    const later = new Date(Date.now() + 60_000);
    await utimes(path, later, later);
    await writeFile(path, ORIGINAL);
    await pause(QUIET_MS);
    expect(events).toEqual([]);
  });

  it("stays quiet on the app's own save announced with noteOwnWrite", async () => {
    const { path, events, watch } = await watched();
    const saved = `${ORIGINAL}（编辑已核对）\n`;
    watch.noteOwnWrite(saved);
    await writeFileAtomic(path, saved);
    await pause(QUIET_MS);
    expect(events).toEqual([]);
  });

  it('after a save that never reached the disk, a touch is still not a change', async () => {
    const { path, events, watch } = await watched();
    watch.noteOwnWrite('保存失败的版本');
    const later = new Date(Date.now() + 60_000);
    await utimes(path, later, later);
    await pause(QUIET_MS);
    expect(events).toEqual([]);
  });

  it("reports another program's write that follows the app's own save", async () => {
    const { path, events, watch } = await watched();
    watch.noteOwnWrite('编辑保存的版本');
    await writeFileAtomic(path, '编辑保存的版本');
    await pause(QUIET_MS);
    await writeFile(path, '别的程序改的版本');
    await until(() => events.length > 0);
    expect(events).toEqual([{ kind: 'changed', version: expect.objectContaining({ sha256: sha256('别的程序改的版本') }) }]);
  });

  it('reports a burst of writes as one change, measured after the burst', async () => {
    const { path, events } = await watched();
    await writeFile(path, '');
    await appendFile(path, '第一段。\n');
    await appendFile(path, '第二段。\n');
    await until(() => events.length > 0);
    await pause(QUIET_MS);
    expect(events).toEqual([{ kind: 'changed', version: expect.objectContaining({ sha256: sha256('第一段。\n第二段。\n') }) }]);
  });

  it('reports a deletion once', async () => {
    const { path, events } = await watched();
    await unlink(path);
    await until(() => events.length > 0);
    await pause(QUIET_MS);
    expect(events).toEqual([{ kind: 'deleted' }]);
  });

  it('reports at once when the file no longer matches the bytes the app loaded', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jiaokan-watch-'));
    dirs.push(dir);
    const path = join(dir, 'draft.txt');
    await writeFile(path, '磁盘上已经改过的版本');
    const events: DraftDiskChange[] = [];
    const watch = watchDraft(path, (e) => events.push(e), { loaded: Buffer.from(ORIGINAL), debounceMs: DEBOUNCE_MS });
    watches.push(watch);
    await watch.ready;
    expect(events).toEqual([{ kind: 'changed', version: expect.objectContaining({ sha256: sha256('磁盘上已经改过的版本') }) }]);
  });

  it('falls back to polling and still sees changes and ignores touches', async () => {
    const { path, events, watch } = await watched({ forcePoll: true });
    expect(watch.mode).toBe('poll');
    const later = new Date(Date.now() + 60_000);
    await utimes(path, later, later);
    await pause(QUIET_MS);
    expect(events).toEqual([]);
    await writeFile(path, '轮询看到的新版本');
    await until(() => events.length > 0);
    expect(events).toEqual([{ kind: 'changed', version: expect.objectContaining({ sha256: sha256('轮询看到的新版本') }) }]);
  });

  it('reports nothing after it is disposed', async () => {
    const { path, events, watch } = await watched();
    watch.dispose();
    await writeFile(path, '关掉之后的修改');
    await pause(QUIET_MS);
    expect(events).toEqual([]);
  });
});
