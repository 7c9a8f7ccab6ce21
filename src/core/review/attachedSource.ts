/**
 * A document the draft was written from, as the review file records it: where it was, how big,
 * and a SHA-256 of its bytes, so a source that has since moved or changed is noticed on reopen
 * rather than silently checked against.
 */
export interface AttachedSource {
  /** Absolute path when it was attached. */
  path: string;
  /** The file name, shown in the list and in citations. */
  name: string;
  size: number;
  /** SHA-256 of the file's bytes, lower-case hex. */
  sha256: string;
}

/** How an attached source stands now: as recorded, different bytes at its path, or no longer there. */
export type AttachedSourceState = 'unchanged' | 'changed' | 'missing';
