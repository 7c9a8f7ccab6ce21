/**
 * The CodeMirror editor that owns the draft text. React never holds the text: it listens to the
 * editor through `DraftEditorEvents` and acts on it through the commands of findingCommands.ts.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { EditorView, drawSelection, keymap } from '@codemirror/view';
import type { Finding } from '../../core/finding';
import type { Lang } from '../../core/i18n/lang';
import { editorTheme } from './editorTheme';
import { markTheme } from './markTheme';
import { paragraphLayout } from './paragraphLayout';
import { findingsField } from './findingsField';
import { chromeField, chromeTheme } from '../chrome/chromeField';
import { findingTooltip } from './findingTooltip';
import { placeHover } from './placeTooltip';
import { uiLang } from './uiLang';
import { findReplace, findReplacePhrases } from './findReplace';
import { t } from '../../core/i18n/messages';

function langExtension(lang: Lang): Extension {
  return [uiLang.of(lang), findReplacePhrases(lang), EditorView.contentAttributes.of({ 'aria-label': t(lang, 'app.editor.label') })];
}

export interface DraftEditorEvents {
  /** The user changed the text (not a load). */
  onEdit(): void;
  onFindingsShown(findings: readonly Finding[]): void;
  onSelectedFinding(id: string | null): void;
}

export class DraftEditor {
  readonly view: EditorView;
  private readonly lang = new Compartment();

  /**
   * The editor is mounted in an open shadow root of `host`: there style-mod gives CodeMirror's
   * styles a constructed stylesheet, while on the document it writes a <style> element, which
   * the page's CSP (style-src 'self', no 'unsafe-inline') blocks.
   */
  constructor(host: HTMLElement, private readonly events: DraftEditorEvents, lang: Lang) {
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    this.view = new EditorView({ parent: root, root, state: this.createState('', lang) });
  }

  /** Replaces the draft; starts a fresh undo history, so undo never crosses into another file. */
  load(text: string): void {
    this.view.setState(this.createState(text, this.view.state.facet(uiLang)));
    this.view.scrollDOM.scrollTop = 0;
    this.events.onFindingsShown([]);
    this.events.onSelectedFinding(null);
  }

  setLang(lang: Lang): void {
    this.view.dispatch({ effects: this.lang.reconfigure(langExtension(lang)) });
  }

  text(): string {
    return this.view.state.doc.toString();
  }

  /** Characters as an editor counts them: everything but the line breaks between paragraphs. */
  charCount(): number {
    const doc = this.view.state.doc;
    return doc.length - (doc.lines - 1);
  }

  destroy(): void {
    this.view.destroy();
  }

  private createState(doc: string, lang: Lang): EditorState {
    return EditorState.create({ doc, extensions: [this.lang.of(langExtension(lang)), this.baseExtensions()] });
  }

  private baseExtensions(): Extension {
    return [
      history(),
      drawSelection(),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ spellcheck: 'false' }),
      findReplace(),
      keymap.of([...defaultKeymap, ...historyKeymap]),
      findingsField,
      chromeField,
      chromeTheme,
      findingTooltip,
      placeHover,
      paragraphLayout,
      editorTheme,
      markTheme,
      EditorView.updateListener.of((update) => {
        if (update.docChanged) this.events.onEdit();
        const before = update.startState.field(findingsField);
        const after = update.state.field(findingsField);
        if (before.findings !== after.findings) this.events.onFindingsShown(after.findings);
        if (before.selectedId !== after.selectedId) this.events.onSelectedFinding(after.selectedId);
      }),
    ];
  }
}
