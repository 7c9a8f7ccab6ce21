import { parentPort } from 'node:worker_threads';
import { runChecks } from '../core/checkEngine';
import type { CheckReply, CheckRequest } from './checkWorkerMessages';
import { loadGazetteer } from './loadGazetteer';
import { typoLexiconOnDemand } from './loadTypoLexicon';
import { saveCodeCaches } from './codeCache';

// Loaded at once, not at the first message: the worker is started ahead of its draft (ParallelChecks.prepare).
// A failure is the first message's to report.
loadGazetteer().catch(() => undefined);
/** Read only if a family here asks it something (typoLexiconOnDemand); undefined when never built, as on the main thread. */
const typoLexicon = typoLexiconOnDemand();

/** The check worker's entry: checks one draft per message with the families it is asked for. */
parentPort?.on('message', (request: CheckRequest) => {
  loadGazetteer()
    .then((gazetteer) => runChecks(request.text, { ...request.options, gazetteer, typoLexicon }))
    .then(
      (findings) => {
        // Before the reply: once it is read, the process may end and take this thread with it.
        saveCodeCaches();
        parentPort?.postMessage({ ok: true, findings } satisfies CheckReply);
      },
      (error: unknown) => parentPort?.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies CheckReply),
    );
});
