import type { ParagraphCheck } from '../check';

export const punctuationCheck: ParagraphCheck = { id: 'punctuation', scope: 'paragraph', runParagraph: () => [] };
