/** Whether `text` is one word of `words` or a run of them, read in any split (国外|知名, 城乡|社区 read as 城乡). */
export function isRunOf(text: string, words: ReadonlySet<string>, from = 0): boolean {
  if (from === text.length) return from > 0;
  for (let end = text.length; end > from; end--) if (words.has(text.slice(from, end)) && isRunOf(text, words, end)) return true;
  return false;
}
