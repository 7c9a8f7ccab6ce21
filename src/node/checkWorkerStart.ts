import { CheckProcess } from './checkProcess';
import { runningFromCodeCache } from './codeCache';
import { workerScript } from './workerScript';

/** Drafts this short are checked in one process; how much longer they must be depends on when the check process was started. */
export interface SplitFrom {
  /** With a check process started before the draft was read (ParallelChecks.prepare): it is ready as soon as the draft is. */
  prepared: number;
  /** With none: the draft waits for the process to start before this one's checks begin. */
  cold: number;
}

/**
 * Measured on 2 cores (docs/architecture.md, "Start-up and generated data"): with the process
 * started ahead, splitting is even with one process at about 6,000 characters and gains from 8,000;
 * started only when the draft is in (a draft read from stdin), it is even up to 120,000.
 */
export const SPLIT_FROM_CHARS: SplitFrom = { prepared: 8_000, cold: 200_000 };

/**
 * A draft file this large is worth starting the check process for before it is read: it holds at
 * least 13,000 characters in UTF-8 Chinese, 20,000 in GBK or UTF-16. A shorter file is checked in
 * one process unless it is long enough to split cold.
 */
export const PREPARE_FROM_BYTES = 40_000;

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
