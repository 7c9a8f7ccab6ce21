/**
 * Runs the check engine off the UI thread. One engine instance lives as long as the worker so
 * its paragraph cache makes re-checks after an edit cheap. Each check is split with the family
 * worker the page starts beside this one (familySplit.ts), so it uses both cores. Requests that
 * arrive while a check runs queue up; only the newest is run, the rest are stale. The draft's
 * review is reconciled with each run here too (matching findings to items, re-anchoring, claims),
 * not on the UI thread.
 */
import { CheckEngine } from '../../core/checkEngine';
import { packPlaces, placeBuffers } from './packedPlaces';
import { verifyPlaces } from '../../core/checks/gazetteer/verifyPlaces';
import type { Claim } from '../../core/claims/claim';
import { extractClaims } from '../../core/claims/extractClaims';
import { claimsDelta } from '../../core/claims/claimsDelta';
import { pageChrome } from '../../core/chrome/pageChrome';
import { blankOutRanges } from '../../core/text/blankOutRanges';
import { reconcileReview } from '../../core/review/reconcileReview';
import type { Review } from '../../core/review/review';
import { reviewDelta } from '../../core/review/reviewDelta';
import type { Gazetteer } from '../../core/gazetteer/gazetteer';
import type { CheckRequest, CheckResponse } from './checkProtocol';
import { cleanInWorker } from './cleanInWorker';
import { diffInWorker } from './diffInWorker';
import { loadGazetteerIndex } from './loadGazetteerIndex';
import { TypoDataLoader } from './typoDataLoader';
import type { TypoLexicon } from '../../core/checks/typo/typoLexicon';
import { FamilySplit, type SplitOptions } from './familySplit';
import { todayCalendarDate } from '../../core/dates/todayCalendarDate';
import { parseStyleFile } from '../../core/checks/style/parseStyleFile';
import { compileStyleRules, type StyleRules } from '../../core/checks/style/styleRules';
import type { SourceText } from '../../core/sources/sourceText';

type CheckMessage = Extract<CheckRequest, { type: 'check' }>;

