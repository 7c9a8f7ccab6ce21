import { parentPort } from 'node:worker_threads';
import { runChecks } from '../core/checkEngine';
import type { CheckReply, CheckRequest } from './checkWorkerMessages';
import { readsTypoLexicon } from '../core/checks/readsTypoLexicon';
import { loadGazetteer } from './loadGazetteer';
import { loadTypoLexicon } from './loadTypoLexicon';
import { saveCodeCaches } from './codeCache';

// Loaded at once, not at the first message: the worker is started ahead of its draft (ParallelChecks.prepare).
// A failure is the first message's to report; typo data never built leaves the lexicon undefined, as on the main thread.
loadGazetteer().catch(() => undefined);
loadTypoLexicon().catch(() => undefined);

/** The check worker's entry: checks one draft per message with the families it is asked for. */
parentPort?.on('message', (request: CheckRequest) => {
  const lexicon = request.options.families?.some(readsTypoLexicon) === false ? Promise.resolve(undefined) : loadTypoLexicon();
  Promise.all([loadGazetteer(), lexicon])
    .then(([gazetteer, typoLexicon]) => runChecks(request.text, { ...request.options, gazetteer, typoLexicon }))
    .then(
      (findings) => {
        // Before the reply: once it is read, the process may end and take this thread with it.
        saveCodeCaches();
        parentPort?.postMessage({ ok: true, findings } satisfies CheckReply);
      },
      (error: unknown) => parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies CheckReply),
    );
});
