import type { TypoLexicon } from '../../core/checks/typo/typoLexicon';
import { loadTypoData } from './loadTypoData';

/**
 * A first check waits for the typo data this long, so that opening a draft checks it once with
 * every family instead of twice; past that wait the typo family is silent until the data arrives,
 * and the worker is told to check its last draft again.
 */
const TYPO_WAIT_MS = 1500;

/** The typo data a worker loads once (loadTypoData), and the bounded wait a first check gives it. */
export class TypoDataLoader {
  lexicon: TypoLexicon | undefined;
  /** Resolves when the data is in or the wait is over, whichever is first. */
  settled: Promise<void> = Promise.resolve();
  private started = false;

  /** Starts loading; `onLate` runs if the data arrives after a check stopped waiting for it. */
  start(url: string, tablesUrl: string, onLate: () => void): void {
    if (this.started) return;
    this.started = true;
    let waited = false;
    const loaded = loadTypoData(url, tablesUrl).then(
      (lexicon) => {
        this.lexicon = lexicon;
        if (waited) onLate();
      },
      // Without its data the typo family stays silent; every other check is unaffected.
      (error: unknown) => console.warn(`typo data unavailable: ${String(error)}`),
    );
    this.settled = Promise.race([
      loaded,
      new Promise<void>((resolve) =>
        setTimeout(() => {
          waited = true;
          resolve();
        }, TYPO_WAIT_MS),
      ),
    ]);
  }
}
