/**
 * The IPC contract: one interface implemented by main (src/main/apiHandlers.ts), exposed by the
 * preload, used by the renderer, and bridged to the same handlers in the browser e2e tests.
 */
import type { DraftFile, ExportFormat } from '../core/draftFile';
import type { AcceptedFix } from '../core/cleanCopy/acceptedFixes';
import type { CleanCopyOptions } from '../core/cleanCopy/cleanCopy';
import type { Lang } from '../core/i18n/lang';
import type { Claim } from '../core/claims/claim';
import type { Finding } from '../core/finding';
import type { ReviewConflict } from '../core/review/mergeReviews';
import type { ReportFormat } from '../core/review/renderReviewReport';
import type { Review } from '../core/review/review';
import type { AttachedSource, AttachedSourceState } from '../core/review/attachedSource';
import type { UserStyleEntry } from '../core/checks/style/editStyleFile';

export type OpenResult =
  | { ok: true; draft: DraftFile }
  | { ok: false; cancelled: true }
  /** `message` is already in the user's language: what happened and what to do. */
  | { ok: false; cancelled?: false; message: string };

/** Where a save landed, or why it did not. */
export type SaveResult =
  | { ok: true; path: string }
  | { ok: false; cancelled: true }
  | { ok: false; cancelled?: false; message: string };

/** Where Save wrote the draft, in which encoding; or why it did not. */
export type SaveDraftResult =
  | { ok: true; path: string; encoding: string }
  | { ok: false; cancelled: true }
  /** `offerUtf8`: the file's encoding cannot hold the text; saving as UTF-8 would. */
  | { ok: false; cancelled?: false; message: string; offerUtf8?: boolean };

/** Save As: the draft's current text (and its review, which follows it) to a file the user chooses. */
export interface SaveDraftAsRequest {
  /** The draft's path, or null for a draft without a file. */
  sourcePath: string | null;
  sourceName: string;
  text: string;
  /** The draft's review, written beside the new file unless one is already there. */
  review: Review | null;
}

/**
 * Clean copy to export: main re-runs the same pure cleanCopy() the preview showed on the
 * original text, so what is written is exactly what was previewed.
 */
export interface CleanExportRequest {
  /** The draft's path (never written), or null for a draft without a file. */
  sourcePath: string | null;
  sourceName: string;
  format: ExportFormat;
  /** The draft's current text, before cleaning. */
  text: string;
  options: CleanCopyOptions;
  accepted: AcceptedFix[];
  /** Also save the change log beside the export (NAME.changes.txt). */
  saveLog: boolean;
}

/** An autosaved copy left by a crash, offered at start; an unreadable one can only be discarded. */
export type PendingRecoveryView =
  | { readable: true; key: string; name: string; path: string | null; savedAt: string; text: string }
  | { readable: false; key: string; message: string };

/** The open draft was changed or removed on disk by another program. */
export interface DraftDiskEvent {
  path: string;
  kind: 'changed' | 'deleted';
}

export type ThemeSetting = 'system' | 'light' | 'dark';

export interface Settings {
  lang: Lang;
  theme: ThemeSetting;
  /** Shown on verdicts; empty until the reviewer sets it. */
  reviewer: string;
  /** Whether the built-in style list (残废人 → 残疾人 …) applies. */
  builtinStyle: boolean;
  /** The draft's typeface: 宋体 (serif) or 黑体 (sans). */
  editorFont: EditorFont;
  /** The draft's font size in CSS pixels. */
  editorFontSize: number;
  /** Width of the side panel in CSS pixels, as the user last dragged it. */
  sidePanelWidth: number;
  /** The most height the compare pane takes (CSS pixels), as last dragged; null until the user drags it. */
  compareHeight: number | null;
}

export type EditorFont = 'serif' | 'sans';

/**
 * Where a style file in use came from: the user's own (in the app's data folder, where 不再提示此词
 * and 加入本报用语 write), a `.jiaokan-style.txt` above the draft, or one added in the settings.
 */
export type StyleFileOrigin = 'user' | 'folder' | 'added';

/** A style file in use and its text; `message` (in the user's language) when it could not be read. */
export type StyleFileView =
  | { path: string; origin: StyleFileOrigin; text: string }
  | { path: string; origin: StyleFileOrigin; message: string };

