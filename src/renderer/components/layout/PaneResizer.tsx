import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { clampPaneSize, type PaneBounds } from './paneSize';

/** One arrow key press moves the edge this far (CSS pixels). */
const KEY_STEP = 16;

interface PaneResizerProps {
  /** 'x': a vertical bar dragged sideways; 'y': a horizontal bar dragged up and down. */
  axis: 'x' | 'y';
  /** The pane's size as last rendered (CSS pixels), for screen readers. */
  size: number;
  /** The pane's size at the moment a drag or a key starts, when the last render may not know it (a pane sized by its content). */
  measure?(): number;
  /** The pane's limits in the window as it is now. */
  bounds(): PaneBounds;
  /** The pane grows when the bar moves towards +1 (right or down) or towards -1 (left or up). */
  grows: 1 | -1;
  /** The CSS variable on the bar's parent that sizes the pane; set directly while dragging, so nothing re-renders per move. */
  cssVar: string;
  label: string;
  testId: string;
  /** The size at the end of a drag or an arrow key: the caller remembers it. */
  onResize(size: number): void;
}

/**
 * The bar between two panes: drag it, or focus it and use the arrow keys. A separator in ARIA's
 * sense, so a screen reader announces the size.
 */
export function PaneResizer({ axis, size, measure, bounds, grows, cssVar, label, testId, onResize }: PaneResizerProps) {
  const drag = useRef<{ start: number; size: number; now: number } | null>(null);
  const limits = bounds();
  const show = (element: HTMLElement, next: number) => element.parentElement?.style.setProperty(cssVar, `${next}px`);
  const at = (event: PointerEvent) => (axis === 'x' ? event.clientX : event.clientY);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    const from = clampPaneSize(measure?.() ?? size, bounds());
    drag.current = { start: at(event), size: from, now: from };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d) return;
    d.now = clampPaneSize(d.size + grows * (at(event) - d.start), bounds());
    show(event.currentTarget, d.now);
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    drag.current = null;
    if (d && d.now !== d.size) onResize(d.now);
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const keys = axis === 'x' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
    const direction = keys.indexOf(event.key);
    if (direction === -1) return;
    event.preventDefault();
    const from = clampPaneSize(measure?.() ?? size, bounds());
    const next = clampPaneSize(from + grows * (direction === 0 ? -KEY_STEP : KEY_STEP), bounds());
    if (next !== from) onResize(next);
  };

  return (
    <div
      className="jk-pane-resizer"
      data-axis={axis}
      data-testid={testId}
      role="separator"
      aria-orientation={axis === 'x' ? 'vertical' : 'horizontal'}
      aria-label={label}
      aria-valuenow={Math.round(size)}
      aria-valuemin={limits.min}
      aria-valuemax={limits.max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
