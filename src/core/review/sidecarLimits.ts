import { ANCHOR_CONTEXT } from './review';

/**
 * What a review file may hold. Review files come from colleagues and shared drives, so their
 * size decides how long opening a draft takes; a file past any limit is refused with a message
 * naming the limit and is never overwritten. Each limit is far above what a real review needs.
 */

/**
 * Bytes on disk. A review holds the draft's text and its revisions, so a 1 MB article with a
 * few dozen revisions stays far under this; a 400 MB file took 7 GB and minutes to parse.
 */
export const MAX_SIDECAR_BYTES = 64 * 1024 * 1024;
/** Items (findings and claims): a long feature has a few hundred. */
export const MAX_REVIEW_ITEMS = 20_000;
/** Characters of an anchored span: findings and claims mark names, numbers and phrases. */
export const MAX_ANCHOR_TEXT = 2_000;
/** Characters of context either side of a span: the app stores ANCHOR_CONTEXT. */
export const MAX_ANCHOR_CONTEXT = ANCHOR_CONTEXT;
/** Characters of one note, message, reason, name or source. */
export const MAX_FIELD_CHARS = 10_000;
/** History entries of one item and revisions of one review. */
export const MAX_HISTORY = 1_000;
export const MAX_REVISIONS = 500;
/** Source documents attached to one draft: a story has a handful. */
export const MAX_ATTACHED_SOURCES = 200;
