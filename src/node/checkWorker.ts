import { runChecks } from '../core/checkEngine';
import type { CheckMessage, CheckReply } from './checkWorkerMessages';
import { DRAFT_FD, takeDraft } from './draftHandover';
import { loadGazetteer } from './loadGazetteer';
import { typoLexiconOnDemand } from './loadTypoLexicon';
import { saveCodeCaches } from './codeCache';

// Loaded at once, not at the first message: the process is started ahead of its draft (ParallelChecks.prepare).
// A failure is the first message's to report.
loadGazetteer().catch(() => undefined);
/** Read only if a family here asks it something (typoLexiconOnDemand); undefined when never built, as in the CLI's own process. */
const typoLexicon = typoLexiconOnDemand();

/** Sends a reply unless the CLI has ended meanwhile (its channel closed): there is no one left to tell. */
function reply(message: CheckReply): void {
  if (process.connected) process.send?.(message);
}

/** The check process's entry (node/checkProcess.ts): checks one draft per message with the families it is asked for. */
process.on('message', (message: CheckMessage) => {
  loadGazetteer()
    .then((gazetteer) => runChecks('text' in message ? message.text : takeDraft(DRAFT_FD, message.draftBytes), { ...message.options, gazetteer, typoLexicon }))
    .then(
      (findings) => {
        saveCodeCaches();
        reply({ ok: true, findings });
      },
      (error: unknown) => reply({ ok: false, message: error instanceof Error ? error.message : String(error) }),
    );
});