/** A change to the style files: done, cancelled in the dialog, or refused with a message. */
export type StyleEditResult = { ok: true } | { ok: false; cancelled: true } | { ok: false; cancelled?: false; message: string };

/** The draft's review as main loaded it from its sidecar (or created it); main keeps the base a later save merges against. */
export type OpenReviewResult =
  | { ok: true; review: Review; existed: boolean }
  /** The sidecar is refused (corrupt, newer, unreadable): the message says why; it will not be written over. */
  | { ok: false; message: string };

export type SaveReviewResult =
  /** Written as sent. The review is not sent back: for a long draft it is megabytes to copy at every save. */
  | { ok: true; merged: false }
  /** Another writer had saved since; `review` is both sides merged, as written. */
  | { ok: true; merged: true; review: Review }
  /** Another writer changed the same items: resolve each conflict on `merged` (resolveConflict) and save again. */
  | { ok: false; conflicts: ReviewConflict[]; merged: Review }
  | { ok: false; message: string };

/** The review report's formats in the app: the core's text formats, and PDF printed from the HTML one. */
export const REVIEW_REPORT_FORMATS = ['html', 'pdf', 'md', 'csv', 'json'] as const;
export type ReviewReportFormat = (typeof REVIEW_REPORT_FORMATS)[number];
/** Spelled out (not spread from the core's list) so the preload bundle stays free of the report code; this keeps the two in step. */
const everyReportFormat: Exclude<ReportFormat, ReviewReportFormat> extends never ? true : never = true;
void everyReportFormat;

/** A source document read for the 来源核对 tab: its record for the review file, its text (none when missing), and how it stands. */
export interface SourceView {
  attached: AttachedSource;
  state: AttachedSourceState;
  text: string | null;
  pageStarts?: number[];
}

/** Sources read (added, or reopened from the review file); `message` says why one could not be read. */
export type SourcesResult =
  | { ok: true; sources: SourceView[] }
  | { ok: false; cancelled: true }
  | { ok: false; cancelled?: false; message: string };

