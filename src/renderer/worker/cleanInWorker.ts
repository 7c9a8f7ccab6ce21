import { cleanCopy } from '../../core/cleanCopy/cleanCopy';
import { buildCleanPreview } from '../components/export/cleanPreview';
import type { CheckRequest, CheckResponse } from './checkProtocol';
import { newestOnly } from './newestOnly';

type CleanMessage = Extract<CheckRequest, { type: 'clean' }>;

/** Answers the export dialog's preview requests, the newest only. */
export const cleanInWorker = newestOnly((request: CleanMessage, reply: (response: CheckResponse) => void): void => {
  const started = performance.now();
  try {
    const result = cleanCopy(request.text, request.options, request.accepted);
    const preview = buildCleanPreview(request.text, result.edits, result.log.counts, request.maxEntries);
    reply({ type: 'cleaned', id: request.id, preview, elapsedMs: performance.now() - started });
  } catch (error) {
    reply({ type: 'cleanFailed', id: request.id, reason: error instanceof Error ? error.message : String(error) });
  }
});
