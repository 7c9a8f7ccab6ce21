import type { CSSProperties } from 'react';
import type { Settings } from '../../shared/api';

/** CSS variables are set through React's style object (the CSSOM), which the page's CSP allows. */
type CssVariables = CSSProperties & Record<`--${string}`, string>;

/** The main area's variables: the side panel's remembered width. */
export function mainAreaStyle(settings: Settings): CssVariables {
  return { '--jk-side-width': `${settings.sidePanelWidth}px` };
}

/** The editor pane's variables (they reach the editor inside its shadow root by inheritance): the draft's font size. */
export function editorPaneStyle(settings: Settings): CssVariables {
  return { '--jk-editor-size': `${settings.editorFontSize}px` };
}
