import { useEffect, useRef } from 'react';
import { VERDICTS, type Verdict } from '../../core/review/review';

export interface ReviewKeyHandlers {
  step(direction: 1 | -1): void;
  verdict(verdict: Verdict): void;
  apply(): void;
  focusNote(): void;
  /** Enter: into the draft, at the current item's text, to edit it by hand. */
  focusText(): void;
  switchTab(): void;
  toggleHelp(): void;
  save(): void;
}

/** Whether a key press is typing: into the draft, a note, a field. */
function typing(target: EventTarget | undefined): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Whether the keyboard is in the review panel (and not in one of its fields). */
function inPanel(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  return target instanceof HTMLElement && target.closest('[data-testid=review-panel]') !== null && !typing(target);
}

/**
 * The review's keyboard: single keys act only while the panel has the keyboard, never while the
 * draft or a field has it (a letter typed there is text); Ctrl+S works everywhere.
 */
export function useReviewKeys(handlers: ReviewKeyHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const h = latest.current;
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        h.save();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || !inPanel(event)) return;
      if (document.querySelector('[role=dialog]') && event.key !== '?') return;
      const key = event.key;
      const digit = Number(key);
      const action: (() => void) | undefined =
        key === 'j' || key === 'J' || key === 'ArrowDown'
          ? () => h.step(1)
          : key === 'k' || key === 'K' || key === 'ArrowUp'
            ? () => h.step(-1)
            : Number.isInteger(digit) && digit >= 1 && digit <= VERDICTS.length
              ? () => h.verdict(VERDICTS[digit - 1]!)
              : key === 'a' || key === 'A'
                ? h.apply
                : key === 'n' || key === 'N'
                  ? h.focusNote
                  : key === 'Enter' && !(event.target instanceof HTMLButtonElement)
                    ? h.focusText
                    : key === 't' || key === 'T'
                      ? h.switchTab
                      : key === '?'
                        ? h.toggleHelp
                        : undefined;
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
