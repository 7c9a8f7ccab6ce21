import { runChecks, type CheckOptions } from '../core/checkEngine';
import { ALL_CHECKS } from '../core/checks/registry';
import type { Family, Finding } from '../core/finding';
import { mergeFindings } from '../core/findingOrder';
import type { CheckProcess } from './checkProcess';
import type { CheckRequest, WorkerCheckOptions } from './checkWorkerMessages';
import { takeFamily, closeSharedFamilies, openSharedFamilies } from './sharedFamilies';
import { SPLIT_FROM_CHARS, startCheckWorker, takePrestartedCheckWorker, type SplitFrom } from './checkWorkerStart';

/**
 * The families a long draft's check keeps in this process: the typo family and repetition, which read
 * the typo lexicon, and the figures (arithmetic and number styles share each paragraph's quantities).
 * The check process runs those that read the draft's entities (consistency, gazetteer, sources),
 * about 40 % of a long draft's check; each process compiles and warms up only its own share.
 * Consistency reads the typo lexicon too, and stays with the other entity families: the check
 * process loads its own.
 */
export const HERE_FAMILIES: readonly Family[] = ['typo', 'repetition', 'arithmetic', 'number'];

/**
 * Families that read nothing the others do, run by whichever process is done with its own first
 * (node/sharedFamilies.ts), in this order: the longest on news text first (on the bench's 1 MB draft,
 * cold, punctuation 25 ms, dates 14, style 7.5). Which process is done first depends on the draft:
 * on the bench's 1 MB draft this one, since the typo family's search runs compiled, but on a page of
 * dates or of quotations the check process. A fixed split suited one and slowed the other
 * (docs/architecture.md).
 */
export const SHARED_FAMILIES: readonly Family[] = ['punctuation', 'date', 'style'];

/**
 * runChecks with most of a long draft's families run in a check process (node/checkProcess.ts) while
 * this one runs the rest: the findings are the same, in the same order, with the same ids. Should
 * the check process fail, its families run here after the others. One check process serves a
 * command's checks in turn and never keeps a finished command alive; after a failure it is replaced.
 */
export class ParallelChecks {
  private idle: CheckProcess | undefined;

  /** `startWorker` is how the check process is made (tests pass one that fails). */
  constructor(
    private readonly splitFrom: SplitFrom = SPLIT_FROM_CHARS,
    private readonly startWorker: () => CheckProcess = startCheckWorker,
  ) {}

  /**
   * Starts the check process before a long draft is read: it takes 30–40 ms to start, load its
   * script and the gazetteer, which it then does while this process loads its own data and reads
   * the draft. The one the CLI's launcher started, if any, is taken instead (node/checkWorkerStart.ts).
   */
  prepare(): void {
    if (this.idle !== undefined) return;
    this.idle = takePrestartedCheckWorker() ?? this.startWorker();
    this.idle.unref();
  }

  async run(text: string, options: CheckOptions): Promise<Finding[]> {
    const families = options.families ?? ALL_CHECKS.map((check) => check.id);
    const here = families.filter((family) => HERE_FAMILIES.includes(family));
    const shareable = families.filter((family) => SHARED_FAMILIES.includes(family));
    const away = families.filter((family) => !HERE_FAMILIES.includes(family) && !SHARED_FAMILIES.includes(family));
    const splitFrom = this.idle === undefined ? this.splitFrom.cold : this.splitFrom.prepared;
    if (text.length < splitFrom || away.length === 0 || here.length === 0) return runChecks(text, options);
    const shared = shareable.length > 0 ? openSharedFamilies(shareable) : undefined;
    try {
      const posted = this.post({ text, options: { ...workerOptions(options), families: away }, ...(shared && { shared }) });
      // Should the check process fail, its families run here, and it took none of the others.
      const awayResult = posted.result.catch((): AwayResult => ({ findings: runChecks(text, { ...options, families: away }), taken: [] }));
      // Where the draft goes over the channel (no handover file could be made), it is written only while this one's event loop runs: let it finish before the checks here take the thread.
      await posted.sent;
      const lists = [runChecks(text, { ...options, families: here })];
      const ranHere: Family[] = [];
      for (const family of shareable) {
        if (shared && !takeFamily(shared, family)) continue;
        ranHere.push(family);
        lists.push(runChecks(text, { ...options, families: [family] }));
      }
      const { findings, taken } = await awayResult;
      const left = shareable.filter((family) => !ranHere.includes(family) && !taken.includes(family));
      if (left.length > 0) lists.push(runChecks(text, { ...options, families: left }));
      return mergeFindings([...lists, findings]);
    } finally {
      if (shared) closeSharedFamilies(shared);
    }
  }

  /**
   * Sends a check to the idle check process, or to a new one when there is none (none started yet,
   * the last one failed, or another check holds it).
   */
  private post(request: CheckRequest): { sent: Promise<void>; result: Promise<AwayResult> } {
    const worker = this.idle ?? this.startWorker();
    this.idle = undefined;
    worker.ref();
    const { sent, reply } = worker.post(request);
    const result = reply.then(
      (answer) => {
        worker.unref();
        // Two checks at once had two processes: one is enough to keep.
        if (this.idle === undefined) this.idle = worker;
        else worker.stop();
        if (!answer.ok) throw new Error(answer.message);
        // Only families it was offered count as taken: any other name would leave one unrun.
        const offered = request.shared?.families ?? [];
        return { findings: answer.findings, taken: (answer.taken ?? []).filter((family) => offered.includes(family)) };
      },
      (error: unknown) => {
        worker.stop();
        throw error;
      },
    );
    return { sent, result };
  }
}

/** What the check process found, and which of the shareable families it took. */
interface AwayResult {
  findings: Finding[];
  taken: readonly Family[];
}

/** The options without what cannot cross to another process: the gazetteer and the typo lexicon, which the check process loads itself. */
function workerOptions(options: CheckOptions): WorkerCheckOptions {
  const plain: CheckOptions = { ...options };
  delete plain.gazetteer;
  delete plain.typoLexicon;
  return plain;
}
