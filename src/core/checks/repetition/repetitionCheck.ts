import type { ParagraphCheck, RawFinding } from '../check';
import { doubledCharacters } from './doubledCharacters';
import { doubledPunctuation } from './doubledPunctuation';
import { doubledWords } from './doubledWords';

/** Doubled characters, words and punctuation marks: typing slips a proofreader strikes out. */
export const repetitionCheck: ParagraphCheck = {
  id: 'repetition',
  scope: 'paragraph',
  runParagraph(paragraph, ctx): RawFinding[] {
    return [...doubledCharacters(paragraph, ctx.lang), ...doubledWords(paragraph, ctx.lang), ...doubledPunctuation(paragraph, ctx.lang)];
  },
};
