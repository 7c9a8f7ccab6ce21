import type { CheckRequest, CheckResponse } from './checkProtocol';

/** A check worker with the messages it sent before a CheckClient listened to it. */
interface StartedCheckWorker {
  worker: Worker;
  held: CheckResponse[];
}

let prestarted: { worker: Worker; held: CheckResponse[]; hold(event: MessageEvent<CheckResponse>): void } | undefined;

/**
 * Starts the check worker as the page's script begins, before React renders and the draft is
 * read, so the worker's start and its data (gazetteer, typo lists) load meanwhile: on a 1 MB
 * draft that data was otherwise still loading when the draft arrived (docs/architecture.md,
 * "Start-up and generated data"). What it says before a client listens is held for that client.
 */
export function prestartCheckWorker(): void {
  const worker = startCheckWorker();
  const held: CheckResponse[] = [];
  const hold = (event: MessageEvent<CheckResponse>) => held.push(event.data);
  worker.addEventListener('message', hold);
  prestarted = { worker, held, hold };
}

/** The prestarted worker the first time (a client owns it from then on), a new one after. */
export function takeCheckWorker(): StartedCheckWorker {
  const taken = prestarted;
  prestarted = undefined;
  if (!taken) return { worker: startCheckWorker(), held: [] };
  taken.worker.removeEventListener('message', taken.hold);
  return { worker: taken.worker, held: taken.held };
}

function startCheckWorker(): Worker {
  const worker = new Worker(new URL('./checkWorker.ts', import.meta.url), { type: 'module' });
  // A worker resolves URLs against its own script: the page says where its data is served.
  const served = (name: string) => new URL(`./${name}`, document.baseURI).href;
  const init: CheckRequest = { type: 'init', gazetteerUrl: served('gazetteer.json'), typoDataUrl: served('typo.json'), typoTablesUrl: served('typo-tables.bin') };
  worker.postMessage(init);
  return worker;
}
