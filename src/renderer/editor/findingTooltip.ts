import { familyLabel } from '../../core/checks/families';
import { StateEffect, StateField } from '@codemirror/state';
import { EditorView, hoverTooltip, showTooltip, type Tooltip } from '@codemirror/view';
import { familyOf, type Finding } from '../../core/finding';
import type { Lang } from '../../core/i18n/lang';
import { t } from '../../core/i18n/messages';
import { requestFindingAction, type FindingAction } from './findingActionEvent';
import { findingsAt, rangesOf } from './findingsField';
import { uiLang } from './uiLang';

function element(tag: string, className: string, text?: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

const ACTION_LABELS: Record<FindingAction, 'app.tooltip.apply' | 'app.tooltip.ignore' | 'app.tooltip.mark'> = {
  apply: 'app.tooltip.apply',
  ignore: 'app.tooltip.ignore',
  mark: 'app.tooltip.mark',
};

function actionButton(view: EditorView, finding: Finding, action: FindingAction, lang: Lang): HTMLElement {
  const button = element('button', 'jk-tip-action', t(lang, ACTION_LABELS[action]));
  button.setAttribute('type', 'button');
  button.dataset.testid = `tooltip-${action}`;
  // The card closes on the click's own transaction, so the request leaves from the editor, which stays.
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', () => requestFindingAction(view.dom, { action, findingId: finding.id }));
  return button;
}

/** One finding in a card: severity and family as words (never a rule id), the message, the suggestion, the actions. */
function renderFinding(view: EditorView, finding: Finding, lang: Lang): HTMLElement {
  const item = element('div', 'jk-tip-item');
  item.dataset.severity = finding.severity;
  const head = element('div', 'jk-tip-head');
  head.append(
    element('span', 'jk-tip-severity', t(lang, `app.severity.${finding.severity}`)),
    element('span', 'jk-tip-family', t(lang, familyLabel(familyOf(finding.rule)))),
  );
  item.append(head, element('div', 'jk-tip-message', finding.message));
  if (finding.suggestion) {
    const suggestion = element('div', 'jk-tip-suggestion', t(lang, 'app.tooltip.suggestion'));
    suggestion.append(element('mark', 'jk-tip-replacement', finding.suggestion.replacement));
    item.append(suggestion);
  }
  const actions = element('div', 'jk-tip-actions');
  if (finding.suggestion) actions.append(actionButton(view, finding, 'apply', lang));
  actions.append(actionButton(view, finding, 'ignore', lang), actionButton(view, finding, 'mark', lang));
  item.append(actions);
  return item;
}

/** The card for the findings at `pos`, spanning the whole of the first one's mark there. */
function cardAt(view: EditorView, pos: number, side: -1 | 1, testId: string): Tooltip | null {
  const found = findingsAt(view.state, pos, side);
  if (found.length === 0) return null;
  const range = rangesOf(view.state, found[0]!.id).find((r) => r.from <= pos && pos <= r.to) ?? { from: pos, to: pos };
  return {
    pos: range.from,
    end: range.to,
    above: true,
    create: (v) => {
      const lang = v.state.facet(uiLang);
      const dom = element('div', 'jk-tip');
      dom.dataset.testid = testId;
      for (const finding of found) dom.append(renderFinding(v, finding, lang));
      return { dom };
    },
  };
}

/** Hovering anywhere over a mark (its whole span, not only near where the pointer came to rest) shows its card. */
const hoverCard = hoverTooltip((view, pos, side) => cardAt(view, pos, side, 'finding-tooltip'), { hoverTime: 250 });

const openContextCard = StateEffect.define<Tooltip | null>();

/** The card a right-click on a mark opens; closed by any edit, selection change or Escape. */
const contextCard = StateField.define<Tooltip | null>({
  create: () => null,
  update(value, tr) {
    for (const effect of tr.effects) if (effect.is(openContextCard)) return effect.value;
    return tr.docChanged || tr.selection ? null : value;
  },
  provide: (field) => showTooltip.from(field),
});

const contextMenu = EditorView.domEventHandlers({
  contextmenu(event, view) {
    const pos = view.posAtCoords({ x: event.clientX, y: event.clientY }, false);
    const card = cardAt(view, pos, 1, 'finding-context-card') ?? cardAt(view, pos, -1, 'finding-context-card');
    if (!card) return false;
    event.preventDefault();
    view.dispatch({ effects: openContextCard.of(card) });
    return true;
  },
  keydown(event, view) {
    if (event.key !== 'Escape' || !view.state.field(contextCard)) return false;
    view.dispatch({ effects: openContextCard.of(null) });
    return true;
  },
});

/** The finding cards: on hover, and on right-click over a mark (the same actions). */
export const findingTooltip = [hoverCard, contextCard, contextMenu];
