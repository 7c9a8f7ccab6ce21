/** Longer than this, a line without a closing mark is a paragraph rather than a headline. */
const HEADLINE_MAX = 40;
const SENTENCE_MARK = /[。！？!?；;…]/;

/**
 * Whether a paragraph is running body text: a headline, a title or a caption line (short, no
 * closing mark) is not, so its style is not weighed against the body's.
 */
export function isBodyParagraph(text: string): boolean {
  return text.trim().length > HEADLINE_MAX || SENTENCE_MARK.test(text);
}
