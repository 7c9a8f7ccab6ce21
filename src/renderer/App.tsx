import { useEffect, useMemo, useRef, useState } from 'react';
import { localeOf } from '../core/i18n/formatTime';
import { t } from '../core/i18n/messages';
import type { MenuCommand, OpenResult } from '../shared/api';
import { AboutDialog } from './components/AboutDialog';
import { ConfirmDiscardDialog } from './components/ConfirmDiscardDialog';
import { useDraftSave } from './save/useDraftSave';
import { SaveQuestionDialog } from './save/SaveQuestionDialog';
import { openFind } from './editor/findReplace';
import { useFindShortcuts } from './editor/useFindShortcuts';
import { SampleNotice } from './sample/SampleNotice';
import { ChromeNotice } from './chrome/ChromeNotice';
import { CompareView } from './components/compare/CompareView';
import { RevisionPicker } from './components/compare/RevisionPicker';
import { useCompare } from './components/compare/useCompare';
import { ErrorBanner } from './components/ErrorBanner';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ExportDialog } from './components/export/ExportDialog';
import { ExportNotice } from './components/export/ExportNotice';
import { useExport } from './components/export/useExport';
import { ReviewSidePanel } from './components/review/ReviewSidePanel';
import { SafetyBanner } from './components/safety/SafetyBanner';
import { useDraftSafety } from './components/safety/useDraftSafety';
import { SettingsDialog } from './components/SettingsDialog';
import { StatusBar } from './components/StatusBar';
import { Toolbar } from './components/Toolbar';
import { useDraftFile } from './draft/useDraftFile';
import { useEditorController } from './editor/useEditorController';
import { errorText } from './errorText';
import { api } from './jiaokanApi';
import { useReviewSession } from './review/useReviewSession';
import { deskCounts } from './review/deskCounts';
import { itemsByFinding } from '../core/review/itemsByFinding';
import { useSettings } from './settings/useSettings';
import { SourceCheckPanel } from './sources/SourceCheckPanel';
import { useSourceCheck } from './sources/useSourceCheck';
import { AddStyleTermDialog } from './style/AddStyleTermDialog';
import { StyleAddedNotice } from './style/StyleAddedNotice';
import { StyleFilesSection } from './style/StyleFilesSection';
import { useHouseStyleController } from './style/useHouseStyleController';
import { useAppliedTheme } from './useAppliedTheme';
import { modalOpen } from './modalOpen';
import { SidePanelResizer } from './components/layout/SidePanelResizer';
import { editorPaneStyle, mainAreaStyle } from './settings/appliedSettings';
import type { CheckClient } from './worker/checkClient';

/**
 * The window: composes the feature controllers (each owns its state, see docs/architecture.md,
 * "The renderer") and lays out their components. Wiring only; no feature's logic lives here.
 */
