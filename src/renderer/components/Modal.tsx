import { useEffect, useRef, type ReactNode } from 'react';

interface ModalProps {
  title: string;
  testId: string;
  onClose(): void;
  children: ReactNode;
  footer: ReactNode;
}

/** A modal dialog of our own (window.confirm would block the renderer and ignore the theme). */
export function Modal({ title, testId, onClose, children, footer }: ModalProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    ref.current?.querySelector<HTMLElement>('[data-autofocus], button, input, select')?.focus();
    return () => previous?.focus();
  }, []);
  return (
    <div className="jk-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={ref}
        className="jk-dialog"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        data-testid={testId}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <h2 className="jk-dialog-title">{title}</h2>
        <div className="jk-dialog-body">{children}</div>
        <div className="jk-dialog-footer">{footer}</div>
      </div>
    </div>
  );
}
