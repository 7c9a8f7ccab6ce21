import type { CleanTransform } from './cleanEdit';

/** Every kind of change, by transform; the change log names and counts them. */
export const CLEAN_KINDS = {
  stripChrome: ['breadcrumb', 'stamp', 'widget', 'copyright', 'editor'],
  applySuggestions: ['accepted'],
  punctuation: ['mark', 'bracket', 'quote', 'ellipsis', 'dash'],
  whitespace: ['indent', 'trailingSpace', 'innerSpace', 'blankLines'],
} as const satisfies Record<CleanTransform, readonly string[]>;

export type CleanKind = (typeof CLEAN_KINDS)[CleanTransform][number];
