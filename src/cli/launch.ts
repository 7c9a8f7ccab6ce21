import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { applyV8CompilerFlags } from '../node/applyV8CompilerFlags';
import { prestartCheckWorker } from '../node/checkWorkerStart';
import { CacheReach, runWithCodeCache, saveCodeCaches, useCodeCache } from '../node/codeCache';
import { CHECK_OPTIONS } from './commands/checkOptions';
import { namesLongDraft } from './namesLongDraft';
import { V8_COMPILER_FLAGS } from '../node/v8CompilerFlags';

/**
 * What bin/jiaokan.cjs runs: the CLI bundle from its code cache (node/codeCache.ts). The compiler
 * flags are set before the bundle is compiled: V8 uses a cache only under the flags it was made with.
 * A check of a long draft has its check process started first, so that the process's start
 * overlaps loading the CLI (docs/architecture.md, "Start-up and generated data").
 */
applyV8CompilerFlags(V8_COMPILER_FLAGS);
useCodeCache();
const reach = reachOf(process.argv.slice(2));
if (reach === CacheReach.longCheck) prestartCheckWorker();
process.once('exit', saveCodeCaches);
runWithCodeCache(join(__dirname, 'index.cjs'), reach);

/** How much of the bundle the command line will run: a check naming a file long enough for the check worker reaches furthest; anything malformed is the CLI's to report. */
function reachOf(argv: readonly string[]): CacheReach {
  if (argv[0] !== 'check') return CacheReach.otherCommand;
  const { positionals } = parseArgs({ args: argv.slice(1), options: CHECK_OPTIONS, allowPositionals: true, strict: false });
  return namesLongDraft(positionals) ? CacheReach.longCheck : CacheReach.check;
}
