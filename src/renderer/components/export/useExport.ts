import { useCallback, useEffect, useState } from 'react';
import type { Lang } from '../../../core/i18n/lang';
import { t } from '../../../core/i18n/messages';
import type { Review } from '../../../core/review/review';
import type { ShownDraft } from '../../draft/useDraftFile';
import type { EditorController } from '../../editor/useEditorController';
import { findingsField } from '../../editor/findingsField';
import { confirmedFindingIds } from '../../../core/review/confirmedFindingIds';
import type { ExportSource, PreviewClean } from './ExportDialog';

interface Options {
  lang: Lang;
  editor: EditorController;
  draft: ShownDraft | null;
  review: Review | null;
}

export interface ExportController {
  /** The export dialog's input while it is open. */
  dialog: { source: ExportSource; accepted: ReadonlySet<string> } | null;
  open(): void;
  close(): void;
  preview: PreviewClean;
  /** Where the last clean copy went, until dismissed or another draft is shown. */
  exportedPath: string | null;
  exported(path: string): void;
  dismissNotice(): void;
}

/** Exporting a clean copy of the draft as it is when the dialog opens, with the review's confirmed suggestions. */
export function useExport({ lang, editor, draft, review }: Options): ExportController {
  const [dialog, setDialog] = useState<ExportController['dialog']>(null);
  const [exportedPath, setExportedPath] = useState<string | null>(null);
  useEffect(() => setExportedPath(null), [draft]);
  const open = () => {
    const view = editor.view();
    if (!view) return;
    setDialog({
      source: { name: draft?.name ?? t(lang, 'app.status.noFile'), path: draft?.path ?? null, format: draft?.format ?? null, state: view.state },
      accepted: confirmedFindingIds(review, view.state.field(findingsField).findings),
    });
  };
  const { client } = editor;
  return {
    dialog,
    open,
    close: () => setDialog(null),
    preview: useCallback<PreviewClean>((...args) => client()?.clean(...args) ?? Promise.resolve(null), [client]),
    exportedPath,
    exported: (path) => {
      setDialog(null);
      setExportedPath(path);
    },
    dismissNotice: () => setExportedPath(null),
  };
}
