import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { EditorView } from '@codemirror/view';
import type { Claim } from '../../core/claims/claim';
import type { Finding } from '../../core/finding';
import type { Lang } from '../../core/i18n/lang';
import type { ReviewDelta } from '../../core/review/reviewDelta';
import { CheckClient, type GazetteerStatus } from '../worker/checkClient';
import { DraftEditor } from './draftEditor';
import { applySuggestion, goToFinding } from './findingCommands';
import { setFindings } from './findingsField';
import { setPlaces } from './placesField';
import { setChrome } from '../chrome/chromeField';
import { NO_PAGE_CHROME, type PageChromeState } from '../chrome/pageChromeState';
import { unifyVariants } from './unifyVariants';

interface Options {
  lang: Lang;
  /** A check run's findings are in the editor: the review opens or reconciles them. */
  onChecked(text: string, findings: readonly Finding[], claims: readonly Claim[], reviewRevision: number | null): void;
  /** The worker's reconciliation of the review shared as `revision`, as its change from that review. */
  onReconciled(delta: ReviewDelta, revision: number): void;
  /** Any edit by the user (after the editor's own bookkeeping). */
  onEdit(): void;
}

export interface EditorController {
  /** Where the editor is mounted. */
  host: RefObject<HTMLDivElement | null>;
  view(): EditorView | null;
  text(): string | null;
  /** The check worker, for the features that run work in it (review, clean copy, comparison, house style). */
  client(): CheckClient | null;
  findings: readonly Finding[];
  selectedId: string | null;
  checking: boolean;
  checkError: string | null;
  gazetteer: GazetteerStatus;
  /** The page chrome the last check recognised (dimmed in the editor while it is left out). */
  chrome: PageChromeState;
  chars: number;
  edited: boolean;
  editedNow(): boolean;
  /** Shows a draft's text as unedited and checks it at once. */
  load(text: string): void;
  markEdited(): void;
  /** The draft's text is on disk (Save): it no longer counts as edited. */
  markSaved(): void;
  /** Checks start once the startup draft is in, so `idle` never describes an empty placeholder. */
  start(): void;
  /** Sets the language before the first check (startup), without a check of its own. */
  setStartupLang(lang: Lang): void;
  recheck(): void;
  selectFinding(id: string): void;
  applyFinding(id: string): void;
  unifyFinding(id: string, form: string): void;
}

/**
 * A re-check that ends sooner than this never shows 检查中: the status bar would flicker at every
 * keystroke, and each flip of the state re-renders the window.
 */
const CHECKING_SHOWN_AFTER_MS = 120;

