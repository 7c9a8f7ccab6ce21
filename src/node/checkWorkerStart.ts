import { CheckProcess } from './checkProcess';
import { runningFromCodeCache } from './codeCache';
import { workerScript } from './workerScript';

/**
 * Shorter drafts are checked in one process: below about 6,000 characters the check process's start
 * and its data cost as much as the share of the check it takes, and up to here it gains a few
 * milliseconds for a second process's CPU (docs/architecture.md, "Start-up and generated data").
 */
export const PARALLEL_FROM_CHARS = 20_000;

/**
 * A draft file this large may hold PARALLEL_FROM_CHARS characters (two bytes each in GBK or UTF-16,
 * three in UTF-8): worth starting the check process before the file is read.
 */
export const PARALLEL_FROM_BYTES = 2 * PARALLEL_FROM_CHARS;

/** A new check process, its script loading; from its code cache when this process runs from its own (cli/launch.ts). */
export function startCheckWorker(): CheckProcess {
  return new CheckProcess(workerScript('checkWorker', { codeCache: runningFromCodeCache() }));
}

/**
 * The CLI's launcher starts the check process before the CLI's bundle is loaded when a long draft
 * is named (cli/launch.ts), and ParallelChecks.prepare takes it: its start then overlaps the
 * loading. Held on the global object, as the launcher and the bundle each hold a copy of this module.
 */
const PRESTARTED = Symbol.for('jiaokan.prestartedCheckWorker');
type Holder = { [PRESTARTED]?: CheckProcess };

export function prestartCheckWorker(): void {
  const holder = globalThis as Holder;
  if (holder[PRESTARTED]) return;
  const worker = startCheckWorker();
  // Never the reason the process stays: a command that fails before its check ends as it would have.
  worker.unref();
  holder[PRESTARTED] = worker;
}

/** The process the launcher started, once; undefined when it started none. */
export function takePrestartedCheckWorker(): CheckProcess | undefined {
  const holder = globalThis as Holder;
  const worker = holder[PRESTARTED];
  delete holder[PRESTARTED];
  return worker;
}
