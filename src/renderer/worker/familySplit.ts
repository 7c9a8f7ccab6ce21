import type { CheckEngine, CheckOptions } from '../../core/checkEngine';
import { ALL_CHECKS } from '../../core/checks/registry';
import { readsTypoLexicon } from '../../core/checks/readsTypoLexicon';
import type { TypoLexicon } from '../../core/checks/typo/typoLexicon';
import type { CalendarDate } from '../../core/dates/calendarDate';
import type { Family, Finding } from '../../core/finding';
import { mergeFindings } from '../../core/findingOrder';
import type { FamilyChannel, FamilyCheck, FamilyRequest, FamilyResponse } from './familyProtocol';

/**
 * The families the family worker runs: the typo family and repetition (both read the typo lexicon,
 * which the family worker holds) and the figures, about half of a long draft's check. The families
 * that read the draft's entities stay in the check worker, which reads the same entities again for
 * the places and the claims it sends after the findings; consistency reads the typo lexicon too, so
 * the check worker loads it for them.
 */
export const FAMILY_WORKER_FAMILIES: readonly Family[] = ['typo', 'repetition', 'arithmetic', 'number', 'date', 'punctuation'];

export type SplitOptions = CheckOptions & { fallbackDate: CalendarDate };

interface Waiting {
  resolve(findings: Finding[] | undefined): void;
  reject(reason: Error): void;
}

/**
 * The check worker's side of the family worker (familyWorker.ts). A check is split by family: the
 * family worker's share goes to it first and the rest runs here meanwhile, so a long draft's check
 * uses both cores. Should the family worker fail or be lost, its share runs here from then on.
 */
export class FamilySplit {
  private nextId = 0;
  private readonly waiting = new Map<number, Waiting>();
  private lostReason: string | undefined;

  /** `onTypoLoaded` runs when the family worker's typo data arrived after a check stopped waiting for it. */
  constructor(
    private readonly port: FamilyChannel<FamilyRequest, FamilyResponse>,
    private readonly onTypoLoaded: () => void,
  ) {
    port.addEventListener('message', (event) => this.receive(event.data));
    port.start();
  }

  /** False once the family worker failed: every family then runs in the check worker. */
  get usable(): boolean {
    return this.lostReason === undefined;
  }

  setStyle(files: { path: string; text: string }[], builtin: boolean): void {
    this.port.postMessage({ type: 'style', files, builtin });
  }

  /** The family worker stopped (its script failed or threw): what it was asked fails over to here. */
  lose(reason: string): void {
    this.lostReason ??= reason;
    for (const waiting of this.waiting.values()) waiting.reject(new Error(reason));
    this.waiting.clear();
  }

  /**
   * engine.check(text, options) with FAMILY_WORKER_FAMILIES run in the family worker meanwhile: the
   * same findings, in the same order, with the same ids. Undefined when a newer check superseded
   * the family worker's share (the newer run answers instead). If the family worker fails, its
   * share runs here with `localTypo`'s lexicon.
   */
  async check(engine: CheckEngine, text: string, options: SplitOptions, localTypo: () => Promise<TypoLexicon | undefined>): Promise<Finding[] | undefined> {
    const families = options.families ?? ALL_CHECKS.map((check) => check.id);
    const away = families.filter((family) => FAMILY_WORKER_FAMILIES.includes(family));
    const here = families.filter((family) => !FAMILY_WORKER_FAMILIES.includes(family));
    if (!this.usable || away.length === 0) return engine.check(text, { ...options, typoLexicon: await localTypo() });
    const awayRun = this.ask({ text, lang: options.lang, families: away, fallbackDate: options.fallbackDate, exclude: options.exclude ?? [] });
    const hereFindings = engine.check(text, { ...options, families: here, typoLexicon: here.some(readsTypoLexicon) ? await localTypo() : undefined });
    let awayFindings: Finding[] | undefined;
    try {
      awayFindings = await awayRun;
    } catch {
      awayFindings = engine.check(text, { ...options, families: away, typoLexicon: await localTypo() });
    }
    return awayFindings && mergeFindings([hereFindings, awayFindings]);
  }

  private ask(check: FamilyCheck): Promise<Finding[] | undefined> {
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.port.postMessage({ type: 'check', id, ...check });
    });
  }

  private receive(message: FamilyResponse): void {
    if (message.type === 'typoLoaded') return this.onTypoLoaded();
    const waiting = this.waiting.get(message.id);
    if (!waiting) return;
    this.waiting.delete(message.id);
    if (message.type === 'checked') waiting.resolve(message.findings);
    else if (message.type === 'superseded') waiting.resolve(undefined);
    else {
      // A check that threw there would throw again: the family worker is no longer asked.
      this.lose(message.reason);
      waiting.reject(new Error(message.reason));
    }
  }
}
