/** Schedules a callback before the next frame is painted (the window's requestAnimationFrame). */
export type RequestFrame = (callback: () => void) => unknown;

/** The window's own; read when called, so this module loads where there is no window (the unit tests). */
const windowFrame: RequestFrame = (callback) => (globalThis as unknown as { requestAnimationFrame: RequestFrame }).requestAnimationFrame(callback);

/**
 * Resolves once the browser has painted the next frame: a task posted from a frame callback runs
 * after that frame's paint. A hidden window paints no frames, so it resolves after `fallbackMs` at
 * the latest.
 */
export function afterNextPaint(fallbackMs = 100, requestFrame: RequestFrame = windowFrame): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, fallbackMs);
    requestFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}
