import type { CheckOptions } from '../core/checkEngine';
import type { Family, Finding } from '../core/finding';
import type { SharedFamilies } from './sharedFamilies';

/** The options a check sends the check worker: all plain data. The gazetteer and the typo lexicon the worker loads itself. */
export type WorkerCheckOptions = Omit<CheckOptions, 'gazetteer' | 'typoLexicon'>;

/** What ParallelChecks sends the check worker: `shared`, families it may take once those of `options` are done. */
export interface CheckRequest {
  text: string;
  options: WorkerCheckOptions;
  shared?: SharedFamilies;
}

/**
 * A request as it crosses to the check process: its draft inline, or the length in bytes of what
 * was written to the process's draft file (node/draftHandover.ts).
 */
export type CheckMessage = { options: WorkerCheckOptions; shared?: SharedFamilies } & ({ text: string } | { draftBytes: number });

/** The worker's answer: the findings of the families asked for and of those it took (`taken`), or the error that stopped them. */
export type CheckReply = { ok: true; findings: Finding[]; taken?: Family[] } | { ok: false; message: string };
