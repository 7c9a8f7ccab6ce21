/**
 * The checklist lists at most this many distinct claims (the first, in draft order): a review
 * file holds at most MAX_REVIEW_ITEMS items with the findings, and no one verifies more one by
 * one. A news draft has a few dozen; a compilation of several megabytes reaches it, and the tab
 * says so. A module of its own: the page reads it without loading the extractors, which run in the worker.
 */
export const MAX_CHECKLIST_CLAIMS = 10_000;
