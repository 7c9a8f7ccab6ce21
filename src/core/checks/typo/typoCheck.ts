import type { ParagraphCheck, RawFinding } from '../check';
import { listedTypos } from './listedTypos';
import { confusableTypos } from './confusableTypos';
import { ProtectedRanges } from './protectedRanges';
import { withoutDraftTerms } from './draftTerms';
import { withoutDraftAbbreviations } from './draftAbbreviations';

/**
 * 错别字: the team's list of common misspellings first, then sound- and look-alike characters
 * that would make a common word where the written one makes none. Silent until the host has
 * loaded the typo data (ctx.typoLexicon), so opening a draft never waits for it.
 */
export const typoCheck: ParagraphCheck = {
  id: 'typo',
  scope: 'paragraph',
  readsTypoLexicon: true,
  runParagraph(paragraph, ctx): RawFinding[] {
    const lexicon = ctx.typoLexicon;
    if (!lexicon) return [];
    const guard = new ProtectedRanges(paragraph, ctx.gazetteer);
    const listed = listedTypos(paragraph, lexicon, guard, ctx.lang);
    const taken = listed.map((f): [number, number] => [f.spans[0]!.start, f.spans[0]!.end]);
    return [...listed, ...confusableTypos(paragraph, lexicon, guard, ctx.lang, taken, ctx.text)];
  },
  inDraft: (findings, ctx) => withoutDraftAbbreviations(withoutDraftTerms(findings, ctx.text), ctx.text),
};
