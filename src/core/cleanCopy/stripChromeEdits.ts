import { pageChrome } from '../chrome/pageChrome';
import type { CleanEdit } from './cleanEdit';

/** Removes the page chrome `pageChrome` recognises (breadcrumbs, stamps, widgets, copyright footers). */
export function stripChromeEdits(text: string): CleanEdit[] {
  return pageChrome(text).map(({ start, end, kind }) => ({ start, end, replacement: '', transform: 'stripChrome', kind }));
}
