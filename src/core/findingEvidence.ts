import type { FoldedEvidence } from './bounds/foldFindings';
import type { VariantGroupEvidence } from './checks/consistency/variantEvidence';
import type { SourceCitation } from './sources/sourceCitation';

/**
 * The working a finding shows, tagged by `of` so a reader (the panel, the variant list, a test)
 * narrows it by the tag instead of re-validating its shape. Part of the public JSON: change only
 * by adding members or fields.
 */
export type FindingEvidence =
  | ({ of: 'variants' } & VariantGroupEvidence)
  | { of: 'department'; written: string; standard: string; basis: 'department-list' }
  | { of: 'gazetteer'; county: string; countyCode: string; suggested: string; code: string; path: string[]; source: string }
  | { of: 'arithmetic'; formula: string; recomputed: string; range: [string, string]; stated: string }
  | ({ of: 'source' } & SourceCitation)
  | ({ of: 'folded' } & FoldedEvidence)
  | { of: 'skipped'; skipped: true; chars: number; maxParagraphChars: number }
  /** The families whose evidence only the user reads (date, number, style, typo): named values. */
  | { of: 'details'; [name: string]: string | number | boolean | undefined };
