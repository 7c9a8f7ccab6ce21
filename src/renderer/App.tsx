import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Finding } from '../core/finding';
import type { Lang } from '../core/i18n/lang';
import { t } from '../core/i18n/messages';
import type { DraftFile } from '../core/draftFile';
import type { Review } from '../core/review/review';
import type { MenuCommand, OpenResult, Settings } from '../shared/api';
import { AboutDialog } from './components/AboutDialog';
import { ConfirmDiscardDialog, type UnsavedAnswer } from './components/ConfirmDiscardDialog';
import { useDraftSave } from './save/useDraftSave';
import { SaveQuestionDialog } from './save/SaveQuestionDialog';
import { useCloseGuard } from './save/useCloseGuard';
import { openFind } from './editor/findReplace';
import { useFindShortcuts } from './editor/useFindShortcuts';
import { SampleNotice } from './sample/SampleNotice';
import { CompareView } from './components/compare/CompareView';
import { RevisionPicker, type RevisionChoice } from './components/compare/RevisionPicker';
import { selectParagraph, type ParagraphRef } from './components/compare/selectParagraph';
import { useComparison } from './components/compare/useComparison';
import type { CompareTexts } from './components/compare/useRevisionDiff';
import { ErrorBanner } from './components/ErrorBanner';
import { SafetyBanner } from './components/safety/SafetyBanner';
import { useDraftSafety } from './components/safety/useDraftSafety';
import { ExportDialog, type ExportSource, type PreviewClean } from './components/export/ExportDialog';
import { ExportNotice } from './components/export/ExportNotice';
import { ReviewSidePanel } from './components/review/ReviewSidePanel';
import { ErrorBoundary } from './components/ErrorBoundary';
import { SettingsDialog } from './components/SettingsDialog';
import { StatusBar } from './components/StatusBar';
import { Toolbar } from './components/Toolbar';
import { DraftEditor } from './editor/draftEditor';
import { applySuggestion, goToFinding, moveToFinding } from './editor/findingCommands';
import { findingsField, setFindings } from './editor/findingsField';
import { acceptedFindingIds } from './review/acceptedFindingIds';
import { setPlaces } from './editor/placesField';
import { unifyVariants } from './editor/unifyVariants';
import { api } from './jiaokanApi';
import { useAppliedTheme } from './useAppliedTheme';
import { useFileDrop } from './useFileDrop';
import { CheckClient, type GazetteerStatus } from './worker/checkClient';
import { useReviewSession } from './review/useReviewSession';
import { useHouseStyle } from './style/useHouseStyle';
import { StyleFilesSection } from './style/StyleFilesSection';
import { StyleAddedNotice } from './style/StyleAddedNotice';
import { AddStyleTermDialog } from './style/AddStyleTermDialog';

type DialogState =
  | { kind: 'settings' }
  | { kind: 'about' }
  | { kind: 'confirm'; name: string; answer(answer: UnsavedAnswer): void }
  | { kind: 'export'; source: ExportSource; accepted: ReadonlySet<string> }
  | { kind: 'revisions' }
  | { kind: 'addStyleTerm'; selection: string }
  | null;

type ShownDraft = Pick<DraftFile, 'name' | 'encoding' | 'path' | 'format' | 'sample'>;

