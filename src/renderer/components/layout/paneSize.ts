/** How small and how large a pane may be, in CSS pixels. */
export interface PaneBounds {
  min: number;
  max: number;
}

/** A size kept within bounds and rounded to whole pixels (settings store integers); min wins when the window is too small for both. */
export function clampPaneSize(size: number, bounds: PaneBounds): number {
  return Math.round(Math.max(bounds.min, Math.min(bounds.max, size)));
}

/** The width the editor keeps however wide the side panel is dragged: a readable column of Chinese at 17 px. */
const EDITOR_MIN_WIDTH = 480;
/** The height the editor keeps below the compare pane. */
const EDITOR_MIN_HEIGHT = 160;

/** A pane's limits when it shares `room` pixels with the editor, which keeps `editorMin` of them. */
function boundsBesideEditor(room: number, editorMin: number, limits: PaneBounds): PaneBounds {
  return { min: limits.min, max: Math.max(limits.min, Math.min(limits.max, room - editorMin)) };
}

/** The side panel's limits in a window `windowWidth` wide. */
export function sidePanelBounds(windowWidth: number, limits: PaneBounds): PaneBounds {
  return boundsBesideEditor(windowWidth, EDITOR_MIN_WIDTH, limits);
}

/** The compare pane's limits in an app area `areaHeight` tall. */
export function comparePaneBounds(areaHeight: number, limits: PaneBounds): PaneBounds {
  return boundsBesideEditor(areaHeight, EDITOR_MIN_HEIGHT, limits);
}
