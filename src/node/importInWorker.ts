import type { Worker } from 'node:worker_threads';
import type { DraftFile } from '../core/draftFile';
import { DraftReadError } from './draftReadError';
import { workerScript } from './workerScript';
import { lazyPackage } from './lazyPackage';
import type { ImportReply, ImportRequest } from './importWorkerMessages';

/** How much one import may take before it is stopped. */
export interface ImportLimits {
  /** The worker's heap (old generation), in MB. */
  heapMb: number;
  timeoutMs: number;
}

/**
 * A .docx at the XML limit (draftLimits) takes about 20 times its XML in memory inside mammoth;
 * 1 GB leaves room for that and stops a crafted file long before it exhausts the machine (one
 * ran to 4.5 GB and killed the process). A real article imports in well under a second; the
 * minute is for a slow machine and a long .docx.
 */
export const IMPORT_LIMITS: ImportLimits = { heapMb: 1024, timeoutMs: 60_000 };

/**
 * Imports a draft's bytes (importDraftBytes) in a worker thread with a capped heap and a
 * timeout, so a file that makes an importer run out of memory or spin forever costs the app
 * nothing but the message importer.tooLargeOrCorrupt (文件过大或已损坏). Refusals of the import
 * itself (tooLarge, docxCorrupt, …) come back as the same DraftReadError as in-process.
 * One worker serves the imports of a process in turn (starting one costs more than most
 * imports); after a failure it is replaced. It never keeps a finished process alive.
 */
export function importInWorker(name: string, bytes: Uint8Array, path: string | null, limits: ImportLimits = IMPORT_LIMITS): Promise<DraftFile> {
  const run = queue.then(() => importOnce({ name, bytes, path }, limits));
  queue = run.catch(() => undefined);
  return run;
}

let queue: Promise<unknown> = Promise.resolve();
/** Loaded by the first import: a plain-text draft, the CLI's usual one, never starts a worker, and loading the module costs every run ≈ 1.5 ms. */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use (lazyPackage.ts)
const workerThreads = lazyPackage(() => require('node:worker_threads') as typeof import('node:worker_threads'));
let idle: { worker: Worker; heapMb: number } | undefined;

/**
 * Starts the worker ahead of the first import: loading the importers into it takes longer than
 * most imports, and the app can do it while its window loads.
 */
export function prepareImportWorker(limits: ImportLimits = IMPORT_LIMITS): void {
  if (idle !== undefined) return;
  idle = { worker: startWorker(limits.heapMb), heapMb: limits.heapMb };
  idle.worker.unref();
}

function importOnce(request: ImportRequest, limits: ImportLimits): Promise<DraftFile> {
  const worker = idle?.heapMb === limits.heapMb ? idle.worker : startWorker(limits.heapMb);
  idle = undefined;
  worker.ref();
  const failed = () => new DraftReadError('importer.tooLargeOrCorrupt', { name: request.name });
  return new Promise<DraftFile>((resolve, reject) => {
    const onMessage = (reply: ImportReply) => done(reply);
    const onFailure = () => done(undefined);
    const done = (reply: ImportReply | undefined): void => {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onFailure).off('exit', onFailure);
      if (reply === undefined) {
        void worker.terminate();
        reject(failed());
        return;
      }
      worker.unref();
      idle = { worker, heapMb: limits.heapMb };
      if (reply.ok) resolve(reply.draft);
      else if ('key' in reply) reject(new DraftReadError(reply.key, reply.params));
      else reject(new Error(reply.message));
    };
    const timer = setTimeout(() => done(undefined), limits.timeoutMs);
    worker.on('message', onMessage);
    // ERR_WORKER_OUT_OF_MEMORY, or anything else that ends the thread.
    worker.on('error', onFailure);
    worker.on('exit', onFailure);
    worker.postMessage(request);
  });
}

function startWorker(heapMb: number): Worker {
  const worker = new (workerThreads().Worker)(workerScript('importWorker'), { eval: true, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
  // A worker that dies while idle is simply not reused.
  worker.on('exit', () => {
    if (idle?.worker === worker) idle = undefined;
  });
  return worker;
}