/** The draft editor and its check worker: the text, its findings and the state of the check. */
export function useEditorController(options: Options): EditorController {
  const [edited, setEdited] = useState(false);
  const [chars, setChars] = useState(0);
  const [findings, setFindingList] = useState<readonly Finding[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [checking, setChecking] = useState(true);
  /** Counts the check results shown, so each one announces `idle` after its commit. */
  const [settled, setSettled] = useState(0);
  /** Whether a check of the current text is still to come. */
  const waitingRef = useRef(true);
  const busyTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [checkError, setCheckError] = useState<string | null>(null);
  const [gazetteer, setGazetteer] = useState<GazetteerStatus>({ status: 'loading' });
  const [chrome, setChromeState] = useState<PageChromeState>(NO_PAGE_CHROME);
  const latest = useRef(options);
  latest.current = options;
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<DraftEditor | null>(null);
  const clientRef = useRef<CheckClient | null>(null);
  const langRef = useRef<Lang>(options.lang);
  const editedRef = useRef(false);
  const charCountTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const startedRef = useRef(false);

  const recheck = useCallback(() => {
    const editor = editorRef.current;
    const client = clientRef.current;
    if (!editor || !client || !startedRef.current) return;
    // Said at once, not at React's next commit: a fast re-check's result may arrive before that
    // commit, and whoever waits for `idle` after an edit must not take the old state for it.
    document.body.dataset.checkState = 'running';
    waitingRef.current = true;
    clearTimeout(busyTimer.current);
    busyTimer.current = setTimeout(() => setChecking(true), CHECKING_SHOWN_AFTER_MS);
    client.request(() => editor.text(), langRef.current);
  }, []);

  const settle = useCallback(() => {
    waitingRef.current = false;
    clearTimeout(busyTimer.current);
    setChecking(false);
    setSettled((n) => n + 1);
  }, []);

  const markEdited = useCallback(() => {
    editedRef.current = true;
    setEdited(true);
  }, []);

  useEffect(() => {
    /** The run whose findings are shown and whose claims are awaited. */
    let checkedRun: { version: number; text: string; found: Finding[]; reviewRevision: number | null } | null = null;
    const client = new CheckClient(
      {
        onFindings: (found, version, places, reviewRevision, pageChrome) => {
          editorRef.current?.view.dispatch({ effects: [setFindings.of(found), setPlaces.of(places), setChrome.of(pageChrome)] });
          setChromeState(pageChrome);
          checkedRun = { version, text: editorRef.current?.text() ?? '', found, reviewRevision };
          setCheckError(null);
          settle();
        },
        // The review takes the run once its claims are in; the client drops claims of any other version.
        onClaims: (claims, version) => {
          if (checkedRun?.version !== version) return;
          const { text, found, reviewRevision } = checkedRun;
          checkedRun = null;
          latest.current.onChecked(text, found, claims, reviewRevision);
        },
        onReconciled: (delta, revision) => latest.current.onReconciled(delta, revision),
        onFailed: (reason) => {
          setCheckError(reason);
          settle();
        },
        onGazetteer: setGazetteer,
      },
    );
    clientRef.current = client;
    const editor = new DraftEditor(
      host.current!,
      {
        onEdit: () => {
          latest.current.onEdit();
          markEdited();
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
      clearTimeout(busyTimer.current);
      client.dispose();
      editor.destroy();
      clientRef.current = null;
      editorRef.current = null;
    };
  }, [recheck, markEdited, settle]);

  const { lang } = options;
  useEffect(() => {
    if (langRef.current === lang) return;
    langRef.current = lang;
    editorRef.current?.setLang(lang);
    recheck();
  }, [lang, recheck]);

  // After the commit, so `idle` is only announced once the marks and the panel show the findings.
  useLayoutEffect(() => {
    document.body.dataset.checkState = waitingRef.current ? 'running' : 'idle';
  }, [checking, settled]);

  const withView = useCallback((act: (view: EditorView) => void) => {
    if (editorRef.current) act(editorRef.current.view);
  }, []);

  return {
    host,
    view: useCallback(() => editorRef.current?.view ?? null, []),
    text: useCallback(() => editorRef.current?.text() ?? null, []),
    client: useCallback(() => clientRef.current, []),
    findings,
    selectedId,
    checking,
    checkError,
    gazetteer,
    chrome,
    chars,
    edited,
    editedNow: useCallback(() => editedRef.current, []),
    load: useCallback(
      (text: string) => {
        const editor = editorRef.current;
        if (!editor) return;
        editor.load(text);
        editedRef.current = false;
        setEdited(false);
        setChars(editor.charCount());
        recheck();
      },
      [recheck],
    ),
    markEdited,
    markSaved: useCallback(() => {
      editedRef.current = false;
      setEdited(false);
    }, []),
    start: useCallback(() => {
      startedRef.current = true;
    }, []),
    setStartupLang: useCallback((next: Lang) => {
      langRef.current = next;
      editorRef.current?.setLang(next);
    }, []),
    recheck,
    selectFinding: useCallback((id: string) => withView((view) => goToFinding(view, id)), [withView]),
    applyFinding: useCallback((id: string) => withView((view) => applySuggestion(view, id)), [withView]),
    unifyFinding: useCallback((id: string, form: string) => withView((view) => unifyVariants(view, id, form)), [withView]),
  };
}
