/**
 * The messages between the check worker and its family worker, the second thread a check uses
 * (familyWorker.ts). The page starts the family worker and sends it 'start' with one end of a
 * channel; the check worker holds the other end and says everything else.
 */
import type { Family, Finding } from '../../core/finding';
import type { Lang } from '../../core/i18n/lang';
import type { CalendarDate } from '../../core/dates/calendarDate';

/**
 * One end of the channel between the two workers (a MessagePort), typed by what it sends and what
 * it hears; written without DOM types, so that tests in Node can hold a worker_threads port.
 */
export interface FamilyChannel<Out, In> {
  postMessage(message: Out): void;
  addEventListener(type: 'message', listener: (event: { data: In }) => void): void;
  start(): void;
}

export interface FamilyCheck {
  text: string;
  lang: Lang;
  families: readonly Family[];
  fallbackDate: CalendarDate;
  exclude: readonly { start: number; end: number }[];
}

/** From the page, once: where the data is served, and the channel to the check worker. */
export interface FamilyWorkerStart {
  type: 'start';
  gazetteerUrl: string;
  typoDataUrl: string;
  typoTablesUrl: string;
  port: FamilyChannel<FamilyResponse, FamilyRequest>;
}

/** From the check worker, over the channel. `id` grows with every check. */
export type FamilyRequest =
  | { type: 'style'; files: { path: string; text: string }[]; builtin: boolean }
  | ({ type: 'check'; id: number } & FamilyCheck);

export type FamilyResponse =
  | { type: 'checked'; id: number; findings: Finding[] }
  /** A newer check arrived before this one ran: it never will. */
  | { type: 'superseded'; id: number }
  | { type: 'failed'; id: number; reason: string }
  /** The typo data arrived after a check stopped waiting for it: the last draft is worth checking again. */
  | { type: 'typoLoaded' };
