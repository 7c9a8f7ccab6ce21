import { runChecks } from '../core/checkEngine';
import type { CheckMessage, CheckReply } from './checkWorkerMessages';
import { DRAFT_FD, takeDraft } from './draftHandover';
import { loadGazetteer } from './loadGazetteer';
import { typoLexiconOnDemand } from './loadTypoLexicon';
import { saveCodeCaches } from './codeCache';
import { takeFamily } from './sharedFamilies';
import type { Family, Finding } from '../core/finding';
import type { Gazetteer } from '../core/gazetteer/gazetteer';

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
    .then((gazetteer) => check(message, gazetteer))
    .then(
      ({ findings, taken }) => {
        saveCodeCaches();
        reply({ ok: true, findings, taken });
      },
      (error: unknown) => reply({ ok: false, message: error instanceof Error ? error.message : String(error) }),
    );
});

/** The families asked for, then each of the shared ones this process takes first (node/sharedFamilies.ts). */
function check(message: CheckMessage, gazetteer: Gazetteer | undefined): { findings: Finding[]; taken: Family[] } {
  const text = 'text' in message ? message.text : takeDraft(DRAFT_FD, message.draftBytes);
  const options = { ...message.options, gazetteer, typoLexicon };
  const findings = runChecks(text, options);
  const taken: Family[] = [];
  for (const family of message.shared?.families ?? []) {
    if (!takeFamily(message.shared!, family)) continue;
    taken.push(family);
    findings.push(...runChecks(text, { ...options, families: [family] }));
  }
  return { findings, taken };
}
