import { EditorView, hoverTooltip } from '@codemirror/view';
import { t } from '../../core/i18n/messages';
import { placeAt, placesField } from './placesField';
import { uiLang } from './uiLang';

function element(tag: string, className: string, text?: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Hovering a verified place name shows its official administrative path, code and the data's source. */
const placeHoverTooltip = hoverTooltip(
  (view, pos, side) => {
    const hit = placeAt(view.state, pos, side);
    if (hit === undefined) return null;
    const lang = view.state.facet(uiLang);
    const { place } = hit;
    return {
      pos: hit.from,
      end: hit.to,
      above: false,
      create: () => {
        // The finding card's frame (.jk-tip, markTheme.ts), so both hovers look alike.
        const dom = element('div', 'jk-tip');
        dom.setAttribute('data-testid', 'place-tooltip');
        dom.dataset.code = place.code;
        const item = element('div', 'jk-tip-item');
        item.append(
          element('div', 'jk-place-tip-head', t(lang, 'app.place.verified')),
          element('div', 'jk-place-tip-path', place.path.join(' › ')),
          element('div', 'jk-place-tip-code', t(lang, 'app.place.code', { code: place.code, level: t(lang, `app.place.level.${place.level}`) })),
          element('div', 'jk-place-tip-source', t(lang, 'app.place.source', { source: place.source })),
        );
        dom.append(item);
        return { dom };
      },
    };
  },
  { hoverTime: 250 },
);

/** In a CodeMirror theme, not a .css file: the editor sits in a shadow root page stylesheets do not reach. */
const placeTheme = EditorView.theme({
  '.jk-place-tip-head': { fontSize: '12px', color: 'var(--jk-ink-2)', marginBottom: '2px' },
  '.jk-place-tip-path': { fontWeight: '600' },
  '.jk-place-tip-code': { font: '12px var(--jk-mono)', color: 'var(--jk-ink-2)' },
  '.jk-place-tip-source': { marginTop: '4px', fontSize: '11px', color: 'var(--jk-ink-3)' },
});

/** Everything the place hover needs in the editor: the verified places and their tooltip. */
export const placeHover = [placesField, placeHoverTooltip, placeTheme];
