import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const CODE_CACHE = join(__dirname, '..', '..', 'src', 'node', 'codeCache.ts');
const HEADER_BYTES = 13;

/** A module that says what it ran and where from. */
function moduleSource(value: string): string {
  return `const { join } = require('node:path');\nprocess.stdout.write(JSON.stringify({ value: ${JSON.stringify(value)}, dir: __dirname, joined: join('a', 'b') }) + '\\n');\n`;
}

/** A module that compiles its inner function only when the environment asks for it, as a check compiles what --version never does. */
function moduleWithBranch(): string {
  const body = Array.from({ length: 200 }, (_, i) => `  total += String(${i}).length * ${i};`).join('\n');
  return `function rarelyRun() {\n  let total = 0;\n${body}\n  return total;\n}\nprocess.stdout.write(JSON.stringify({ value: process.env.JIAOKAN_RUN_BRANCH ? String(rarelyRun()) : 'short' }) + '\\n');\n`;
}

/**
 * Runs `file` through runWithCodeCache in a process of its own, as the CLI does (one in the same
 * process would find V8's in-memory cache of the same source), then saves its cache: what it printed
 * and whether a stored cache was used. `reach` is the run's CacheReach (0 when left out, as in the
 * function) and `env` its environment's additions.
 */
function runInProcess(file: string, reach?: number, env: Record<string, string> = {}): { ran: { value: string; dir?: string; joined?: string }; used: boolean } {
  const reachArgument = reach === undefined ? '' : `, ${reach}`;
  const script = `require('tsx/cjs'); const c = require(${JSON.stringify(CODE_CACHE)}); const used = c.runWithCodeCache(${JSON.stringify(file)}${reachArgument}); c.saveCodeCaches(); process.stdout.write(JSON.stringify(used) + '\\n');`;
  const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', env: { ...process.env, ...env } });
  expect(child.stderr).toBe('');
  const [ran, used] = child.stdout.trim().split('\n');
  return { ran: JSON.parse(ran!), used: JSON.parse(used!) };
}

describe('runWithCodeCache', () => {
  let dir: string;
  let file: string;
  let cacheFile: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'jiaokan-code-cache-'));
    file = join(dir, 'bundle.cjs');
    cacheFile = `${file}.v8cache`;
    writeFileSync(file, moduleSource('first'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('runs a file as a CommonJS module, saves its cache, and runs from it the next time', () => {
    expect(runInProcess(file)).toEqual({ ran: { value: 'first', dir, joined: join('a', 'b') }, used: false });
    expect(readdirSync(dir).sort()).toEqual(['bundle.cjs', 'bundle.cjs.v8cache']);
    expect(runInProcess(file)).toEqual({ ran: { value: 'first', dir, joined: join('a', 'b') }, used: true });
  });

  it('does not use a cache made from other source of the same length, and replaces it', () => {
    runInProcess(file);
    writeFileSync(file, moduleSource('other'));
    expect(runInProcess(file)).toMatchObject({ ran: { value: 'other' }, used: false });
    expect(runInProcess(file)).toMatchObject({ ran: { value: 'other' }, used: true });
  });

  it('runs without a cache that is damaged or not one, and replaces it', () => {
    runInProcess(file);
    const whole = readFileSync(cacheFile);
    const flipped = Buffer.from(whole);
    flipped[whole.length - 5]! ^= 0xff;
    for (const damaged of [Buffer.from('not a cache'), Buffer.alloc(0), whole.subarray(0, whole.length - 1), flipped]) {
      writeFileSync(cacheFile, damaged);
      expect(runInProcess(file)).toMatchObject({ ran: { value: 'first' }, used: false });
      expect(readFileSync(cacheFile).length).toBeGreaterThan(HEADER_BYTES);
      expect(runInProcess(file).used).toBe(true);
    }
  });

  it('is written again by a run that reaches further than the one that made it, and kept by one that does not', () => {
    writeFileSync(file, moduleWithBranch());
    const branch = { JIAOKAN_RUN_BRANCH: '1' };
    expect(runInProcess(file, 0)).toEqual({ ran: { value: 'short' }, used: false });
    const short = readFileSync(cacheFile);
    // Reaching no further, a run that compiles more leaves the cache as it is.
    expect(runInProcess(file, 0, branch)).toMatchObject({ used: true });
    expect(readFileSync(cacheFile).equals(short)).toBe(true);
    // A run of more reach uses the cache, then stores what it compiled besides: the branch's function.
    expect(runInProcess(file, 2, branch)).toMatchObject({ ran: { value: expect.not.stringMatching('short') }, used: true });
    const long = readFileSync(cacheFile);
    expect(long.length).toBeGreaterThan(short.length);
    for (const reach of [2, 1, 0]) {
      expect(runInProcess(file, reach).used).toBe(true);
      expect(readFileSync(cacheFile).equals(long)).toBe(true);
    }
  });

  it('says whether the thread runs from the cache, so its workers are started the same way', () => {
    const script = `require('tsx/cjs'); const c = require(${JSON.stringify(CODE_CACHE)}); const before = c.runningFromCodeCache(); c.saveCodeCaches(); c.runWithCodeCache(${JSON.stringify(file)}); process.stdout.write(JSON.stringify([before, c.runningFromCodeCache()]) + '\\n');`;
    const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(child.stdout.trim().split('\n').at(-1)).toBe('[false,true]');
    // Nothing saved before anything ran from the cache.
    expect(readdirSync(dir)).toEqual(['bundle.cjs']);
  });

  it('runs, and fails nothing, where it cannot write its cache', () => {
    // Where the cache would go stands a directory (as good as a read-only install, which root could still write).
    mkdirSync(cacheFile);
    expect(runInProcess(file)).toMatchObject({ ran: { value: 'first' }, used: false });
    expect(readdirSync(dir).sort()).toEqual(['bundle.cjs', 'bundle.cjs.v8cache']);
    expect(readdirSync(cacheFile)).toEqual([]);
  });
});
