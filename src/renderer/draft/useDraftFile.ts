import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftFile } from '../../core/draftFile';
import type { Lang } from '../../core/i18n/lang';
import { t } from '../../core/i18n/messages';
import type { OpenResult } from '../../shared/api';
import type { EditorController } from '../editor/useEditorController';
import { api } from '../jiaokanApi';
import { useFileDrop } from '../useFileDrop';
import { errorText } from '../errorText';
import type { UnsavedAnswer } from '../components/ConfirmDiscardDialog';
import { useCloseGuard } from '../save/useCloseGuard';

export type ShownDraft = Pick<DraftFile, 'name' | 'encoding' | 'path' | 'format' | 'sample'>;

interface Options {
  lang: Lang;
  editor: EditorController;
  /** A draft is about to be shown (the review forgets the previous one). */
  onLoading(path: string | null): void;
  /** A draft was shown: earlier messages no longer apply. */
  onShown(): void;
  onError(message: string): void;
  /** Saves the draft (保存 in the unsaved-edits question); whether its text is now on disk. */
  save(): Promise<boolean>;
}

export interface DraftFileController {
  draft: ShownDraft | null;
  /** The draft's text as opened: one side of "compare with the version as opened". */
  openedText(): string | null;
  showDraft(file: DraftFile): void;
  showResult(result: OpenResult): void;
  openDialog(): void;
  openPath(path: string): void;
  listRecent: ReturnType<typeof api>['listRecent'];
  /** A file is being dragged over the window. */
  dragging: boolean;
  /** The question asked before an edited draft is replaced, while it is asked. */
  confirming: { name: string; answer(answer: UnsavedAnswer): void } | null;
  /** The draft as shown now (for Save, outside React's render). */
  draftNow(): ShownDraft | null;
  /** Save wrote the draft in this encoding. */
  saved(encoding: string): void;
  /** 新建 (an empty draft without a file) and 粘贴稿件 (the same, with the clipboard pasted in). */
  newDraft(paste: boolean): void;
}

/** The draft shown: opening it (dialog, recent, drop), and never losing edits silently when another replaces it. */
export function useDraftFile({ lang, editor, onLoading, onShown, onError, save }: Options): DraftFileController {
  const [draft, setDraft] = useState<ShownDraft | null>(null);
  const [confirming, setConfirming] = useState<DraftFileController['confirming']>(null);
  const latest = useRef({ lang, editor, onLoading, onShown, onError, save });
  latest.current = { lang, editor, onLoading, onShown, onError, save };
  const openedTextRef = useRef<string | null>(null);
  const draftRef = useRef<ShownDraft | null>(null);

  const showDraft = useCallback((file: DraftFile) => {
    const { editor: current, onLoading: loading, onShown: shown } = latest.current;
    if (!current.view()) return;
    openedTextRef.current = file.text;
    const next = { name: file.name, encoding: file.encoding, path: file.path, format: file.format, sample: file.sample };
    draftRef.current = next;
    loading(file.path);
    current.load(file.text);
    setDraft(next);
    shown();
  }, []);

  const showResult = useCallback(
    (result: OpenResult) => {
      if (result.ok) return showDraft(result.draft);
      if (result.cancelled === true) return;
      latest.current.onError(result.message);
    },
    [showDraft],
  );

  /** Never loses edits silently: asks 保存 / 不保存 / 取消 before anything replaces an edited draft. */
  const confirmDiscard = useCallback((): Promise<boolean> => {
    if (!latest.current.editor.editedNow()) return Promise.resolve(true);
    return new Promise((resolve) =>
      setConfirming({
        name: draftRef.current?.name ?? '',
        answer: (answer) => {
          setConfirming(null);
          resolve(answer === 'save' ? latest.current.save() : answer === 'discard');
        },
      }),
    );
  }, []);
  useCloseGuard(() => latest.current.editor.editedNow(), confirmDiscard);

  const openWith = useCallback(
    async (action: () => Promise<OpenResult>) => {
      if (!(await confirmDiscard())) return;
      try {
        showResult(await action());
      } catch (error) {
        latest.current.onError(errorText(error));
      }
    },
    [confirmDiscard, showResult],
  );

  const onDropFile = useCallback(
    (file: File) =>
      void openWith(async () => {
        const path = api().pathForFile(file);
        if (path) return api().openPath(path);
        let bytes: Uint8Array;
        try {
          bytes = new Uint8Array(await file.arrayBuffer());
        } catch {
          return { ok: false, message: t(latest.current.lang, 'app.banner.dropReadFailed', { name: file.name }) };
        }
        return api().openBytes(file.name, bytes);
      }),
    [openWith],
  );
  const dragging = useFileDrop(onDropFile);

  const { edited } = editor;
  useEffect(() => {
    document.title = draft ? `${draft.name}${edited ? t(lang, 'app.title.unsaved') : ''} — ${t(lang, 'app.name')}` : t(lang, 'app.name');
  }, [lang, draft, edited]);

  const newDraft = useCallback(
    (paste: boolean) =>
      void openWith(async () => ({ ok: true, draft: { path: null, name: t(latest.current.lang, 'app.sample.untitled'), format: 'txt', encoding: 'UTF-8', text: '' } })).then(async () => {
        const view = latest.current.editor.view();
        view?.focus();
        // Where the clipboard cannot be read, the empty draft has the keyboard and Ctrl+V pastes.
        const pasted = paste ? await navigator.clipboard.readText().catch(() => '') : '';
        if (view && pasted) view.dispatch({ changes: { from: 0, insert: pasted }, userEvent: 'input.paste' });
      }),
    [openWith],
  );

  return {
    draft,
    openedText: useCallback(() => openedTextRef.current, []),
    showDraft,
    showResult,
    openDialog: useCallback(() => void openWith(() => api().openDialog()), [openWith]),
    openPath: useCallback((path: string) => void openWith(() => api().openPath(path)), [openWith]),
    listRecent: useCallback(() => api().listRecent(), []),
    dragging,
    confirming,
    draftNow: useCallback(() => draftRef.current, []),
    saved: useCallback((encoding: string) => {
      setDraft((shown) => shown && (draftRef.current = { ...shown, encoding }));
    }, []),
    newDraft,
  };
}
