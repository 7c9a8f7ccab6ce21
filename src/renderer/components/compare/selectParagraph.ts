import { EditorSelection } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

/** A paragraph of the live side of a comparison, as it was when compared. */
export interface ParagraphRef {
  index: number;
  start: number;
  end: number;
  text: string;
}

/**
 * Selects the paragraph in the editor. The draft may have been edited since the comparison, so
 * the offsets are trusted only while they still hold the paragraph's text; otherwise the nearest
 * copy of the text is taken, and failing that the line with the paragraph's number.
 */
export function selectParagraph(view: EditorView, paragraph: ParagraphRef): void {
  const doc = view.state.doc;
  let from = -1;
  if (paragraph.end <= doc.length && doc.sliceString(paragraph.start, paragraph.end) === paragraph.text) from = paragraph.start;
  else if (paragraph.text !== '') from = nearestIndexOf(doc.toString(), paragraph.text, paragraph.start);
  let to = from + paragraph.text.length;
  if (from < 0) {
    const line = doc.line(Math.min(paragraph.index + 1, doc.lines));
    from = line.from;
    to = line.to;
  }
  view.dispatch({ selection: EditorSelection.single(from, to), effects: EditorView.scrollIntoView(from, { y: 'center' }) });
  view.focus();
}

function nearestIndexOf(text: string, needle: string, near: number): number {
  const after = text.indexOf(needle, Math.max(0, near));
  const before = text.lastIndexOf(needle, near);
  if (after < 0) return before;
  if (before < 0) return after;
  return after - near <= near - before ? after : before;
}
