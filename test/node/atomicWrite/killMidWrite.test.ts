import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../src/node/writeFileAtomic';
import { payload, PAYLOAD_NAMES, type PayloadName } from './alternatingPayloads';

const WRITER = fileURLToPath(new URL('./alternatingWriterProcess.ts', import.meta.url));
const KILLS = 24;
/** The kill falls this long (at most) after the writer starts its first write: several writes' worth. */
const MAX_KILL_DELAY_MS = 120;
const TARGET = 'draft.bin';
const TEMP_OF_TARGET = new RegExp(`^\\.${TARGET.replace('.', '\\.')}\\.\\d+\\.[0-9a-f]{8}\\.tmp$`);

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** The writer bundled to plain JavaScript: starting it through tsx would cost over a second per kill. */
let writerBundle = '';
beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'jiaokan-writer-'));
  dirs.push(dir);
  writerBundle = join(dir, 'writer.mjs');
  await build({ entryPoints: [WRITER], bundle: true, platform: 'node', format: 'esm', outfile: writerBundle, logLevel: 'silent' });
});

/** Starts the writer and SIGKILLs it at a random moment after its first write begins. */
function killAtRandom(path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writerBundle, path], { stdio: ['ignore', 'pipe', 'pipe'] });
    let started = false;
    let err = '';
    child.stdout.on('data', () => {
      if (!started) setTimeout(() => child.kill('SIGKILL'), Math.random() * MAX_KILL_DELAY_MS);
      started = true;
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer exited by itself: ${err}`));
      resolve();
    });
  });
}

describe('writeFileAtomic killed mid-write', () => {
  it('always leaves the target exactly A or exactly B, with only temp files as leftovers', async () => {
    const payloads = Object.fromEntries(PAYLOAD_NAMES.map((n) => [n, payload(n)])) as Record<PayloadName, Buffer>;
    const dir = await mkdtemp(join(tmpdir(), 'jiaokan-atomic-'));
    dirs.push(dir);
    const path = join(dir, TARGET);
    await writeFileAtomic(path, payloads.B);
    let tempLeft = 0;
    const seen = new Set<PayloadName>();
    for (let kill = 0; kill < KILLS; kill++) {
      await killAtRandom(path);
      const onDisk = await readFile(path);
      const which = PAYLOAD_NAMES.find((n) => onDisk.equals(payloads[n]));
      expect(which, `kill ${kill}: target is neither A nor B (${onDisk.byteLength} bytes)`).toBeDefined();
      seen.add(which!);
      const leftovers = (await readdir(dir)).filter((n) => n !== TARGET);
      expect(leftovers.filter((n) => !TEMP_OF_TARGET.test(n))).toEqual([]);
      // A temp file left behind means the kill fell between its creation and the rename.
      if (leftovers.length > 0) tempLeft++;
      // The next write after a crash works, temp files or not.
      const next = payloads[kill % 2 === 0 ? 'A' : 'B'];
      await writeFileAtomic(path, next);
      expect((await readFile(path)).equals(next)).toBe(true);
      await Promise.all(leftovers.map((n) => unlink(join(dir, n))));
    }
    expect(await readdir(dir)).toEqual([TARGET]);
    // Proof the kills hit writes in progress, and that both payloads were seen completed.
    expect(tempLeft).toBeGreaterThan(0);
    expect(seen.size).toBe(2);
    console.info(`kill-mid-write: ${KILLS} kills, ${tempLeft} landed mid-write (left a temp file behind)`);
  }, 180_000);
});
