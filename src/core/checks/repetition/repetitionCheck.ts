import type { ParagraphCheck } from '../check';

export const repetitionCheck: ParagraphCheck = { id: 'repetition', scope: 'paragraph', runParagraph: () => [] };
