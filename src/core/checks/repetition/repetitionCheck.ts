import type { ParagraphCheck, RawFinding } from '../check';
import { doubledCharacters } from './doubledCharacters';
import { doubledPunctuation } from './doubledPunctuation';
import { doubledWords } from './doubledWords';
import { gazetteerIndex } from '../../gazetteer/gazetteerIndex';

/**
 * Doubled characters, words and punctuation marks: typing slips a proofreader strikes out. Words around
 * a run are read in the typo dictionary once it has loaded, and division names in the gazetteer.
 */
export const repetitionCheck: ParagraphCheck = {
  id: 'repetition',
  scope: 'paragraph',
  readsTypoLexicon: true,
  runParagraph(paragraph, ctx): RawFinding[] {
    const { gazetteer } = ctx;
    const divisions = gazetteer ? () => gazetteerIndex(gazetteer) : undefined;
    return [...doubledCharacters(paragraph, ctx.lang), ...doubledWords(paragraph, ctx.lang, ctx.typoLexicon, divisions), ...doubledPunctuation(paragraph, ctx.lang)];
  },
};
