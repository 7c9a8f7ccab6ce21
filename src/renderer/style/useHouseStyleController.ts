import { useCallback, useState } from 'react';
import type { Lang } from '../../core/i18n/lang';
import type { EditorController } from '../editor/useEditorController';
import { useHouseStyle, type HouseStyleState } from './useHouseStyle';

interface Options {
  lang: Lang;
  editor: EditorController;
  draftPath: string | null;
  builtin: boolean;
  onError(message: string): void;
}

export interface HouseStyleController {
  style: HouseStyleState;
  /** The editor's selection when "add a term" was asked for, while its dialog is open. */
  addingTerm: { selection: string } | null;
  openAddTerm(): void;
  closeAddTerm(): void;
  addTerm(forbidden: string, preferred: string): void;
  ignoreText(text: string): void;
}

/** The house style's files, the terms added from the editor and the text told to be ignored. */
export function useHouseStyleController({ lang, editor, draftPath, builtin, onError }: Options): HouseStyleController {
  const [addingTerm, setAddingTerm] = useState<{ selection: string } | null>(null);
  const { client, view, recheck } = editor;
  const style = useHouseStyle({
    lang,
    draftPath,
    builtin,
    sendStyle: (files, withBuiltin) => client()?.setStyle(files, withBuiltin),
    recheck,
    onError,
  });
  const { addEntry } = style;
  return {
    style,
    addingTerm,
    openAddTerm: () => {
      const state = view()?.state;
      setAddingTerm({ selection: state ? state.sliceDoc(state.selection.main.from, state.selection.main.to) : '' });
    },
    closeAddTerm: () => setAddingTerm(null),
    addTerm: (forbidden, preferred) => addEntry({ kind: 'term', forbidden, preferred }),
    ignoreText: useCallback((text: string) => addEntry({ kind: 'ignore', word: text }), [addEntry]),
  };
}
