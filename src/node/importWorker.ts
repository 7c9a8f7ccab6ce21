import { parentPort } from 'node:worker_threads';
import { LocalizedError } from '../core/i18n/localizedError';
import { importDraftBytes } from './importDraftBytes';
import type { ImportReply, ImportRequest } from './importWorkerMessages';

/**
 * The import worker's entry: imports one draft per message with importDraftBytes, so an
 * importer that runs out of memory or never ends takes down this thread, not the app.
 */
parentPort?.on('message', (request: ImportRequest) => {
  importDraftBytes(request.name, request.bytes, request.path).then(
    (draft) => parentPort?.postMessage({ ok: true, draft } satisfies ImportReply),
    (error: unknown) => {
      const reply: ImportReply =
        error instanceof LocalizedError
          ? { ok: false, key: error.key, params: error.params }
          : { ok: false, message: error instanceof Error ? error.message : String(error) };
      parentPort?.postMessage(reply);
    },
  );
});
