/** A modal dialog is open: the window's shortcuts (F8, Esc closing the comparison) wait until it closes. */
export function modalOpen(): boolean {
  return document.querySelector('[role="dialog"][aria-modal="true"]') !== null;
}
