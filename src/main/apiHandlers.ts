import { basename, dirname, extname, join } from 'node:path';
import { cleanCopy } from '../core/cleanCopy/cleanCopy';
import type { ExportFormat } from '../core/draftFile';
import { LocalizedError } from '../core/i18n/localizedError';
import { t } from '../core/i18n/messages';
import type { AttachedSource } from '../core/review/attachedSource';
import type { SourceText } from '../core/sources/sourceText';
import { attachedSourceState } from '../node/sources/fingerprintSource';
import { readAttachedSources } from '../node/sources/readSources';
import type { SourceTextCache } from '../node/sources/sourceTextCache';
import type { CleanExportRequest, SourceView, SourcesResult, DraftDiskEvent, InvokeApi, OpenResult, PendingRecoveryView, ReviewReportFormat, SaveDraftResult, SaveResult, Settings, StyleEditResult } from '../shared/api';
import { hasIndentedParagraphs } from '../core/text/indentedParagraphs';
import { saveDraftText } from '../node/save/saveDraftText';
import { saveAsProposal, saveDraftAs } from '../node/save/saveDraftAs';
import { draftFormatOfName } from '../node/draftFormatOfName';
import { openReview } from '../node/review/openReview';
import { saveReview as saveSidecar, type SidecarBase } from '../node/review/sidecarFile';
import { renderReviewReport } from '../core/review/renderReviewReport';
import { writeFileAtomic } from '../node/writeFileAtomic';
import { writeReviewReport } from '../node/review/writeReviewReport';
import { watchDraft, type DraftWatch } from '../node/draftWatcher';
import type { RecoveryStore } from '../node/recovery/recoveryStore';
import { recoveryKeyOf } from '../node/recovery/recoveryKey';
import { changeLogPathFor, defaultExportPath } from '../node/export/defaultExportPath';
import { writeChangeLog } from '../node/export/writeChangeLog';
import { refuseSourcePath, writeExport } from '../node/export/writeExport';
import { refuseOverwriting } from '../node/export/refuseOverwriting';
import { sidecarPathFor } from '../node/review/sidecarPath';
import { readDraft } from '../node/readDraft';
import { importPlainText, plainTextFormat } from '../node/importPlainText';
import { importInWorker, prepareImportWorker } from '../node/importInWorker';
import type { RecentFiles } from '../node/appState/recentFiles';
import type { SettingsStore } from '../node/appState/settingsStore';
import type { HouseStyle } from '../node/style/houseStyle';

/** What the handlers need from the outside world; Electron supplies the dialog, tests a stand-in. */
export interface ApiDeps {
  /** Shows File → Open and resolves to the chosen path, or null when cancelled. */
  askOpenFile(): Promise<string | null>;
  /** Shows a save dialog proposing `defaultPath`; resolves to the chosen path, or null when cancelled. */
  askSavePath(defaultPath: string, format: ExportFormat | ReviewReportFormat): Promise<string | null>;
  /** Shows Save As (.txt, .md, .docx, .html) proposing `defaultPath`; resolves to the chosen path, or null when cancelled. */
  askSaveDraftPath(defaultPath: string): Promise<string | null>;
  /** Prints a self-contained HTML page to PDF (Electron: an offscreen window; the tests: a Playwright page). */
  printToPdf(html: string): Promise<Uint8Array>;
  /** Where to propose saving exports of a draft that has no file (the sample, a dropped file). */
  documentsDir: string;
  settings: SettingsStore;
  recent: RecentFiles;
  recovery: RecoveryStore;
  /** Tells the renderer that the open draft changed on disk. */
  notifyDraftDisk(event: DraftDiskEvent): void;
  /** A draft path given on the command line, if any. */
  startupPath: string | null;
  /** The built-in sample draft shown when the app starts without a file. */
  samplePath: string;
  houseStyle: HouseStyle;
  /** Shows an open dialog for a style file (plain text); resolves to the chosen path, or null when cancelled. */
  askOpenStyleFile(): Promise<string | null>;
  /** Tells the renderer that a style file in use changed on disk. */
  notifyStyleChanged(): void;
  /** Shows an open dialog for source documents (several at once); resolves to the chosen paths, empty when cancelled. */
  askOpenSources(): Promise<string[]>;
  /** Extracted source text, kept in the app's data folder. */
  sourceTextCache: SourceTextCache;
}

