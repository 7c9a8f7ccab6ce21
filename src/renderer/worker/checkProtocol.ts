/** The messages between the renderer and the check worker; the only contract between the two. */
import type { Finding } from '../../core/finding';
import type { Lang } from '../../core/i18n/lang';

export type CheckRequest =
  /** Sent once, first: where the page serves the gazetteer index (a worker resolves URLs against its own script). */
  | { type: 'init'; gazetteerUrl: string }
  /** `version` grows with every edit or language change; only the newest request is worth running. */
  | { type: 'check'; version: number; text: string; lang: Lang };

export type CheckResponse =
  | { type: 'gazetteer'; status: 'loaded'; source: string }
  | { type: 'gazetteer'; status: 'unavailable'; reason: string }
  | { type: 'result'; version: number; findings: Finding[]; elapsedMs: number }
  | { type: 'failed'; version: number; reason: string };