/** Commands the application menu sends to the renderer. */
export const MENU_COMMANDS = ['open', 'save', 'saveAs', 'find', 'replace', 'nextFinding', 'previousFinding', 'about'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Methods answered by main over `ipcRenderer.invoke`; each has exactly one handler. */
export interface InvokeApi {
  /** File → Open: main shows the dialog and imports the chosen file. */
  openDialog(): Promise<OpenResult>;
  /** Save: writes the text back over the opened .txt/.md draft at `path`, keeping its encoding and line endings unless `toUtf8`. */
  saveDraft(path: string, text: string, toUtf8: boolean): Promise<SaveDraftResult>;
  /** Save As: main shows the dialog (.txt, .md, .docx, .html) and writes; the result is the draft now open. */
  saveDraftAs(request: SaveDraftAsRequest): Promise<OpenResult>;
  /** Opens a path (a recent file, a dropped file). */
  openPath(path: string): Promise<OpenResult>;
  /** Opens a dropped file that has no path on disk (its bytes are sent instead). */
  openBytes(name: string, bytes: Uint8Array): Promise<OpenResult>;
  /** The draft to show at start: the command-line path if given, else the built-in sample. */
  openStartupDraft(): Promise<OpenResult>;
  listRecent(): Promise<string[]>;
  getSettings(): Promise<Settings>;
  setSettings(patch: Partial<Settings>): Promise<Settings>;
  /** Compare with file…: main shows the dialog and imports the file (any format the app opens). */
  pickComparisonFile(): Promise<OpenResult>;
  /** Export clean copy: main proposes NAME.clean.EXT beside the draft, never overwrites the draft. */
  exportCleanCopy(request: CleanExportRequest): Promise<SaveResult>;
  /** Autosaves the draft's current text to a recovery file; the message says why it could not (too large). */
  autosaveDraft(draft: { path: string | null; name: string; text: string }): Promise<{ ok: true } | { ok: false; message: string }>;
  /** Recovery files a crash left behind. */
  listRecoveries(): Promise<PendingRecoveryView[]>;
  /** Removes a recovery file (after a normal close or save, or when the user declines it). */
  discardRecovery(key: string): Promise<void>;
  /**
   * Loads (or creates) the review of the draft at `draftPath`, reconciled with its current text,
   * findings and claims. The renderer's check worker has made the claims already; extracting them
   * again in main held its thread (Electron's UI thread) for 0.6 s on a 1 MB draft.
   */
  openReview(draftPath: string, text: string, findings: Finding[], claims: Claim[]): Promise<OpenReviewResult>;
  /** Saves the review beside the draft opened with openReview, merging with another writer's save. */
  saveReview(draftPath: string, review: Review): Promise<SaveReviewResult>;
  /** Export the review report: main shows a save dialog and writes the report. */
  exportReviewReport(draftName: string, review: Review, format: ReviewReportFormat): Promise<SaveResult>;
  /** The style files in force for the draft at `draftPath` (null: no file), most specific first; main watches them. */
  listStyleFiles(draftPath: string | null): Promise<StyleFileView[]>;
  /** Settings → 添加用语表…: main shows the dialog and adds the chosen file to every check. */
  addStyleFile(): Promise<StyleEditResult>;
  /** Stops using a style file added in the settings (the file itself is left alone). */
  removeStyleFile(path: string): Promise<StyleEditResult>;
  /** 不再提示此词 / 加入本报用语: adds the entry to the user's own style file. */
  addUserStyleEntry(entry: UserStyleEntry): Promise<StyleEditResult>;
  /** Undoes addUserStyleEntry. */
  removeUserStyleEntry(entry: UserStyleEntry): Promise<StyleEditResult>;
  /** 添加来源文件…: main shows the dialog (several files) and reads each; the renderer records them in the review. */
  addSources(): Promise<SourcesResult>;
  /** Reads source files the user dropped onto the 来源核对 tab (only paths the preload reported as dropped). */
  addDroppedSources(paths: string[]): Promise<SourcesResult>;
  /** The sources the open draft's review file records, each read again and flagged changed or missing. */
  attachedSources(recorded: AttachedSource[]): Promise<SourcesResult>;
}

export const INVOKE_METHODS = [
  'openDialog',
  'saveDraft',
  'saveDraftAs',
  'openPath',
  'openBytes',
  'openStartupDraft',
  'listRecent',
  'getSettings',
  'setSettings',
  'pickComparisonFile',
  'exportCleanCopy',
  'autosaveDraft',
  'listRecoveries',
  'discardRecovery',
  'openReview',
  'saveReview',
  'exportReviewReport',
  'listStyleFiles',
  'addStyleFile',
  'removeStyleFile',
  'addUserStyleEntry',
  'removeUserStyleEntry',
  'addSources',
  'addDroppedSources',
  'attachedSources',
] as const satisfies readonly (keyof InvokeApi)[];

/** Compile-time proof that INVOKE_METHODS lists every method of InvokeApi. */
type MissingMethods = Exclude<keyof InvokeApi, (typeof INVOKE_METHODS)[number]>;
const everyMethodListed: MissingMethods extends never ? true : never = true;
void everyMethodListed;

export type InvokeMethod = (typeof INVOKE_METHODS)[number];

export function channelOf(method: InvokeMethod): string {
  return `jiaokan:${method}`;
}

export const MENU_CHANNEL = 'jiaokan:menu';
export const DRAFT_DISK_CHANNEL = 'jiaokan:draft-disk';
export const STYLE_CHANGED_CHANNEL = 'jiaokan:style-changed';
/**
 * The preload tells main the path of a file the user dropped (only a real dropped File has
 * one), so that openPath accepts it; the page itself cannot send on this channel.
 */
export const DROPPED_PATH_CHANNEL = 'jiaokan:dropped-path';

/** What the renderer sees on `window.jiaokan`. */
export interface JiaokanApi extends InvokeApi {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Subscribes to changes of the open draft's file on disk; returns the unsubscribe function. */
  onDraftDiskChange(listener: (event: DraftDiskEvent) => void): () => void;
  /** Subscribes to changes of a style file in use on disk; returns the unsubscribe function. */
  onStyleChange(listener: () => void): () => void;
  /** The path of a dropped File (Electron's webUtils); '' where the platform gives none. */
  pathForFile(file: File): string;
}