/**
 * The main-process side of the IPC contract. Free of Electron so the same handlers serve the
 * real app and the browser end-to-end tests. Inputs are validated before they get here.
 */
export interface ApiHandlers extends InvokeApi {
  /** Stops watching the open draft (on quit, or when a test host closes). */
  dispose(): void;
  /** A file the user dropped (its path, from the preload): openPath accepts it from now on. */
  allowDroppedPath(path: string): void;
}

export function createApiHandlers(deps: ApiDeps): ApiHandlers {
  prepareImportWorker();
  const lang = () => deps.settings.get().lang;

  const failed = (error: unknown, path: string): { ok: false; message: string } => {
    if (error instanceof LocalizedError) return { ok: false, message: t(lang(), error.key, error.params) };
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: t(lang(), 'shell.openFailed', { name: basename(path), reason }) };
  };

  // One watch, on the draft shown; opening another draft moves it.
  let watch: DraftWatch | undefined;
  const watchOpenDraft = (path: string | null) => {
    watch?.dispose();
    watch = path === null ? undefined : watchDraft(path, (change) => deps.notifyDraftDisk({ path, kind: change.kind }));
  };

  /**
   * Reviews of the drafts opened in this session, by draft path: the sidecar and the state a
   * save merges against stay here; the renderer never holds the base. Only a draft this
   * process opened gets one, so the renderer cannot make main write a sidecar anywhere else.
   */
  const opened = new Set<string>();
  const reviews = new Map<string, { sidecarPath: string; base: SidecarBase }>();
  const dropped = new Set<string>();

  /** Every open draft and its review file: nothing the app writes may land on one of them. */
  const keptFiles = (extra: string | null = null): string[] =>
    [...opened, ...(extra === null ? [] : [extra])].flatMap((draft) => [draft, sidecarPathFor(draft)]);

  /** Paths the user chose: a drop, the recent list, the command line, or a draft already open (a reload). */
  const chosen = (path: string): boolean =>
    opened.has(path) || dropped.has(path) || path === deps.startupPath || deps.recent.list().includes(path);

  const openPath = async (path: string): Promise<OpenResult> => {
    try {
      const draft = await readDraft(path);
      opened.add(path);
      await deps.recent.add(path);
      watchOpenDraft(path);
      return { ok: true, draft };
    } catch (error) {
      return failed(error, path);
    }
  };

  /**
   * Source files the user chose (dialog, drop) or a review this process loaded records: the only
   * ones attachedSources reads again, so the renderer cannot make main read any other file.
   */
  const sourcePaths = new Set<string>();
  const knowSources = (review: { attachedSources?: AttachedSource[] }) => review.attachedSources?.forEach((s) => sourcePaths.add(s.path));

  const readSources = async (paths: string[]): Promise<SourcesResult> => {
    const sources: SourceView[] = [];
    for (const path of paths) {
      try {
        const [read] = await readAttachedSources([path], deps.sourceTextCache);
        sourcePaths.add(read!.attached.path);
        sources.push(sourceView(read!.attached, 'unchanged', read!.source));
      } catch (error) {
        return failed(error, path);
      }
    }
    return { ok: true, sources };
  };

  const rereadSource = async (recorded: AttachedSource): Promise<SourceView> => {
    const state = sourcePaths.has(recorded.path) ? await attachedSourceState(recorded) : 'missing';
    if (state === 'missing') return { attached: recorded, state, text: null };
    try {
      const [read] = await readAttachedSources([recorded.path], deps.sourceTextCache);
      return sourceView(recorded, state, read!.source);
    } catch {
      return { attached: recorded, state: 'missing', text: null };
    }
  };

  const styleEdit = async (edit: () => Promise<void>, path: string): Promise<StyleEditResult> => {
    try {
      await edit();
      return { ok: true };
    } catch (error) {
      return failed(error, path);
    }
  };

  return {
    dispose: () => watchOpenDraft(null),
    allowDroppedPath: (path) => void dropped.add(path),
    async openDialog() {
      const path = await deps.askOpenFile();
      return path === null ? { ok: false, cancelled: true } : openPath(path);
    },
    async saveDraft(path, text, toUtf8): Promise<SaveDraftResult> {
      // Only a plain-text draft this process opened is written over: never a file the user did not choose.
      const format = draftFormatOfName(path);
      if (!opened.has(path) || (format !== 'txt' && format !== 'md')) return { ok: false, message: t(lang(), 'app.save.notPlainText', { name: basename(path) }) };
      try {
        return { ok: true, path, encoding: await saveDraftText(path, text, toUtf8) };
      } catch (error) {
        const offerUtf8 = error instanceof LocalizedError && error.key === 'app.save.notRepresentable';
        return offerUtf8 ? { ...failed(error, path), offerUtf8 } : failed(error, path);
      }
    },
    async saveDraftAs(request): Promise<OpenResult> {
      const outPath = await deps.askSaveDraftPath(saveAsProposal(request.sourcePath ?? join(deps.documentsDir, request.sourceName)));
      if (outPath === null) return { ok: false, cancelled: true };
      try {
        await refuseOverwriting(outPath, keptFiles().filter((kept) => kept !== request.sourcePath));
        const draft = await saveDraftAs(outPath, request.text, request.review);
        opened.add(outPath);
        await deps.recent.add(outPath);
        watchOpenDraft(outPath);
        return { ok: true, draft };
      } catch (error) {
        return failed(error, outPath);
      }
    },
    async openPath(path: string) {
      // A renderer that was subverted could otherwise read any file and have a sidecar made beside it.
      if (!chosen(path)) return { ok: false, message: t(lang(), 'shell.openNotChosen', { name: basename(path) }) };
      return openPath(path);
    },
    async openBytes(name: string, bytes: Uint8Array) {
      try {
        watchOpenDraft(null);
        const plain = plainTextFormat(name, bytes);
        return { ok: true, draft: plain ? importPlainText(name, bytes, null, plain) : await importInWorker(name, bytes, null) };
      } catch (error) {
        return failed(error, name);
      }
    },
    async openStartupDraft() {
      if (deps.startupPath !== null) return openPath(deps.startupPath);
      try {
        const draft = await readDraft(deps.samplePath);
        watchOpenDraft(null);
        return { ok: true, draft: { ...draft, path: null, name: t(lang(), 'shell.sampleName'), sample: true } };
      } catch (error) {
        return failed(error, deps.samplePath);
      }
    },
    async listRecent() {
      return deps.recent.list();
    },
    async getSettings() {
      return deps.settings.get();
    },
    async setSettings(patch: Partial<Settings>) {
      return deps.settings.update(patch);
    },
    async pickComparisonFile() {
      const path = await deps.askOpenFile();
      if (path === null) return { ok: false, cancelled: true };
      try {
        return { ok: true, draft: await readDraft(path) };
      } catch (error) {
        return failed(error, path);
      }
    },
    async autosaveDraft(draft) {
      const key = recoveryKeyOf(draft.path);
      try {
        await refuseOverwriting(deps.recovery.fileOf(key), keptFiles(draft.path));
      } catch (error) {
        return failed(error, draft.name);
      }
      const outcome = await deps.recovery.save(key, { ...draft, savedAt: new Date().toISOString() });
      return outcome.ok ? { ok: true } : { ok: false, message: t(lang(), outcome.problem.key, outcome.problem.params) };
    },
    async listRecoveries(): Promise<PendingRecoveryView[]> {
      return (await deps.recovery.list()).map((r) =>
        r.readable
          ? { readable: true, key: r.key, name: r.draft.name, path: r.draft.path, savedAt: r.draft.savedAt, text: r.draft.text }
          : { readable: false, key: r.key, message: t(lang(), r.problem.key, r.problem.params) },
      );
    },
    async discardRecovery(key: string) {
      await deps.recovery.discard(key);
    },
    async openReview(draftPath, text, findings, claims) {
      if (!opened.has(draftPath)) return { ok: false, message: t(lang(), 'review.ui.notOpened') };
      try {
        // The renderer's findings and claims, made with the chrome choice it holds.
        const result = await openReview(draftPath, text, () => findings, () => claims, new Date().toISOString());
        if (!result.ok) {
          reviews.delete(draftPath);
          return { ok: false, message: t(lang(), result.error.key, result.error.params) };
        }
        reviews.set(draftPath, { sidecarPath: result.sidecarPath, base: result.base });
        knowSources(result.review);
        return { ok: true, review: result.review, existed: result.existed };
      } catch (error) {
        return failed(error, draftPath);
      }
    },
    async saveReview(draftPath, review) {
      const session = reviews.get(draftPath);
      if (!session) return { ok: false, message: t(lang(), 'review.ui.notOpened') };
      try {
        const result = await saveSidecar(session.sidecarPath, review, session.base);
        session.base = result.base;
        knowSources(result.ok ? result.review : result.merged);
        if (!result.ok) return { ok: false, conflicts: result.conflicts, merged: result.merged };
        return result.merged ? { ok: true, merged: true, review: result.review } : { ok: true, merged: false };
      } catch (error) {
        return failed(error, session.sidecarPath);
      }
    },
    async exportReviewReport(draftName, review, format): Promise<SaveResult> {
      const draftPath = [...reviews.keys()].find((p) => basename(p) === draftName);
      const stem = `${basename(draftName, extname(draftName))}.review.${format}`;
      const outPath = await deps.askSavePath(draftPath ? join(dirname(draftPath), stem) : join(deps.documentsDir, stem), format);
      if (outPath === null) return { ok: false, cancelled: true };
      try {
        await refuseOverwriting(outPath, keptFiles());
        if (format === 'pdf') {
          const html = renderReviewReport(review, 'html', draftName, lang(), new Date().toISOString());
          await writeFileAtomic(outPath, await deps.printToPdf(html));
        } else {
          await writeReviewReport(outPath, review, format, draftName, lang());
        }
        return { ok: true, path: outPath };
      } catch (error) {
        return failed(error, outPath);
      }
    },
    async listStyleFiles(draftPath) {
      // Only a draft this process opened: the renderer cannot make main read style files anywhere else.
      const files = await deps.houseStyle.filesFor(draftPath !== null && opened.has(draftPath) ? draftPath : null, deps.notifyStyleChanged);
      return files.map((f) => ('error' in f ? { path: f.path, origin: f.origin, message: t(lang(), f.error.key, f.error.params) } : f));
    },
    async addStyleFile() {
      const path = await deps.askOpenStyleFile();
      if (path === null) return { ok: false, cancelled: true };
      return styleEdit(() => deps.houseStyle.addFile(path), path);
    },
    removeStyleFile: (path) => styleEdit(() => deps.houseStyle.removeFile(path), path),
    addUserStyleEntry: (entry) => styleEdit(() => deps.houseStyle.addEntry(entry), deps.houseStyle.userFile),
    removeUserStyleEntry: (entry) => styleEdit(() => deps.houseStyle.removeEntry(entry), deps.houseStyle.userFile),
    async addSources() {
      const paths = await deps.askOpenSources();
      return paths.length === 0 ? { ok: false, cancelled: true } : readSources(paths);
    },
    async addDroppedSources(paths) {
      const refused = paths.find((path) => !dropped.has(path));
      if (refused !== undefined) return { ok: false, message: t(lang(), 'shell.openNotChosen', { name: basename(refused) }) };
      return readSources(paths);
    },
    async attachedSources(recorded) {
      return { ok: true, sources: await Promise.all(recorded.map(rereadSource)) };
    },
    async exportCleanCopy(request: CleanExportRequest): Promise<SaveResult> {
      // A draft without a file (the sample, a dropped file) is proposed in the documents folder.
      const proposed = defaultExportPath(request.sourcePath ?? join(deps.documentsDir, request.sourceName), request.format);
      const outPath = await deps.askSavePath(proposed, request.format);
      if (outPath === null) return { ok: false, cancelled: true };
      try {
        const logPath = request.saveLog ? changeLogPathFor(outPath) : null;
        // Both targets are judged before either is written: the log's name derives from the export's.
        await refuseSourcePath(request.sourcePath, outPath, request.format);
        await refuseOverwriting(outPath, keptFiles(request.sourcePath));
        if (logPath !== null) await refuseOverwriting(logPath, keptFiles(request.sourcePath));
        const result = cleanCopy(request.text, request.options, request.accepted);
        await writeExport({ sourcePath: request.sourcePath, outPath, format: request.format, text: result.text, indented: hasIndentedParagraphs(request.text) });
        if (logPath !== null) await writeChangeLog(logPath, result.log, lang());
        return { ok: true, path: outPath };
      } catch (error) {
        return failed(error, outPath);
      }
    },
  };
}

function sourceView(attached: AttachedSource, state: SourceView['state'], source: SourceText): SourceView {
  return source.pageStarts === undefined ? { attached, state, text: source.text } : { attached, state, text: source.text, pageStarts: [...source.pageStarts] };
}
