/**
 * The check's second thread in the page: runs the families the check worker hands it (the typo
 * family and the figures; see familySplit.ts) over the same text while the check worker runs the
 * others, on the machine's other core. It loads its own gazetteer and typo data.
 */
import type { FamilyWorkerStart } from './familyProtocol';
import { FamilyChecks } from './familyChecks';
import { loadGazetteerIndex } from './loadGazetteerIndex';
import { TypoDataLoader } from './typoDataLoader';

let started = false;

self.addEventListener('message', (event: MessageEvent<FamilyWorkerStart>) => {
  const start = event.data;
  if (start.type !== 'start' || started) return;
  started = true;
  const typo = new TypoDataLoader();
  // Without the gazetteer the typo family reads no names around a slip, as in the check worker.
  const gazetteer = loadGazetteerIndex(start.gazetteerUrl).catch(() => undefined);
  const checks = new FamilyChecks(start.port, { gazetteer, typo });
  typo.start(start.typoDataUrl, start.typoTablesUrl, () => checks.typoLoaded());
});
