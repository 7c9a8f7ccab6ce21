import { useEffect, useRef } from 'react';
import { modalOpen } from '../../modalOpen';

/**
 * Esc closes the comparison wherever focus is (the editor, the side panel, the comparison itself),
 * unless something nearer used the key first (the find panel, a menu: they prevent its default)
 * or a modal dialog is open (Esc is the dialog's).
 */
export function useEscapeCloses(onClose: () => void): void {
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || modalOpen()) return;
      close.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
