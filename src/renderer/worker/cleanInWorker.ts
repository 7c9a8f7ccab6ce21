import { cleanCopy } from '../../core/cleanCopy/cleanCopy';
import { buildCleanPreview } from '../components/export/cleanPreview';
import type { CheckRequest, CheckResponse } from './checkProtocol';

type CleanMessage = Extract<CheckRequest, { type: 'clean' }>;

let pending: CleanMessage | null = null;

/**
 * Answers the export dialog's preview requests. Toggling transforms sends one request per click;
 * they queue behind each other (and behind a running check), and only the newest is computed.
 */
export function cleanInWorker(message: CleanMessage, reply: (response: CheckResponse) => void): void {
  const idle = pending === null;
  pending = message;
  if (idle) setTimeout(() => runNewest(reply), 0);
}

function runNewest(reply: (response: CheckResponse) => void): void {
  const request = pending;
  pending = null;
  if (!request) return;
  const started = performance.now();
  try {
    const result = cleanCopy(request.text, request.options, request.accepted);
    const preview = buildCleanPreview(request.text, result.edits, result.log.counts, request.maxEntries);
    reply({ type: 'cleaned', id: request.id, preview, elapsedMs: performance.now() - started });
  } catch (error) {
    reply({ type: 'cleanFailed', id: request.id, reason: error instanceof Error ? error.message : String(error) });
  }
}
