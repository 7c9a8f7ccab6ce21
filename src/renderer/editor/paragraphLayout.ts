import { RangeSetBuilder } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, WidgetType, type DecorationSet, type ViewUpdate } from '@codemirror/view';

/** Spaces a draft indents a paragraph with: ASCII, full-width (U+3000) and tabs, in any mix. */
const LEADING_SPACE = /^[ \u3000\t]*/;

/** The first-line indent shown in place of the spaces (2em, whatever their number and width). */
class IndentWidget extends WidgetType {
  override eq(): boolean {
    return true;
  }

  toDOM(): HTMLElement {
    const span = document.createElement('span');
    span.className = 'cm-jk-indent';
    span.setAttribute('aria-hidden', 'true');
    return span;
  }
}

const blankLine = Decoration.line({ class: 'cm-jk-blank' });
const indent = Decoration.replace({ widget: new IndentWidget() });

function paragraphDecorations(view: EditorView): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  const { doc } = view.state;
  for (const { from, to } of view.visibleRanges) {
    for (let pos = from; pos <= to; ) {
      const line = doc.lineAt(pos);
      const lead = LEADING_SPACE.exec(line.text)![0].length;
      if (lead === line.length) {
        builder.add(line.from, line.from, blankLine);
      } else if (lead > 0) {
        builder.add(line.from, line.from + lead, indent);
      }
      pos = line.to + 1;
    }
  }
  return builder.finish();
}

/**
 * How a plain-text draft reads on screen, without touching its text (it is the user's): a blank
 * line between paragraphs shrinks into paragraph spacing, and the spaces that indent a paragraph
 * are drawn as one even first-line indent. Only the visible lines are decorated, so a long draft
 * costs nothing more.
 */
export const paragraphLayout = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;

    constructor(view: EditorView) {
      this.decorations = paragraphDecorations(view);
    }

    update(update: ViewUpdate): void {
      if (update.docChanged || update.viewportChanged) this.decorations = paragraphDecorations(update.view);
    }
  },
  {
    decorations: (plugin) => plugin.decorations,
    // The indent is one unit for the caret and for deletion, as a paragraph indent is in a word processor.
    provide: (plugin) => EditorView.atomicRanges.of((view) => view.plugin(plugin)?.decorations ?? Decoration.none),
  },
);