export function App() {
  const [banner, setBanner] = useState<string | null>(null);
  const [appDialog, setAppDialog] = useState<'settings' | 'about' | null>(null);
  const { settings, change: changeSettings, load: loadSettings, show: showSettings } = useSettings(setBanner);
  const lang = settings.lang;
  /** Late bindings: the review shares through the editor's check worker, the editor's edits reach the autosave. */
  const checkClient = useRef<() => CheckClient | null>(() => null);
  const onEdit = useRef<() => void>(() => undefined);

  const review = useReviewSession({
    lang,
    reviewer: settings.reviewer,
    onError: setBanner,
    shareReview: (revision, shared) => checkClient.current()?.shareReview(revision, shared),
  });
  const editor = useEditorController({ lang, onChecked: review.checked, onReconciled: review.reconciled, onEdit: () => onEdit.current() });
  checkClient.current = editor.client;
  const saveDraft = useRef<() => Promise<boolean>>(async () => false);
  const draftFile = useDraftFile({ lang, editor, onLoading: review.draftLoaded, onShown: () => setBanner(null), onError: setBanner, save: () => saveDraft.current() });
  const draftSave = useDraftSave({
    draft: draftFile.draftNow,
    text: editor.text,
    review: () => review.review,
    onSaved: (encoding) => {
      editor.markSaved();
      draftFile.saved(encoding);
    },
    onSavedAs: draftFile.showDraft,
    onError: setBanner,
  });
  saveDraft.current = draftSave.save;
  useFindShortcuts(editor.view);
  const { draft } = draftFile;
  const safety = useDraftSafety({
    lang,
    draft,
    currentText: editor.text,
    restore: (recovered) => {
      draftFile.showDraft({ name: recovered.name, path: recovered.path, text: recovered.text, encoding: draft?.encoding ?? 'UTF-8', format: draft?.format ?? 'txt' });
      editor.markEdited();
    },
    reload: (path) => void api().openPath(path).then(draftFile.showResult, (error: unknown) => setBanner(errorText(error))),
  });
  onEdit.current = safety.edited;
  /** Each current finding's review item: the panel, the counts and the source check all read it. */
  const findingItems = useMemo(() => itemsByFinding(review.review, editor.findings), [review.review, editor.findings]);
  const exporting = useExport({ lang, editor, draft, review: review.review });
  const comparing = useCompare({ editor, draft, openedText: draftFile.openedText, revisions: review.review?.revisions ?? [], onError: setBanner });
  const sourceCheck = useSourceCheck({ lang, review, editor, findingItems, draftPath: draft?.path ?? null, onError: setBanner });
  const houseStyle = useHouseStyleController({ lang, editor, draftPath: draft?.path ?? null, builtin: settings.builtinStyle, onError: setBanner });

  /** The startup effect runs once; it reaches the current offer (in the current language) through this. */
  const offerRecoveries = useRef(safety.offerRecoveries);
  offerRecoveries.current = safety.offerRecoveries;
  const { showDraft } = draftFile;
  const { recheck, start, setStartupLang } = editor;
  // Startup: the settings and the draft are read at once; the settings are applied first (so the
  // first check is in the right language), then the draft is shown.
  useEffect(() => {
    let cancelled = false;
    const reading = api()
      .openStartupDraft()
      .then((opened) => ({ opened }), (error: unknown) => ({ error }));
    void (async () => {
      try {
        const saved = await loadSettings();
        if (cancelled) return;
        setStartupLang(saved.lang);
        showSettings(saved);
      } catch (error) {
        if (!cancelled) setBanner(errorText(error));
      }
      const read = await reading;
      if (cancelled) return;
      const result: OpenResult | null = 'opened' in read ? read.opened : null;
      if ('error' in read) setBanner(errorText(read.error));
      start();
      if (result?.ok) showDraft(result.draft);
      else {
        if (result && result.cancelled !== true) setBanner(result.message);
        recheck();
      }
      void offerRecoveries.current();
    })();
    return () => {
      cancelled = true;
    };
  }, [loadSettings, showSettings, setStartupLang, start, showDraft, recheck]);

  useAppliedTheme(settings.theme);
  useEffect(() => {
    document.documentElement.lang = localeOf(lang);
    document.body.dataset.lang = lang;
  }, [lang]);

  const counts = useMemo(() => deskCounts(editor.findings, review.review, findingItems), [editor.findings, review.review, findingItems]);
  /** F8, the toolbar and the menu walk the review through the side panel, which sets this as it renders. */
  const reviewStep = useRef<(direction: 1 | -1) => void>(() => undefined);
  const menuCommand = useRef<(command: MenuCommand) => void>(() => undefined);
  menuCommand.current = (command) => {
    if (command === 'open') draftFile.openDialog();
    else if (command === 'save') void draftSave.save();
    else if (command === 'saveAs') void draftSave.saveAs();
    else if (command === 'find' || command === 'replace') {
      const view = editor.view();
      if (view) openFind(view, command === 'find' ? 'search' : 'replace');
    }
    else if (command === 'nextFinding') reviewStep.current(1);
    else if (command === 'previousFinding') reviewStep.current(-1);
    else if (command === 'about') setAppDialog('about');
  };
  useEffect(() => api().onMenuCommand((command) => menuCommand.current(command)), []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F8' || modalOpen()) return;
      event.preventDefault();
      reviewStep.current(event.shiftKey ? -1 : 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const closeAppDialog = () => setAppDialog(null);
  return (
    <div className="jk-app">
      <Toolbar
        lang={lang}
        title={draft?.path ?? draft?.name ?? null}
        onOpen={draftFile.openDialog}
        onOpenPath={draftFile.openPath}
        listRecent={draftFile.listRecent}
        onStep={(direction) => reviewStep.current(direction)}
        onSettings={() => setAppDialog('settings')}
        onAbout={() => setAppDialog('about')}
        onExport={exporting.open}
        onAddStyleTerm={houseStyle.openAddTerm}
        compare={{
          onCompareFile: () => void comparing.comparison.compareWithFile(),
          onCompareOpened: comparing.comparison.compareWithOpened,
          onCompareRevisions: comparing.pickRevisions,
        }}
      />
      {safety.prompts.map((prompt, i) => (
        <SafetyBanner key={`${i}:${prompt.message}`} message={prompt.message} actions={prompt.actions} lang={lang} />
      ))}
      {draft?.sample && <SampleNotice lang={lang} onNew={() => draftFile.newDraft(false)} onPaste={() => draftFile.newDraft(true)} />}
      <ChromeNotice
        lang={lang}
        chrome={editor.chrome}
        canChoose={review.review !== null}
        onInclude={(included) => review.update((r) => ({ ...r, chromeIncluded: included }))}
      />
      {banner !== null && <ErrorBanner message={banner} lang={lang} onDismiss={() => setBanner(null)} />}
      {houseStyle.style.lastAdded && (
        <StyleAddedNotice entry={houseStyle.style.lastAdded} lang={lang} onUndo={houseStyle.style.undoLastAdded} onDismiss={houseStyle.style.dismissLastAdded} />
      )}
      {exporting.exportedPath !== null && <ExportNotice lang={lang} path={exporting.exportedPath} onDismiss={exporting.dismissNotice} />}
      {comparing.comparison.pair && (
        <CompareView
          key={comparing.comparison.pair.id}
          pair={comparing.comparison.pair}
          lang={lang}
          compare={comparing.compareTexts}
          onSelectParagraph={comparing.selectParagraph}
          onRefresh={comparing.comparison.refresh}
          onClose={comparing.comparison.close}
          height={settings.compareHeight}
          onResize={(compareHeight) => changeSettings({ compareHeight })}
        />
      )}
      <main className="jk-main" style={mainAreaStyle(settings)}>
        <div className="jk-editor-pane" ref={editor.host} data-font={settings.editorFont} style={editorPaneStyle(settings)} />
        <SidePanelResizer lang={lang} width={settings.sidePanelWidth} onResize={(sidePanelWidth) => changeSettings({ sidePanelWidth })} />
        <ErrorBoundary lang={lang} message="app.boundary.panel" recover="retry" resetKey={draft?.path ?? draft?.name}>
          <ReviewSidePanel
            session={review}
            findings={editor.findings}
            findingItems={findingItems}
            counts={counts}
            stepRef={reviewStep}
            selectedId={editor.selectedId}
            lang={lang}
            waiting={editor.checking && editor.findings.length === 0}
            draftName={draft?.name ?? null}
            reviewerMissing={!settings.reviewer}
            view={editor.view}
            onSelect={editor.selectFinding}
            onApply={editor.applyFinding}
            onUnify={editor.unifyFinding}
            onIgnoreText={houseStyle.ignoreText}
            onError={setBanner}
            sourceCheck={<SourceCheckPanel check={sourceCheck} lang={lang} />}
          />
        </ErrorBoundary>
      </main>
      <StatusBar
        lang={lang}
        fileName={draft?.name ?? null}
        encoding={draft?.encoding ?? null}
        chars={editor.chars}
        edited={editor.edited}
        counts={counts}
        checking={editor.checking}
        checkError={editor.checkError}
        gazetteer={editor.gazetteer}
      />
      {draftFile.dragging && (
        <div className="jk-drop-overlay" data-testid="drop-overlay">
          <div className="jk-drop-hint">{t(lang, 'app.drop.hint')}</div>
        </div>
      )}
      {draftSave.question && <SaveQuestionDialog lang={lang} question={draftSave.question.ask} onAnswer={draftSave.question.answer} />}
      {draftFile.confirming && <ConfirmDiscardDialog lang={lang} name={draftFile.confirming.name} onAnswer={draftFile.confirming.answer} />}
      {appDialog === 'settings' && (
        <SettingsDialog settings={settings} onChange={changeSettings} onClose={closeAppDialog}>
          <StyleFilesSection lang={lang} style={houseStyle.style} builtin={settings.builtinStyle} onBuiltin={(on) => changeSettings({ builtinStyle: on })} />
        </SettingsDialog>
      )}
      {houseStyle.addingTerm && <AddStyleTermDialog lang={lang} selection={houseStyle.addingTerm.selection} onAdd={houseStyle.addTerm} onClose={houseStyle.closeAddTerm} />}
      {comparing.picking && <RevisionPicker lang={lang} revisions={review.review?.revisions ?? []} onClose={comparing.closePicker} onCompare={comparing.compareRevisions} />}
      {appDialog === 'about' && <AboutDialog lang={lang} gazetteer={editor.gazetteer} onClose={closeAppDialog} />}
      {exporting.dialog && (
        <ExportDialog
          lang={lang}
          source={exporting.dialog.source}
          acceptedFindingIds={exporting.dialog.accepted}
          review={review.review}
          counts={counts}
          preview={exporting.preview}
          onExported={exporting.exported}
          onClose={exporting.close}
        />
      )}
    </div>
  );
}