/** The worker global, typed narrowly: the DOM and WebWorker libs cannot both be loaded in one program. */
interface WorkerScope {
  postMessage(message: CheckResponse, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<CheckRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;
const engine = new CheckEngine();
let gazetteer: Promise<Gazetteer | undefined> = Promise.resolve(undefined);
/**
 * The family worker, which runs the typo family and the figures of each check on the other core;
 * undefined when the page started none. It loads the typo data itself; this worker loads it too, for
 * consistency, and for every family should the family worker fail.
 */
let familySplit: FamilySplit | undefined;
const typo = new TypoDataLoader();
/**
 * The claims of the last text checked, as last sent to the page: a re-check for other reasons (typo
 * data, sources) reuses them, and the next are sent as their change from them.
 */
let lastClaims: { text: string; exclude: string; claims: Claim[] } | null = null;
let lastRequest: CheckMessage | null = null;
let pending: CheckMessage | null = null;
/** Compiled when the style files change, not per check; the built-in list alone until the first message. */
let style: StyleRules | undefined;
/**
 * The page's review as last reconciled here or sent by the page; each check run reconciles it.
 * `shared` is the review as the page sent it for `revision`: both sides hold it, so each
 * reconciliation goes to the page as its change from it.
 */
let review: { revision: number; review: Review; shared: Review } | null = null;
/** The same array from one 'sources' message to the next: the engine caches the sources' index per array. */
let sources: readonly SourceText[] = [];
let scheduled = false;
/** Counts the runs started: a run that awaited the family worker while a newer one started leaves the answer to it. */
let runsStarted = 0;

function reply(message: CheckResponse): void {
  scope.postMessage(message);
}

function startLoadingGazetteer(url: string): void {
  gazetteer = loadGazetteerIndex(url).then(
    (index) => {
      reply({ type: 'gazetteer', status: 'loaded', source: index.source });
      return index;
    },
    (error: unknown) => {
      reply({ type: 'gazetteer', status: 'unavailable', reason: String(error) });
      return undefined;
    },
  );
}

/** Runs the last draft again: something every check uses has changed. */
function checkAgain(): void {
  if (!pending && lastRequest) {
    pending = lastRequest;
    schedule();
  }
}

/** This worker's typo data (its loading starts at init), after the first check's bounded wait for it. */
async function localTypo(): Promise<TypoLexicon | undefined> {
  await typo.settled;
  return typo.lexicon;
}

async function runNewest(): Promise<void> {
  scheduled = false;
  const request = pending;
  pending = null;
  if (!request) return;
  lastRequest = request;
  const index = await gazetteer;
  const split = familySplit?.usable ? familySplit : undefined;
  const typoLexicon = split ? undefined : await localTypo();
  // A newer request may have arrived while the gazetteer and the typo data loaded.
  if (pending) return schedule();
  const started = performance.now();
  const run = ++runsStarted;
  try {
    const chrome = pageChrome(request.text);
    const chromeExcluded = review?.review.chromeIncluded !== true;
    const exclude = chromeExcluded ? chrome : [];
    const options: SplitOptions = { lang: request.lang, gazetteer: index, fallbackDate: todayCalendarDate(), style, sources, exclude };
    const findings = split ? await split.check(engine, request.text, options, localTypo) : engine.check(request.text, { ...options, typoLexicon });
    // A newer run started while the family worker checked this one's share (or superseded it): it answers instead.
    if (!findings || run !== runsStarted) return;
    // The text as the checks read it (chrome blanked out), so this reuses the mentions the consistency
    // check just extracted instead of extracting them again from the text with its chrome.
    const places = index ? verifyPlaces(blankOutRanges(request.text, exclude), index) : [];
    const elapsedMs = performance.now() - started;
    // An edit arrived during the run: the result is stale, and copying it to the page would cost the UI thread.
    if (await newerRequestArrived()) return schedule();
    const packed = packPlaces(places);
    // The findings go first, so marks and panel show before the claims and the review's reconciliation.
    const base = review;
    scope.postMessage({ type: 'result', version: request.version, findings, places: packed, chrome: { blocks: chrome, excluded: chromeExcluded }, reviewRevision: base?.revision ?? null, elapsedMs }, placeBuffers(packed));
    // An edit that arrived since makes this text's claims and reconciled review stale (on 1 MB they
    // take ≈ 90 ms here): its own run sends them for the newer text, so the page is told in order.
    if (await newerRequestArrived()) return schedule();
    const excludeKey = JSON.stringify(exclude);
    const claims = lastClaims?.text === request.text && lastClaims.exclude === excludeKey ? lastClaims.claims : extractClaims(request.text, index, exclude);
    const claimsChange = claimsDelta(lastClaims?.claims ?? [], claims, request.text.length - (lastClaims?.text.length ?? 0));
    lastClaims = { text: request.text, exclude: excludeKey, claims };
    reply({ type: 'claims', version: request.version, delta: claimsChange });
    if (base) {
      if (await newerRequestArrived()) return schedule();
      const reconciled = reconcileReview(base.review, request.text, findings, claims, new Date().toISOString());
      // The page may have shared a newer review while this run yielded: that one is kept.
      if (review === base) review = { ...base, review: reconciled };
      const delta = reviewDelta(base.shared, reconciled);
      scope.postMessage({ type: 'reconciled', version: request.version, revision: base.revision, delta }, [delta.items.buffer]);
    }
  } catch (error) {
    reply({ type: 'failed', version: request.version, reason: error instanceof Error ? error.message : String(error) });
  }
}

/** Whether a newer request is waiting; yields one task first, since messages land only between tasks. */
async function newerRequestArrived(): Promise<boolean> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  return pending !== null;
}

/** Defers the run by one task so messages already queued behind this one replace it first. */
function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setTimeout(() => void runNewest(), 0);
}

scope.addEventListener('message', (event: MessageEvent<CheckRequest>) => {
  const message = event.data;
  if (message.type === 'init') {
    startLoadingGazetteer(message.gazetteerUrl);
    if (message.familyPort) familySplit = new FamilySplit(message.familyPort, checkAgain);
    // Here too when the family worker runs the typo family: consistency, which stays here, reads the lexicon.
    typo.start(message.typoDataUrl, message.typoTablesUrl, checkAgain);
  } else if (message.type === 'familyWorkerLost') familySplit?.lose(message.reason);
  else if (message.type === 'clean') cleanInWorker(message, reply);
  else if (message.type === 'diff') diffInWorker(message, reply);
  else if (message.type === 'style') {
    style = compileStyleRules({ files: message.files.map((f) => parseStyleFile(f.text, f.path)), builtin: message.builtin });
    familySplit?.setStyle(message.files, message.builtin);
  }
  else if (message.type === 'sources') {
    // Opening a draft sets the list to a new empty one: from none to none changes no finding.
    const changed = sources.length > 0 || message.sources.length > 0;
    sources = message.sources;
    if (changed) checkAgain();
  } else if (message.type === 'review') {
    const chromeWasIncluded = review?.review.chromeIncluded === true;
    review = message.review ? { revision: message.revision, review: message.review, shared: message.review } : null;
    // "Include it" (or its undo) changes what is checked.
    if ((review?.review.chromeIncluded === true) !== chromeWasIncluded) checkAgain();
  }
  else {
    pending = message;
    schedule();
  }
});
