import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSidecar } from '../../../src/core/review/sidecarFormat';
import { writeFileAtomic } from '../../../src/node/writeFileAtomic';
import { bigSidecar } from '../../fixtures/review/bigSidecar';

const WRITER = fileURLToPath(new URL('../../fixtures/review/sidecarWriterProcess.ts', import.meta.url));
const ROUNDS = 8;
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/**
 * Starts the writer and SIGKILLs it a random 0–15 ms after it starts its `saves`-th save (a
 * 2.4 MB write plus fsync), so the kill lands inside writeFileAtomic. Returns the last version
 * it reported saved.
 */
function killMidSave(path: string, firstVersion: number, saves: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, path, String(firstVersion)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let started = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = chunk.toString();
      out += lines;
      started += lines.split('\n').filter((l) => l.startsWith('saving')).length;
      if (started >= saves && !child.killed) setTimeout(() => child.kill('SIGKILL'), Math.random() * 15);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer exited by itself: ${err}`));
      const saved = [...out.matchAll(/^saved (\d+)$/gm)].map((m) => Number(m[1]));
      resolve(saved.at(-1) ?? firstVersion - 1);
    });
  });
}

describe('a save killed midway', () => {
  it('leaves the previous complete sidecar readable, every time', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jiaokan-kill-'));
    dirs.push(dir);
    const path = join(dir, 'draft.txt.jiaokan.json');
    await writeFileAtomic(path, bigSidecar(0));
    let version = 0;
    let killedBeforeRename = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const acknowledged = await killMidSave(path, version + 1, 1 + (round % 3));
      const text = await readFile(path, 'utf8');
      const parsed = parseSidecar(text);
      expect(parsed.ok).toBe(true);
      const onDisk = Number(parsed.ok && parsed.review.revisions[0]!.label.slice(1));
      // A complete version: the last one reported saved, or the next if the kill fell after its rename.
      expect(text).toBe(bigSidecar(onDisk));
      expect(onDisk === acknowledged || onDisk === acknowledged + 1).toBe(true);
      const temps = (await readdir(dir)).filter((n) => n.endsWith('.tmp'));
      if (temps.length > 0) killedBeforeRename++;
      await Promise.all(temps.map((n) => unlink(join(dir, n))));
      version = onDisk;
    }
    expect(await readdir(dir)).toEqual(['draft.txt.jiaokan.json']);
    // Proof the kills landed inside saves: most rounds left a half-written temp file behind.
    expect(killedBeforeRename).toBeGreaterThan(0);
    console.info(`kill-mid-save: ${killedBeforeRename}/${ROUNDS} kills interrupted a save before its rename`);
  }, 120_000);
});
