import type { CheckOptions } from '../core/checkEngine';
import type { Finding } from '../core/finding';

/** The options a check sends the check worker: all plain data. The gazetteer and the typo lexicon the worker loads itself. */
export type WorkerCheckOptions = Omit<CheckOptions, 'gazetteer' | 'typoLexicon'>;

/** What ParallelChecks sends the check worker. */
export interface CheckRequest {
  text: string;
  options: WorkerCheckOptions;
}

/**
 * A request as it crosses to the check process: its draft inline, or the length in bytes of what
 * was written to the process's draft file (node/draftHandover.ts).
 */
export type CheckMessage = { options: WorkerCheckOptions } & ({ text: string } | { draftBytes: number });

/** The worker's answer: the findings of the families asked for, or the error that stopped them. */
export type CheckReply = { ok: true; findings: Finding[] } | { ok: false; message: string };
