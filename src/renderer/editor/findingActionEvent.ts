/**
 * The hover card and the right-click card in the editor ask for a finding's action with a DOM
 * event: the editor knows nothing of the review, and the side panel, which owns the review, acts.
 */
export type FindingAction = 'apply' | 'ignore' | 'mark';

export interface FindingActionRequest {
  action: FindingAction;
  findingId: string;
}

const EVENT = 'jk-finding-action';

/** Sent from inside the editor's shadow root; `composed` carries it out to the window. */
export function requestFindingAction(from: Element, request: FindingActionRequest): void {
  from.dispatchEvent(new CustomEvent<FindingActionRequest>(EVENT, { detail: request, bubbles: true, composed: true }));
}

/** Listens for the cards' requests; returns the function that stops listening. */
export function onFindingAction(handler: (request: FindingActionRequest) => void): () => void {
  const listener = (event: Event) => handler((event as CustomEvent<FindingActionRequest>).detail);
  window.addEventListener(EVENT, listener);
  return () => window.removeEventListener(EVENT, listener);
}
