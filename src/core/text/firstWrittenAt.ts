/** The first of `words` written at `at` in `text`: callers list longer words first where one begins another. */
export function firstWrittenAt(words: readonly string[], text: string, at: number): string | undefined {
  for (const word of words) if (text.startsWith(word, at)) return word;
  return undefined;
}
