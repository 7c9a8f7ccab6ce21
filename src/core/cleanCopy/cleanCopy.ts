import { suggestionEdits, type AcceptedFix } from './acceptedFixes';
import { buildChangeLog, type ChangeLog } from './changeLog';
import { applyEdits, mergeEdits, type CleanEdit, type CleanTransform } from './cleanEdit';
import { punctuationEdits } from './punctuationEdits';
import { stripChromeEdits } from './stripChromeEdits';
import { whitespaceEdits } from './whitespaceEdits';

/** Each transform switched on or off. */
export type CleanCopyOptions = Record<CleanTransform, boolean>;

export const DEFAULT_CLEAN_COPY_OPTIONS: Readonly<CleanCopyOptions> = {
  stripChrome: true,
  applySuggestions: true,
  punctuation: true,
  whitespace: true,
};

export interface CleanCopyResult {
  /** The clean copy. */
  text: string;
  /** Every change, over the ORIGINAL text: sorted, non-overlapping; applyEdits(original, edits) === text. */
  edits: CleanEdit[];
  log: ChangeLog;
}

/**
 * Produces clean copy from a draft's text as the app shows it (DraftFile.text: line endings
 * already `\n`, which the offsets assume). Each transform computes its
 * edits on the original text; where edits overlap, the higher-priority transform wins
 * (stripChrome, then accepted suggestions, punctuation, whitespace), so the result is one
 * consistent edit list the app can preview as a diff before anything is written.
 */
export function cleanCopy(
  text: string,
  options: Partial<CleanCopyOptions> = {},
  accepted: readonly AcceptedFix[] = [],
): CleanCopyResult {
  const on = { ...DEFAULT_CLEAN_COPY_OPTIONS, ...options };
  let edits: CleanEdit[] = [];
  if (on.stripChrome) edits = stripChromeEdits(text);
  if (on.applySuggestions) edits = mergeEdits(edits, suggestionEdits(accepted, text.length));
  if (on.punctuation) edits = mergeEdits(edits, punctuationEdits(text));
  if (on.whitespace) edits = mergeEdits(edits, whitespaceEdits(text));
  return { text: applyEdits(text, edits), edits, log: buildChangeLog(text, edits) };
}
