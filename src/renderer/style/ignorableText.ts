import type { Finding } from '../../core/finding';

/**
 * The text 不再提示此词 adds to the ignore list: the first span that is not already the suggested
 * form (for a consistency group, the odd one out), else the first span. Any one ignored span
 * silences the whole finding.
 */
export function ignorableText(finding: Finding): string {
  const replacement = finding.suggestion?.replacement;
  return (finding.spans.find((s) => s.text !== replacement) ?? finding.spans[0]!).text;
}
