/**
 * Resolves once the browser has painted the next frame: a task posted from a frame callback runs
 * after that frame's paint. A hidden window paints no frames, so it resolves after `fallbackMs` at
 * the latest.
 */
export function afterNextPaint(fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, fallbackMs);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}
