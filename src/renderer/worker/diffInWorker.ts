import { diffRevisions } from '../../core/diff/diffRevisions';
import type { CheckRequest, CheckResponse } from './checkProtocol';
import { packDiff } from './packedDiff';
import { newestOnly } from './newestOnly';

type DiffMessage = Extract<CheckRequest, { type: 'diff' }>;

/** Progress is reported in steps of this fraction: enough for a smooth bar, few messages. */
const PROGRESS_STEP = 0.02;

/** Answers the comparison view (toggling an ignore option sends a new request), the newest only. */
export const diffInWorker = newestOnly((request: DiffMessage, reply: (response: CheckResponse) => void): void => {
  const started = performance.now();
  let reported = 0;
  const onProgress = (fraction: number): void => {
    if (fraction < 1 && fraction - reported < PROGRESS_STEP) return;
    reported = fraction;
    reply({ type: 'diffProgress', id: request.id, fraction });
  };
  try {
    const diff = packDiff(diffRevisions(request.oldText, request.newText, { ...request.options, onProgress }));
    reply({ type: 'diffed', id: request.id, diff, elapsedMs: performance.now() - started });
  } catch (error) {
    reply({ type: 'diffFailed', id: request.id, reason: error instanceof Error ? error.message : String(error) });
  }
});
