/**
 * Wraps a worker handler so requests queue behind the running task (a check, say) and only the
 * newest is computed: toggling options in a dialog sends one request per click, and the ones
 * overtaken before they start are dropped.
 */
export function newestOnly<Args extends unknown[]>(run: (...args: Args) => void): (...args: Args) => void {
  let pending: Args | null = null;
  return (...args) => {
    const idle = pending === null;
    pending = args;
    if (!idle) return;
    setTimeout(() => {
      const newest = pending;
      pending = null;
      if (newest) run(...newest);
    }, 0);
  };
}
