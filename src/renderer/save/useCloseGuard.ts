import { useEffect, useRef } from 'react';

/**
 * Closing the window (or quitting) over unsaved edits asks the same 保存 / 不保存 / 取消 as
 * opening another draft: the close is held back (Electron then closes nothing and shows no
 * dialog of its own), and the window is closed again once the question is answered.
 */
export function useCloseGuard(unsaved: () => boolean, confirm: () => Promise<boolean>): void {
  const latest = useRef({ unsaved, confirm });
  latest.current = { unsaved, confirm };
  useEffect(() => {
    let leaving = false;
    let asking = false;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (leaving || !latest.current.unsaved()) return;
      event.preventDefault();
      if (asking) return;
      asking = true;
      void latest.current.confirm().then((close) => {
        asking = false;
        if (!close) return;
        leaving = true;
        window.close();
      });
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
}
