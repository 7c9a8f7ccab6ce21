import type { Lang } from '../../../core/i18n/lang';
import { t } from '../../../core/i18n/messages';
import { PANE_LIMITS } from '../../../shared/settingsLimits';
import { PaneResizer } from './PaneResizer';
import { sidePanelBounds } from './paneSize';

/** The bar between the editor and the side panel; the panel's width is remembered in the settings. */
export function SidePanelResizer({ lang, width, onResize }: { lang: Lang; width: number; onResize(width: number): void }) {
  return (
    <PaneResizer
      axis="x"
      grows={-1}
      size={width}
      bounds={() => sidePanelBounds(window.innerWidth, PANE_LIMITS.sidePanel)}
      cssVar="--jk-side-width"
      label={t(lang, 'app.layout.sidePanelResizer')}
      testId="side-panel-resizer"
      onResize={onResize}
    />
  );
}
