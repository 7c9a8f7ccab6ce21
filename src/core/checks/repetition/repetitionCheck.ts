import type { ParagraphCheck, RawFinding } from '../check';
import { doubledCharacters } from './doubledCharacters';
import { doubledPunctuation } from './doubledPunctuation';
import { doubledWords } from './doubledWords';

/** Doubled characters, words and punctuation marks: typing slips a proofreader strikes out. Words around a run are read in the typo dictionary once it has loaded. */
export const repetitionCheck: ParagraphCheck = {
  id: 'repetition',
  scope: 'paragraph',
  readsTypoLexicon: true,
  runParagraph(paragraph, ctx): RawFinding[] {
    return [...doubledCharacters(paragraph, ctx.lang), ...doubledWords(paragraph, ctx.lang, ctx.typoLexicon), ...doubledPunctuation(paragraph, ctx.lang)];
  },
};
