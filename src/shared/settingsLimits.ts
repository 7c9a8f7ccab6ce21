import type { Settings } from './api';

/** The draft's font sizes the settings offer (CSS pixels). */
export const EDITOR_FONT_SIZES = { min: 13, max: 26, step: 1 } as const;

/** What a dragged pane may measure (CSS pixels); the renderer narrows it further to the window. */
export const PANE_LIMITS = {
  sidePanel: { min: 260, max: 1200 },
  compare: { min: 120, max: 4000 },
} as const;

/** Settings before the user changes any; main's store starts from these with the system's language. */
export const DEFAULT_SETTINGS: Settings = {
  lang: 'zh',
  theme: 'system',
  reviewer: '',
  builtinStyle: true,
  editorFont: 'sans',
  editorFontSize: 17,
  sidePanelWidth: 400,
  compareHeight: null,
};