const DEFAULT_SETTINGS: Settings = { lang: 'zh', theme: 'system', reviewer: '', builtinStyle: true };

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function App() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [draft, setDraft] = useState<ShownDraft | null>(null);
  const [edited, setEdited] = useState(false);
  const [chars, setChars] = useState(0);
  const [findings, setFindingList] = useState<readonly Finding[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [checking, setChecking] = useState(true);
  const [checkError, setCheckError] = useState<string | null>(null);
  const [gazetteer, setGazetteer] = useState<GazetteerStatus>({ status: 'loading' });
  const [banner, setBanner] = useState<string | null>(null);
  const [dialog, setDialog] = useState<DialogState>(null);
  const [exportedPath, setExportedPath] = useState<string | null>(null);
  const lang = settings.lang;
  const shareReview = useCallback((revision: number, review: Review | null) => clientRef.current?.shareReview(revision, review), []);
  const reviewSession = useReviewSession({ lang, reviewer: settings.reviewer, onError: setBanner, shareReview });
  const reviewSessionRef = useRef(reviewSession);
  reviewSessionRef.current = reviewSession;

  const editorHost = useRef<HTMLDivElement>(null);
  const editorRef = useRef<DraftEditor | null>(null);
  const editorView = useCallback(() => editorRef.current?.view ?? null, []);
  const clientRef = useRef<CheckClient | null>(null);
  const langRef = useRef<Lang>(lang);
  const editedRef = useRef(false);
  const draftRef = useRef<ShownDraft | null>(null);
  /** The draft's text as opened: one side of "compare with the version as opened". */
  const openedTextRef = useRef<string | null>(null);
  const dialogRef = useRef<DialogState>(null);
  /** Edit hooks added after the editor is created (the autosave). */
  const onEditRef = useRef<() => void>(() => undefined);
  const charCountTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** No check runs before the startup draft is in, so `idle` never describes an empty placeholder. */
  const startedRef = useRef(false);
  dialogRef.current = dialog;

  const recheck = useCallback((delayMs?: number) => {
    const editor = editorRef.current;
    const client = clientRef.current;
    if (!editor || !client || !startedRef.current) return;
    setChecking(true);
    client.request(() => editor.text(), langRef.current, delayMs);
  }, []);

  useEffect(() => {
    const client = new CheckClient(
      {
        onFindings: (found, _version, places, claims, reviewRevision) => {
          editorRef.current?.view.dispatch({ effects: [setFindings.of(found), setPlaces.of(places)] });
          reviewSessionRef.current.checked(editorRef.current?.text() ?? '', found, claims, reviewRevision);
          setCheckError(null);
          setChecking(false);
        },
        onReconciled: (review, revision) => reviewSessionRef.current.reconciled(review, revision),
        onFailed: (reason) => {
          setCheckError(reason);
          setChecking(false);
        },
        onGazetteer: setGazetteer,
      },
      new URL('./gazetteer.json', document.baseURI).href,
      new URL('./typo.json', document.baseURI).href,
    );
    clientRef.current = client;
    const editor = new DraftEditor(
      editorHost.current!,
      {
        onEdit: () => {
          onEditRef.current();
          editedRef.current = true;
          setEdited(true);
          // The count is shown after typing pauses: a state change per keystroke would re-render the panels.
          clearTimeout(charCountTimer.current);
          charCountTimer.current = setTimeout(() => setChars(editor.charCount()), 250);
          recheck();
        },
        onFindingsShown: setFindingList,
        onSelectedFinding: setSelectedId,
      },
      langRef.current,
    );
    editorRef.current = editor;
    return () => {
      client.dispose();
      editor.destroy();
      clientRef.current = null;
      editorRef.current = null;
    };
  }, [recheck]);

  const showDraft = useCallback(
    (file: DraftFile) => {
      const editor = editorRef.current;
      if (!editor) return;
      editor.load(file.text);
      openedTextRef.current = file.text;
      const shown = { name: file.name, encoding: file.encoding, path: file.path, format: file.format, sample: file.sample };
      draftRef.current = shown;
      reviewSessionRef.current.draftLoaded(file.path);
      editedRef.current = false;
      setDraft(shown);
      setEdited(false);
      setChars(editor.charCount());
      setBanner(null);
      setExportedPath(null);
      recheck(0);
    },
    [recheck],
  );

  const showResult = useCallback(
    (result: OpenResult) => {
      if (result.ok) return showDraft(result.draft);
      if (result.cancelled === true) return;
      setBanner(result.message);
    },
    [showDraft],
  );

  const safety = useDraftSafety({
    lang,
    draft,
    currentText: () => editorRef.current?.text() ?? null,
    restore: (recovered) => {
      showDraft({ name: recovered.name, path: recovered.path, text: recovered.text, encoding: draftRef.current?.encoding ?? 'UTF-8', format: draftRef.current?.format ?? 'txt' });
      editedRef.current = true;
      setEdited(true);
    },
    reload: (path) => void api().openPath(path).then(showResult, (error: unknown) => setBanner(errorText(error))),
  });
  onEditRef.current = safety.edited;
  /** The startup effect runs once; it reaches the current offer (in the current language) through this. */
  const offerRecoveriesRef = useRef(safety.offerRecoveries);
  offerRecoveriesRef.current = safety.offerRecoveries;

  const draftSave = useDraftSave({
    draft: () => draftRef.current,
    text: () => editorRef.current?.text() ?? null,
    review: () => reviewSessionRef.current.review,
    onSaved: (encoding) => {
      editedRef.current = false;
      setEdited(false);
      setDraft((shown) => shown && (draftRef.current = { ...shown, encoding }));
    },
    onSavedAs: (saved) => showDraft(saved),
    onError: setBanner,
  });
  const { save: saveDraft } = draftSave;

  /** Never loses edits silently: asks 保存 / 不保存 / 取消 before anything replaces an edited draft. */
  const confirmDiscard = useCallback((): Promise<boolean> => {
    if (!editedRef.current) return Promise.resolve(true);
    return new Promise((resolve) =>
      setDialog({
        kind: 'confirm',
        name: draftRef.current?.name ?? '',
        answer: (answer) => {
          setDialog(null);
          resolve(answer === 'save' ? saveDraft() : answer === 'discard');
        },
      }),
    );
  }, [saveDraft]);
  useCloseGuard(() => editedRef.current, confirmDiscard);
  useFindShortcuts(editorView);

  const openWith = useCallback(
    async (action: () => Promise<OpenResult>) => {
      if (!(await confirmDiscard())) return;
      try {
        showResult(await action());
      } catch (error) {
        setBanner(errorText(error));
      }
    },
    [confirmDiscard, showResult],
  );

  const openDialog = useCallback(() => void openWith(() => api().openDialog()), [openWith]);
  /** 新建: an empty draft without a file, the keyboard in it. 粘贴稿件 also pastes the clipboard; where it cannot be read, Ctrl+V does. */
  const newDraft = useCallback(
    (paste: boolean) =>
      void openWith(async () => ({ ok: true, draft: { path: null, name: t(langRef.current, 'app.sample.untitled'), format: 'txt', encoding: 'UTF-8', text: '' } })).then(async () => {
        const view = editorRef.current?.view;
        view?.focus();
        const pasted = paste ? await navigator.clipboard.readText().catch(() => '') : '';
        if (view && pasted) view.dispatch({ changes: { from: 0, insert: pasted }, userEvent: 'input.paste' });
      }),
    [openWith],
  );
  const openPath = useCallback((path: string) => void openWith(() => api().openPath(path)), [openWith]);
  const listRecent = useCallback(() => api().listRecent(), []);

  const onDropFile = useCallback(
    (file: File) =>
      void openWith(async () => {
        const path = api().pathForFile(file);
        if (path) return api().openPath(path);
        let bytes: Uint8Array;
        try {
          bytes = new Uint8Array(await file.arrayBuffer());
        } catch {
          return { ok: false, message: t(langRef.current, 'app.banner.dropReadFailed', { name: file.name }) };
        }
        return api().openBytes(file.name, bytes);
      }),
    [openWith],
  );
  const dragging = useFileDrop(onDropFile);

  const step = useCallback((direction: 1 | -1) => {
    const editor = editorRef.current;
    if (editor) moveToFinding(editor.view, direction);
  }, []);
  const selectFinding = useCallback((id: string) => {
    if (editorRef.current) goToFinding(editorRef.current.view, id);
  }, []);
  const applyFinding = useCallback((id: string) => {
    if (editorRef.current) applySuggestion(editorRef.current.view, id);
  }, []);
  const unifyFinding = useCallback((id: string, form: string) => {
    if (editorRef.current) unifyVariants(editorRef.current.view, id, form);
  }, []);
  const openExport = useCallback(() => {
    const editor = editorRef.current;
    if (!editor) return;
    const shown = draftRef.current;
    setDialog({
      kind: 'export',
      source: { name: shown?.name ?? t(langRef.current, 'app.status.noFile'), path: shown?.path ?? null, format: shown?.format ?? null, state: editor.view.state },
      accepted: acceptedFindingIds(reviewSessionRef.current.review, editor.view.state.field(findingsField).findings),
    });
  }, []);
  const previewClean = useCallback<PreviewClean>((...args) => clientRef.current?.clean(...args) ?? Promise.resolve(null), []);

  const comparison = useComparison({
    draft,
    editorText: () => editorRef.current?.text() ?? null,
    openedText: () => openedTextRef.current,
    onError: setBanner,
  });
  const compareTexts = useCallback<CompareTexts>((...args) => clientRef.current?.compare(...args) ?? Promise.resolve(null), []);
  const selectComparedParagraph = useCallback((paragraph: ParagraphRef) => {
    if (editorRef.current) selectParagraph(editorRef.current.view, paragraph);
  }, []);

  const houseStyle = useHouseStyle({
    lang,
    draftPath: draft?.path ?? null,
    builtin: settings.builtinStyle,
    sendStyle: (files, builtin) => clientRef.current?.setStyle(files, builtin),
    recheck: () => recheck(0),
    onError: setBanner,
  });
  const { addEntry: addStyleEntry } = houseStyle;
  const ignoreText = useCallback((text: string) => addStyleEntry({ kind: 'ignore', word: text }), [addStyleEntry]);
  const openAddStyleTerm = useCallback(() => {
    const state = editorRef.current?.view.state;
    setDialog({ kind: 'addStyleTerm', selection: state ? state.sliceDoc(state.selection.main.from, state.selection.main.to) : '' });
  }, []);

  const changeSettings = useCallback(async (patch: Partial<Settings>) => {
    setSettings((current) => ({ ...current, ...patch }));
    try {
      setSettings(await api().setSettings(patch));
    } catch (error) {
      setBanner(errorText(error));
    }
  }, []);

  // Startup: settings first (so the first check is in the right language), then the draft.
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const saved = await api().getSettings();
        if (cancelled) return;
        langRef.current = saved.lang;
        editorRef.current?.setLang(saved.lang);
        setSettings(saved);
      } catch (error) {
        if (!cancelled) setBanner(errorText(error));
      }
      let result: OpenResult | null = null;
      try {
        result = await api().openStartupDraft();
      } catch (error) {
        if (!cancelled) setBanner(errorText(error));
      }
      if (cancelled) return;
      startedRef.current = true;
      if (result?.ok) showDraft(result.draft);
      else {
        if (result && result.cancelled !== true) setBanner(result.message);
        recheck(0);
      }
      void offerRecoveriesRef.current();
    })();
    return () => {
      cancelled = true;
    };
  }, [showDraft, recheck]);

  useEffect(() => {
    if (langRef.current === lang) return;
    langRef.current = lang;
    editorRef.current?.setLang(lang);
    recheck(0);
  }, [lang, recheck]);

  useAppliedTheme(settings.theme);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.body.dataset.lang = lang;
    document.title = draft ? `${draft.name}${edited ? t(lang, 'app.title.unsaved') : ''} — ${t(lang, 'app.name')}` : t(lang, 'app.name');
  }, [lang, draft, edited]);

  // After the commit, so `idle` is only announced once the marks and the panel show the findings.
  useLayoutEffect(() => {
    document.body.dataset.checkState = checking ? 'running' : 'idle';
  }, [checking]);

  const menuCommand = useRef<(command: MenuCommand) => void>(() => undefined);
  menuCommand.current = (command) => {
    if (command === 'open') openDialog();
    else if (command === 'save') void draftSave.save();
    else if (command === 'saveAs') void draftSave.saveAs();
    else if ((command === 'find' || command === 'replace') && editorRef.current) openFind(editorRef.current.view, command === 'find' ? 'search' : 'replace');
    else if (command === 'nextFinding') step(1);
    else if (command === 'previousFinding') step(-1);
    else if (command === 'about') setDialog({ kind: 'about' });
  };
  useEffect(() => api().onMenuCommand((command) => menuCommand.current(command)), []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F8' || dialogRef.current) return;
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step]);

  return (
    <div className="jk-app">
      <Toolbar
        lang={lang}
        title={draft?.path ?? draft?.name ?? null}
        onOpen={openDialog}
        onOpenPath={openPath}
        listRecent={listRecent}
        onStep={step}
        onSettings={() => setDialog({ kind: 'settings' })}
        onAbout={() => setDialog({ kind: 'about' })}
        onExport={openExport}
        onAddStyleTerm={openAddStyleTerm}
        compare={{
          onCompareFile: () => void comparison.compareWithFile(),
          onCompareOpened: comparison.compareWithOpened,
          onCompareRevisions: () => setDialog({ kind: 'revisions' }),
        }}
      />
      {safety.prompts.map((prompt, i) => (
        <SafetyBanner key={`${i}:${prompt.message}`} message={prompt.message} actions={prompt.actions} lang={lang} />
      ))}
      {draft?.sample && <SampleNotice lang={lang} onNew={() => newDraft(false)} onPaste={() => newDraft(true)} />}
      {banner !== null && <ErrorBanner message={banner} lang={lang} onDismiss={() => setBanner(null)} />}
      {houseStyle.lastAdded && <StyleAddedNotice entry={houseStyle.lastAdded} lang={lang} onUndo={houseStyle.undoLastAdded} onDismiss={houseStyle.dismissLastAdded} />}
      {exportedPath !== null && <ExportNotice lang={lang} path={exportedPath} onDismiss={() => setExportedPath(null)} />}
      {comparison.pair && (
        <CompareView
          key={comparison.pair.id}
          pair={comparison.pair}
          lang={lang}
          compare={compareTexts}
          onSelectParagraph={selectComparedParagraph}
          onRefresh={comparison.refresh}
          onClose={comparison.close}
        />
      )}
      <main className="jk-main">
        <div className="jk-editor-pane" ref={editorHost} />
        <ErrorBoundary lang={lang} message="app.boundary.panel" recover="retry" resetKey={draft?.path ?? draft?.name}>
          <ReviewSidePanel
            session={reviewSession}
            findings={findings}
            selectedId={selectedId}
            lang={lang}
            waiting={checking && findings.length === 0}
            draftName={draft?.name ?? null}
            reviewerMissing={!settings.reviewer}
            view={editorView}
            onSelect={selectFinding}
            onApply={applyFinding}
            onUnify={unifyFinding}
            onIgnoreText={ignoreText}
            onError={setBanner}
          />
        </ErrorBoundary>
      </main>
      <StatusBar
        lang={lang}
        fileName={draft?.name ?? null}
        encoding={draft?.encoding ?? null}
        chars={chars}
        edited={edited}
        findings={findings}
        checking={checking}
        checkError={checkError}
        gazetteer={gazetteer}
      />
      {dragging && (
        <div className="jk-drop-overlay" data-testid="drop-overlay">
          <div className="jk-drop-hint">{t(lang, 'app.drop.hint')}</div>
        </div>
      )}
      {draftSave.question && <SaveQuestionDialog lang={lang} question={draftSave.question.ask} onAnswer={draftSave.question.answer} />}
      {dialog?.kind === 'confirm' && <ConfirmDiscardDialog lang={lang} name={dialog.name} onAnswer={dialog.answer} />}
      {dialog?.kind === 'settings' && (
        <SettingsDialog settings={settings} onChange={(patch) => void changeSettings(patch)} onClose={() => setDialog(null)}>
          <StyleFilesSection lang={lang} style={houseStyle} builtin={settings.builtinStyle} onBuiltin={(on) => void changeSettings({ builtinStyle: on })} />
        </SettingsDialog>
      )}
      {dialog?.kind === 'addStyleTerm' && (
        <AddStyleTermDialog lang={lang} selection={dialog.selection} onAdd={(forbidden, preferred) => addStyleEntry({ kind: 'term', forbidden, preferred })} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'revisions' && (
        <RevisionPicker
          lang={lang}
          revisions={reviewSession.review?.revisions ?? []}
          onClose={() => setDialog(null)}
          onCompare={(oldChoice, newChoice) => {
            const revisions = reviewSession.review?.revisions ?? [];
            const side = (choice: RevisionChoice) => {
              const revision = choice === 'current' ? undefined : revisions[choice];
              if (revision) return { label: { kind: 'named' as const, name: revision.label }, text: revision.text, live: false };
              const text = editorRef.current?.text();
              return text === undefined ? null : { label: { kind: 'current' as const, draftName: draft?.name ?? null }, text, live: true };
            };
            const old = side(oldChoice);
            setDialog(null);
            if (old) comparison.compareSides(old, side(newChoice));
          }}
        />
      )}
      {dialog?.kind === 'about' && <AboutDialog lang={lang} gazetteer={gazetteer} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'export' && (
        <ExportDialog
          lang={lang}
          source={dialog.source}
          acceptedFindingIds={dialog.accepted}
          review={reviewSession.review}
          preview={previewClean}
          onExported={(path) => {
            setDialog(null);
            setExportedPath(path);
          }}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
