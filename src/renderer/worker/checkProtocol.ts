/** The messages between the renderer and the check worker; the only contract between the two. */
import type { AcceptedFix } from '../../core/cleanCopy/acceptedFixes';
import type { PackedPlaces } from './packedPlaces';
import type { CleanCopyOptions } from '../../core/cleanCopy/cleanCopy';
import type { Finding } from '../../core/finding';
import type { ClaimsDelta } from '../../core/claims/claimsDelta';
import type { PageChromeState } from '../chrome/pageChromeState';
import type { Lang } from '../../core/i18n/lang';
import type { CleanPreview } from '../components/export/cleanPreview';
import type { DiffOptions } from '../../core/diff/revisionDiff';
import type { Review } from '../../core/review/review';
import type { ReviewDelta } from '../../core/review/reviewDelta';
import type { PackedDiff } from './packedDiff';
import type { SourceText } from '../../core/sources/sourceText';

export type CheckRequest =
  /**
   * Sent once, first: where the page serves the gazetteer index, the typo data and its fast tables
   * (a worker resolves URLs against its own script), and the channel to the family worker the page
   * started beside this one (familyWorker.ts), if any.
   */
  | { type: 'init'; gazetteerUrl: string; typoDataUrl: string; typoTablesUrl: string; familyPort?: MessagePort }
  /** The family worker stopped: its families run in the check worker from now on. */
  | { type: 'familyWorkerLost'; reason: string }
  /** The style files in force (path and text) and whether the built-in list applies; later checks use them. */
  | { type: 'style'; files: { path: string; text: string }[]; builtin: boolean }
  /** The documents the draft is checked against (empty: none); sent once per change, the worker keeps the array so the engine's index holds. */
  | { type: 'sources'; sources: SourceText[] }
  /** `version` grows with every edit or language change; only the newest request is worth running. */
  | { type: 'check'; version: number; text: string; lang: Lang }
  /**
   * The page's review whenever something other than the worker changed it (opened, a verdict, a
   * merge; null for none): each check run reconciles it with its findings and claims, off the UI
   * thread. `revision` grows with every such change.
   */
  | { type: 'review'; revision: number; review: Review | null }
  /** The export dialog's preview: cleanCopy over `text`; `id` grows with every request, only the newest is answered. */
  | { type: 'clean'; id: number; text: string; options: CleanCopyOptions; accepted: AcceptedFix[]; maxEntries: number }
  /** The comparison view: diffRevisions(oldText, newText); `id` grows with every request, only the newest is answered. */
  | { type: 'diff'; id: number; oldText: string; newText: string; options: Omit<DiffOptions, 'onProgress'> };

export type CheckResponse =
  | { type: 'gazetteer'; status: 'loaded'; source: string }
  | { type: 'gazetteer'; status: 'unavailable'; reason: string }
  /** `places`: the place names the gazetteer verifies in the same text, for the editor's hover. */
  /** `chrome`: the page chrome recognised in the same text, and whether it was left out of the checks and claims. */
  /** `reviewRevision`: the revision of the review this run reconciles next ('reconciled'), or null when the worker holds none. */
  | { type: 'result'; version: number; findings: Finding[]; places: PackedPlaces; chrome: PageChromeState; reviewRevision: number | null; elapsedMs: number }
  /**
   * Sent after the 'result' of the same version and before its 'reconciled': the checkable claims of
   * the same text, for the fact-check list. Apart, so that the findings show without waiting for them.
   * Told as their change from the claims of the previous 'claims' message, whatever its version (the
   * first from none), so the page applies every one in order (see core/claims/claimsDelta.ts).
   */
  | { type: 'claims'; version: number; delta: ClaimsDelta }
  /**
   * Sent after the 'result' of the same version: the review of `revision` reconciled with it, told
   * as its change from the review the page shared as `revision` (see core/review/reviewDelta.ts).
   */
  | { type: 'reconciled'; version: number; revision: number; delta: ReviewDelta }
  | { type: 'failed'; version: number; reason: string }
  | { type: 'cleaned'; id: number; preview: CleanPreview; elapsedMs: number }
  | { type: 'cleanFailed'; id: number; reason: string }
  /** `fraction` in [0, 1], sent while a long comparison runs. */
  | { type: 'diffProgress'; id: number; fraction: number }
  /** Packed (see packedDiff.ts); the hunks stay in the worker, the views never use them. */
  | { type: 'diffed'; id: number; diff: PackedDiff; elapsedMs: number }
  | { type: 'diffFailed'; id: number; reason: string };
