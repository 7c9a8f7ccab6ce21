import { runChecks, type CheckOptions } from '../core/checkEngine';
import { ALL_CHECKS } from '../core/checks/registry';
import type { Family, Finding } from '../core/finding';
import { mergeFindings } from '../core/findingOrder';
import type { CheckProcess } from './checkProcess';
import type { CheckRequest, WorkerCheckOptions } from './checkWorkerMessages';
import { SPLIT_FROM_CHARS, startCheckWorker, takePrestartedCheckWorker, type SplitFrom } from './checkWorkerStart';

/**
 * The families a long draft's check keeps in this process: the typo family and repetition, which read
 * the typo lexicon, the figures (arithmetic and number styles share each paragraph's quantities), and
 * dates, punctuation and style, which read nothing the others do and go where they even out the two.
 * Every other family runs in the check process: those that read the draft's entities (consistency,
 * gazetteer, sources) are about 40 % of a long draft's check. Since the typo family's window search
 * runs compiled (node/loadWindowSearch.ts), this process's share is the shorter one, and the three
 * small families came here from the check process (1 MB 425 → 405 ms for dates and punctuation,
 * medians of 12 interleaved runs; docs/architecture.md). Each process compiles and warms up only its
 * own share of the checks. Consistency reads the typo lexicon too, and stays with the other entity
 * families: the check process loads its own.
 */
export const HERE_FAMILIES: readonly Family[] = ['typo', 'repetition', 'arithmetic', 'number', 'date', 'punctuation', 'style'];

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
    const away = families.filter((family) => !HERE_FAMILIES.includes(family));
    const splitFrom = this.idle === undefined ? this.splitFrom.cold : this.splitFrom.prepared;
    if (text.length < splitFrom || away.length === 0 || here.length === 0) return runChecks(text, options);
    const request: CheckRequest = { text, options: { ...workerOptions(options), families: away } };
    const posted = this.post(request);
    const awayFindings = posted.findings.catch(() => runChecks(text, { ...options, families: away }));
    // Where the draft goes over the channel (no handover file could be made), it is written only while this one's event loop runs: let it finish before the checks here take the thread.
    await posted.sent;
    const hereFindings = runChecks(text, { ...options, families: here });
    return mergeFindings([hereFindings, await awayFindings]);
  }

  /**
   * Sends a check to the idle check process, or to a new one when there is none (none started yet,
   * the last one failed, or another check holds it).
   */
  private post(request: CheckRequest): { sent: Promise<void>; findings: Promise<Finding[]> } {
    const worker = this.idle ?? this.startWorker();
    this.idle = undefined;
    worker.ref();
    const { sent, reply } = worker.post(request);
    const findings = reply.then(
      (answer) => {
        worker.unref();
        // Two checks at once had two processes: one is enough to keep.
        if (this.idle === undefined) this.idle = worker;
        else worker.stop();
        if (answer.ok) return answer.findings;
        throw new Error(answer.message);
      },
      (error: unknown) => {
        worker.stop();
        throw error;
      },
    );
    return { sent, findings };
  }
}

/** The options without what cannot cross to another process: the gazetteer and the typo lexicon, which the check process loads itself. */
function workerOptions(options: CheckOptions): WorkerCheckOptions {
  const plain: CheckOptions = { ...options };
  delete plain.gazetteer;
  delete plain.typoLexicon;
  return plain;
}

