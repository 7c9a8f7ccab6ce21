import type { CheckRequest, CheckResponse } from './checkProtocol';
import type { FamilyWorkerStart } from './familyProtocol';

/** The check worker and the family worker beside it (see startCheckWorkers). */
interface CheckWorkers {
  worker: Worker;
  /** Ends both workers. */
  terminate(): void;
}

/** Check workers with the messages the check worker sent before a CheckClient listened to it. */
interface StartedCheckWorkers extends CheckWorkers {
  held: CheckResponse[];
}

let prestarted: (StartedCheckWorkers & { hold(event: MessageEvent<CheckResponse>): void }) | undefined;

/**
 * Starts the check workers as the page's script begins, before React renders and the draft is
 * read, so the workers' start and their data (gazetteer, typo lists) load meanwhile: on a 1 MB
 * draft that data was otherwise still loading when the draft arrived (docs/architecture.md,
 * "Start-up and generated data"). What the check worker says before a client listens is held for that client.
 */
export function prestartCheckWorker(): void {
  const workers = startCheckWorkers();
  const held: CheckResponse[] = [];
  const hold = (event: MessageEvent<CheckResponse>) => held.push(event.data);
  workers.worker.addEventListener('message', hold);
  prestarted = { ...workers, held, hold };
}

/** The prestarted workers the first time (a client owns them from then on), new ones after. */
export function takeCheckWorker(): StartedCheckWorkers {
  const taken = prestarted;
  prestarted = undefined;
  if (!taken) return { ...startCheckWorkers(), held: [] };
  taken.worker.removeEventListener('message', taken.hold);
  return { worker: taken.worker, terminate: taken.terminate, held: taken.held };
}

/**
 * The check worker and, beside it, the family worker it splits each check with (familyWorker.ts),
 * joined by a channel of their own: a long draft's check then runs on both cores. Should the
 * family worker stop, the check worker is told and runs every family itself.
 */
function startCheckWorkers(): CheckWorkers {
  const worker = new Worker(new URL('./checkWorker.ts', import.meta.url), { type: 'module' });
  const familyWorker = new Worker(new URL('./familyWorker.ts', import.meta.url), { type: 'module' });
  // A worker resolves URLs against its own script: the page says where its data is served.
  const served = (name: string) => new URL(`./${name}`, document.baseURI).href;
  const data = { gazetteerUrl: served('gazetteer.bin'), typoDataUrl: served('typo.json'), typoTablesUrl: served('typo-tables.bin') };
  const channel = new MessageChannel();
  const start: FamilyWorkerStart = { type: 'start', ...data, port: channel.port2 };
  familyWorker.postMessage(start, [channel.port2]);
  familyWorker.addEventListener('error', (event) => {
    const lost: CheckRequest = { type: 'familyWorkerLost', reason: event.message || 'family worker error' };
    worker.postMessage(lost);
  });
  const init: CheckRequest = { type: 'init', ...data, familyPort: channel.port1 };
  worker.postMessage(init, [channel.port1]);
  return {
    worker,
    terminate: () => {
      familyWorker.terminate();
      worker.terminate();
    },
  };
}
