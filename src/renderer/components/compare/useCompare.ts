import { useCallback, useState } from 'react';
import type { Revision } from '../../../core/review/review';
import type { ShownDraft } from '../../draft/useDraftFile';
import type { EditorController } from '../../editor/useEditorController';
import type { ComparisonSide } from './comparisonPair';
import type { RevisionChoice } from './RevisionPicker';
import { selectParagraph, type ParagraphRef } from './selectParagraph';
import { useComparison, type Comparison } from './useComparison';
import type { CompareTexts } from './useRevisionDiff';

interface Options {
  editor: EditorController;
  draft: ShownDraft | null;
  openedText(): string | null;
  /** The named revisions kept in the draft's review. */
  revisions: readonly Revision[];
  onError(message: string): void;
}

export interface CompareController {
  comparison: Comparison;
  /** The revision picker is open. */
  picking: boolean;
  pickRevisions(): void;
  closePicker(): void;
  compareRevisions(oldChoice: RevisionChoice, newChoice: RevisionChoice): void;
  compareTexts: CompareTexts;
  selectParagraph(paragraph: ParagraphRef): void;
}

/** Comparing the draft with a file, with itself as opened, or two of its revisions, in the check worker. */
export function useCompare({ editor, draft, openedText, revisions, onError }: Options): CompareController {
  const [picking, setPicking] = useState(false);
  const comparison = useComparison({ draft, editorText: editor.text, openedText, onError });
  const { client, view } = editor;
  const compareRevisions = (oldChoice: RevisionChoice, newChoice: RevisionChoice) => {
    const side = (choice: RevisionChoice): ComparisonSide | null => {
      const revision = choice === 'current' ? undefined : revisions[choice];
      if (revision) return { label: { kind: 'named', name: revision.label }, text: revision.text, live: false };
      const text = editor.text();
      return text === null ? null : { label: { kind: 'current', draftName: draft?.name ?? null }, text, live: true };
    };
    const old = side(oldChoice);
    setPicking(false);
    if (old) comparison.compareSides(old, side(newChoice));
  };
  return {
    comparison,
    picking,
    pickRevisions: () => setPicking(true),
    closePicker: () => setPicking(false),
    compareRevisions,
    compareTexts: useCallback<CompareTexts>((...args) => client()?.compare(...args) ?? Promise.resolve(null), [client]),
    selectParagraph: useCallback(
      (paragraph: ParagraphRef) => {
        const current = view();
        if (current) selectParagraph(current, paragraph);
      },
      [view],
    ),
  };
}
