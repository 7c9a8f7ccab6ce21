/**
 * The public result of comparing two revisions (`jiaokan diff --format json`, the renderer's
 * comparison views). JSON-serialisable; change only by adding fields.
 * All offsets are UTF-16 code units into the old or the new text; ranges are half-open.
 */

export interface DiffOptions {
  /** Report changes that only add, remove or alter whitespace as trivial (hidden). */
  ignoreWhitespace?: boolean;
  /** Report changes that only swap half-width and full-width forms (, ↔ ，, 1 ↔ １) as trivial. */
  ignorePunctuationWidth?: boolean;
  /** Called with a fraction in [0, 1] as the work proceeds; the last call is with 1. */
  onProgress?: (fraction: number) => void;
}

export interface DiffSummary {
  paragraphsAdded: number;
  paragraphsRemoved: number;
  paragraphsChanged: number;
  paragraphsMoved: number;
  /** Characters (UTF-16 units) inserted/deleted by non-trivial changes; moved paragraphs count only their inner edits. */
  charsAdded: number;
  charsRemoved: number;
}

export type PartOp = 'equal' | 'removed' | 'added';

/** One piece of an inline diff. `oldOffset`/`newOffset` say where it sits in each text (for an added part, the insertion point in old). */
export interface InlinePart {
  op: PartOp;
  text: string;
  oldOffset: number;
  newOffset: number;
  /** A change hidden by the ignore options (whitespace only, punctuation width only). */
  trivial?: boolean;
}

export type RowKind = 'same' | 'changed' | 'added' | 'removed' | 'moved';

/**
 * One row of the side-by-side view. Rows are in document order on both sides: old indexes and
 * new indexes each increase down the list. A side the row does not have is null.
 * A moved paragraph gives two rows: one at its old place (new side null), one at its new place (old side null).
 * A blank line one side lacks is a 'same' row with that side null: it separates paragraphs, it is not one.
 */
export interface ParagraphRow {
  kind: RowKind;
  oldIndex: number | null;
  oldStart: number | null;
  oldEnd: number | null;
  newIndex: number | null;
  newStart: number | null;
  newEnd: number | null;
  /** Inline diff of a changed row, of a 'same' row whose changes are all trivial, and of the new-side row of a near-identical move. */
  parts?: InlinePart[];
  /** Index into `moves` for both rows of a moved paragraph. */
  moveIndex?: number;
  /** A 'same' row whose raw texts differ only by changes the ignore options hide. */
  trivial?: boolean;
}

export interface ParagraphMove {
  oldIndex: number;
  newIndex: number;
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
  /** The paragraph's text in the new revision. */
  text: string;
  /** False for a near-identical move (edited while moved); the new-side row carries the inline parts. */
  identical: boolean;
}

export type FactKind = 'number' | 'date' | 'name';

/** A changed number, date or name: what a fact-checker must look at again. */
export interface FactChange {
  kind: FactKind;
  /** Paragraph indexes (0-based lines) in the old and new text. */
  oldIndex: number;
  newIndex: number;
  old: string;
  new: string;
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

/** Replace old[oldStart, oldEnd) by `newText` (= new[newStart, newEnd)); applying all hunks to old rebuilds new exactly. */
export interface Hunk {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
  oldText: string;
  newText: string;
  /** Every change in the hunk is hidden by the ignore options. */
  trivial: boolean;
}

export interface RevisionDiff {
  summary: DiffSummary;
  paragraphs: ParagraphRow[];
  moves: ParagraphMove[];
  changes: FactChange[];
  /** True when the list of changed names stopped early (very heavily edited revisions; see wordProbe.ts). */
  changesTruncated: boolean;
  hunks: Hunk[];
}
