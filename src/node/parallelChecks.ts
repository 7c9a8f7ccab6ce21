import type { Worker } from 'node:worker_threads';
import { runChecks, type CheckOptions } from '../core/checkEngine';
import { ALL_CHECKS } from '../core/checks/registry';
import type { Family, Finding } from '../core/finding';
import { mergeFindings } from '../core/findingOrder';
import type { CheckReply, CheckRequest, WorkerCheckOptions } from './checkWorkerMessages';
import { PARALLEL_FROM_CHARS, startCheckWorker, takePrestartedCheckWorker } from './checkWorkerStart';

/**
 * The families a long draft's check keeps on this thread: the typo family and repetition, which read
 * the typo lexicon, and the figures (arithmetic and number styles share each paragraph's quantities).
 * Every other family runs in the worker: those that read the draft's entities (consistency,
 * gazetteer, sources) are about 40 % of a long draft's check, and the small ones with them even out
 * the two threads. Each thread compiles and warms up only its own share of the checks. Consistency
 * reads the typo lexicon too, and stays with the other entity families: the worker loads its own.
 */
const HERE_FAMILIES: readonly Family[] = ['typo', 'repetition', 'arithmetic', 'number'];

/**
 * runChecks with most of a long draft's families run in a worker thread while this thread runs the
 * rest: the findings are the same, in the same order, with the same ids. Should the worker fail,
 * its families run here after the others. One worker serves a process's checks in turn and never
 * keeps a finished process alive; after a failure it is replaced.
 */
export class ParallelChecks {
  private idle: Worker | undefined;
  private queue: Promise<unknown> = Promise.resolve();

  /** `startWorker` is how the second thread is made (tests pass one that fails). */
  constructor(
    private readonly fromChars = PARALLEL_FROM_CHARS,
    private readonly startWorker: () => Worker = startCheckWorker,
  ) {}

  /**
   * Starts the worker before a long draft is read: it takes 35–50 ms to load its script and the
   * gazetteer, which it then does while this thread loads its own data and reads the draft. The one
   * the CLI's launcher started, if any, is taken instead (node/checkWorkerStart.ts).
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
    if (text.length < this.fromChars || away.length === 0 || here.length === 0) return runChecks(text, options);
    const request: CheckRequest = { text, options: { ...workerOptions(options), families: away } };
    const awayFindings = this.inWorker(request).catch(() => runChecks(text, { ...options, families: away }));
    // The worker cannot start its script while this thread runs without a pause: give it one turn of the event loop first.
    await new Promise((resolve) => setImmediate(resolve));
    const hereFindings = runChecks(text, { ...options, families: here });
    return mergeFindings([hereFindings, await awayFindings]);
  }

  private inWorker(request: CheckRequest): Promise<Finding[]> {
    const run = this.queue.then(() => this.once(request));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private once(request: CheckRequest): Promise<Finding[]> {
    const worker = this.idle ?? this.startWorker();
    this.idle = undefined;
    worker.ref();
    return new Promise<Finding[]>((resolve, reject) => {
      const onMessage = (reply: CheckReply) => done(reply);
      const onFailure = () => done(undefined);
      const done = (reply: CheckReply | undefined): void => {
        worker.off('message', onMessage).off('error', onFailure).off('exit', onFailure);
        if (reply === undefined) {
          void worker.terminate();
          reject(new Error('the check worker stopped'));
          return;
        }
        worker.unref();
        this.idle = worker;
        if (reply.ok) resolve(reply.findings);
        else reject(new Error(reply.message));
      };
      worker.on('message', onMessage);
      // An error thrown in the worker, or anything else that ends the thread.
      worker.on('error', onFailure);
      worker.on('exit', onFailure);
      worker.postMessage(request);
    });
  }
}

/** The options without what cannot cross to a thread: the gazetteer and the typo lexicon, which the worker loads itself. */
function workerOptions(options: CheckOptions): WorkerCheckOptions {
  const plain: CheckOptions = { ...options };
  delete plain.gazetteer;
  delete plain.typoLexicon;
  return plain;
}

