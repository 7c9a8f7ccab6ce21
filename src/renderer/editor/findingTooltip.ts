import { familyLabel } from '../../core/checks/families';
import { hoverTooltip } from '@codemirror/view';
import { familyOf, type Finding } from '../../core/finding';
import type { Lang } from '../../core/i18n/lang';
import { t } from '../../core/i18n/messages';
import { findingsAt } from './findingsField';
import { uiLang } from './uiLang';

function element(tag: string, className: string, text?: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function renderFinding(finding: Finding, lang: Lang): HTMLElement {
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
  item.append(element('div', 'jk-tip-rule', `${t(lang, 'app.tooltip.rule')} ${finding.rule}`));
  return item;
}

/** Hovering a mark shows each finding there: severity, family, message, suggestion and rule. */
export const findingTooltip = hoverTooltip(
  (view, pos, side) => {
    const found = findingsAt(view.state, pos, side);
    if (found.length === 0) return null;
    const lang = view.state.facet(uiLang);
    return {
      pos,
      above: true,
      create: () => {
        const dom = element('div', 'jk-tip');
        dom.setAttribute('data-testid', 'finding-tooltip');
        for (const finding of found) dom.append(renderFinding(finding, lang));
        return { dom };
      },
    };
  },
  { hoverTime: 250 },
);
