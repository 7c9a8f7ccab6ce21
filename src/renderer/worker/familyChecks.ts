import { CheckEngine } from '../../core/checkEngine';
import type { Gazetteer } from '../../core/gazetteer/gazetteer';
import type { TypoLexicon } from '../../core/checks/typo/typoLexicon';
import { parseStyleFile } from '../../core/checks/style/parseStyleFile';
import { compileStyleRules, type StyleRules } from '../../core/checks/style/styleRules';
import type { FamilyChannel, FamilyRequest, FamilyResponse } from './familyProtocol';

type CheckMessage = Extract<FamilyRequest, { type: 'check' }>;

/** What the family worker loads for its checks: the gazetteer, and the typo data with its bounded first wait. */
export interface FamilyData {
  gazetteer: Promise<Gazetteer | undefined>;
  typo: { readonly settled: Promise<void>; readonly lexicon: TypoLexicon | undefined };
}

/**
 * The family worker's side of the split (familyWorker.ts is its script): checks the families the
 * check worker hands it with an engine of its own, so a re-check after an edit re-runs only the
 * changed paragraphs, and runs only the newest check it holds (an older one is answered
 * 'superseded').
 */
export class FamilyChecks {
  private readonly engine = new CheckEngine();
  private style: StyleRules | undefined;
  private pending: CheckMessage | null = null;
  private scheduled = false;

  constructor(
    private readonly channel: FamilyChannel<FamilyResponse, FamilyRequest>,
    private readonly data: FamilyData,
  ) {
    channel.addEventListener('message', (event) => this.receive(event.data));
    channel.start();
  }

  /** The typo data arrived after a check stopped waiting for it. */
  typoLoaded(): void {
    this.channel.postMessage({ type: 'typoLoaded' });
  }

  private receive(message: FamilyRequest): void {
    if (message.type === 'style') {
      this.style = compileStyleRules({ files: message.files.map((f) => parseStyleFile(f.text, f.path)), builtin: message.builtin });
      return;
    }
    if (this.pending) this.channel.postMessage({ type: 'superseded', id: this.pending.id });
    this.pending = message;
    if (this.scheduled) return;
    this.scheduled = true;
    setTimeout(() => void this.runNewest(), 0);
  }

  private async runNewest(): Promise<void> {
    const gazetteer = await this.data.gazetteer;
    await this.data.typo.settled;
    this.scheduled = false;
    const request = this.pending;
    this.pending = null;
    if (!request) return;
    try {
      const findings = this.engine.check(request.text, {
        lang: request.lang,
        families: request.families,
        gazetteer,
        typoLexicon: this.data.typo.lexicon,
        fallbackDate: request.fallbackDate,
        style: this.style,
        exclude: request.exclude,
      });
      this.channel.postMessage({ type: 'checked', id: request.id, findings });
    } catch (error) {
      this.channel.postMessage({ type: 'failed', id: request.id, reason: error instanceof Error ? error.message : String(error) });
    }
  }
}
