import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';
import { crc32 } from 'node:zlib';

/**
 * Runs a bundled CommonJS file (the CLI, its check worker) from V8's code cache stored beside it,
 * `<file>.v8cache`: Node 20 has no compile cache of its own (module.enableCompileCache is Node 22),
 * and a cold CLI otherwise spends a large part of a short check parsing and compiling its bundle and
 * every function it calls. The cache is made after a run (`saveCodeCaches`), so it holds the
 * functions that run compiled, not just the top level. The build makes it once
 * (scripts/build-cli.mjs); a run whose cache is missing, stale or rejected by this Node writes it
 * again where it can (docs/architecture.md, "Start-up and generated data").
 *
 * A cache holds only what the run that made it compiled, so each records how far into the bundle
 * that run reached (`CacheReach`), and a run that reaches further writes it again: otherwise the first
 * run after a Node upgrade, `jiaokan --version` as likely as any, would leave a cache every later
 * check compiles most of its functions without.
 *
 * V8 checks its own version and flags, but knows the source only by its length and does not check
 * its data for damage: the file starts with the CRC-32 of the source it was made from and of the
 * V8 data after it, and a cache made from other source, or damaged since, is not used. CRC-32, not a
 * cryptographic hash: it guards against damage and a rebuilt bundle, not against someone forging a
 * cache where they could as well change the bundle, and Node's crypto module takes 3–5 ms to load at
 * every start against 2 for zlib (SHA-1 of the two files took 1.3 ms more than their CRC-32).
 */
const MAGIC = 'JKC2';
const REACH_BYTES = 1;
const HASH_BYTES = 4;
const HASHES_AT = MAGIC.length + REACH_BYTES;
const HEADER_BYTES = HASHES_AT + 2 * HASH_BYTES;
const UNSAVED = Symbol.for('jiaokan.unsavedCodeCaches');

/**
 * How much of the CLI bundle a run compiles, in order: a command other than check, a check done in
 * this process alone, a check of a long draft (which runs the parallel checks' code as well).
 */
export const CacheReach = { otherCommand: 0, check: 1, longCheck: 2 } as const;
export type CacheReach = (typeof CacheReach)[keyof typeof CacheReach];

interface Unsaved {
  script: Script;
  cacheFile: string;
  sourceHash: Buffer;
  reach: CacheReach;
}

/**
 * Scripts of this thread that ran without a usable cache: theirs is written by saveCodeCaches. Kept
 * on the global object, as the launcher and the bundle it runs each hold a copy of this module;
 * made by the first runWithCodeCache, so its presence says that this thread runs from the cache.
 */
type Holder = { [UNSAVED]?: Unsaved[] };

/** Whether this thread's code is run by runWithCodeCache (the CLI's launcher), so its workers should be too. */
export function runningFromCodeCache(): boolean {
  return (globalThis as Holder)[UNSAVED] !== undefined;
}

/** Marks this thread as run from the code cache before anything is: a worker started first is then run from its own. */
export function useCodeCache(): void {
  (globalThis as Holder)[UNSAVED] ??= [];
}

/**
 * Runs `file` as a CommonJS module of its own (its `require` resolves beside it), from its code
 * cache when one fits; says whether one did. `reach` is how far this run goes into the file: its
 * cache is written at saveCodeCaches when none was used or the one used was made by a run of less.
 */
export function runWithCodeCache(file: string, reach: CacheReach = CacheReach.otherCommand): boolean {
  const bytes = readFileSync(file);
  const sourceHash = checksum(bytes);
  const source = bytes.toString('utf8');
  const cacheFile = `${file}.v8cache`;
  const stored = storedCache(cacheFile, sourceHash);
  const script = new Script(Module.wrap(source), { filename: file, cachedData: stored?.data });
  const used = stored !== undefined && !script.cachedDataRejected;
  useCodeCache();
  if (!used || stored.reach < reach) (globalThis as Holder)[UNSAVED]!.push({ script, cacheFile, sourceHash, reach });
  const module = new Module(file);
  module.filename = file;
  const require = Module.createRequire(file);
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, require, module, file, dirname(file));
  module.loaded = true;
  return used;
}

/**
 * Writes the cache of every script run without one, holding what has been compiled so far. Best
 * effort: a read-only install is checked without a cache, never failed. Written to a temporary file
 * and renamed, so a process reading it at the same time sees the old cache or the new, whole.
 */
export function saveCodeCaches(): void {
  for (const { script, cacheFile, sourceHash, reach } of (globalThis as Holder)[UNSAVED]?.splice(0) ?? []) {
    const temporary = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      const data = script.createCachedData();
      writeFileSync(temporary, Buffer.concat([Buffer.from(MAGIC, 'ascii'), Buffer.of(reach), sourceHash, checksum(data), data]));
      renameSync(temporary, cacheFile);
    } catch {
      // No cache this time: the next run compiles as this one did.
      rmSync(temporary, { force: true });
    }
  }
}

/** The stored cache's V8 data and the reach of the run that made it; undefined unless it is whole and of this source. */
function storedCache(cacheFile: string, sourceHash: Buffer): { data: Buffer; reach: number } | undefined {
  let stored: Buffer;
  try {
    stored = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  if (stored.length <= HEADER_BYTES || stored.toString('ascii', 0, MAGIC.length) !== MAGIC) return undefined;
  if (!stored.subarray(HASHES_AT, HASHES_AT + HASH_BYTES).equals(sourceHash)) return undefined;
  const data = stored.subarray(HEADER_BYTES);
  if (!stored.subarray(HASHES_AT + HASH_BYTES, HEADER_BYTES).equals(checksum(data))) return undefined;
  return { data, reach: stored[MAGIC.length]! };
}

/** The CRC-32 of `bytes`, as four bytes (big-endian). */
function checksum(bytes: Uint8Array): Buffer {
  const sum = Buffer.alloc(HASH_BYTES);
  sum.writeUInt32BE(crc32(bytes));
  return sum;
}
