import { statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { applyV8CompilerFlags } from '../node/applyV8CompilerFlags';
import { PARALLEL_FROM_BYTES, prestartCheckWorker } from '../node/checkWorkerStart';
import { runWithCodeCache, saveCodeCaches, useCodeCache } from '../node/codeCache';
import { CHECK_OPTIONS } from './commands/checkOptions';
import { STDIN_ARGUMENT } from './stdinArgument';
import { V8_COMPILER_FLAGS } from './v8CompilerFlags';

/**
 * What bin/jiaokan.cjs runs: the CLI bundle from its code cache (node/codeCache.ts). The compiler
 * flags are set before the bundle is compiled: V8 uses a cache only under the flags it was made with.
 * A check of a long draft has its worker started first, so that the worker's bootstrap (80–140 ms)
 * overlaps loading the CLI (docs/architecture.md, "Start-up and generated data").
 */
applyV8CompilerFlags(V8_COMPILER_FLAGS);
useCodeCache();
if (namesLongDraft(process.argv.slice(2))) prestartCheckWorker();
process.once('exit', saveCodeCaches);
runWithCodeCache(join(__dirname, 'index.cjs'));

/** Whether the command line is a check naming a file long enough for the check worker; anything unreadable or malformed is the CLI's to report. */
function namesLongDraft(argv: readonly string[]): boolean {
  if (argv[0] !== 'check') return false;
  try {
    const { positionals } = parseArgs({ args: argv.slice(1), options: CHECK_OPTIONS, allowPositionals: true, strict: false });
    return positionals.some((file) => file !== STDIN_ARGUMENT && (statSync(file, { throwIfNoEntry: false })?.size ?? 0) >= PARALLEL_FROM_BYTES);
  } catch {
    return false;
  }
}
