import type { CheckContext, ParagraphCheck } from '../src/core/checks/check';
import { splitParagraphs } from '../src/core/text/paragraphs';

/**
 * Every paragraph through one check with no cache: a synthetic draft repeats its paragraphs,
 * and the engine's cache would otherwise skip the repeats. Returns the number of findings.
 */
export function checkEveryParagraph(check: ParagraphCheck, text: string, context: Partial<CheckContext> = {}): number {
  const paragraphs = splitParagraphs(text);
  const ctx: CheckContext = { text, paragraphs, lang: 'zh', ...context };
  let findings = 0;
  for (const p of paragraphs) if (p.text.length > 0) findings += check.runParagraph(p.text, ctx).length;
  return findings;
}
