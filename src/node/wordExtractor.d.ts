// word-extractor ships no types, and @types/word-extractor lacks getBody's options: only what importWordBinary uses.
declare module 'word-extractor' {
  namespace WordExtractor {
    interface Document {
      /** filterUnicode (default true) turns curly quotes, dashes and wide spaces into ASCII. */
      getBody(options?: { filterUnicode?: boolean }): string;
    }
  }
  class WordExtractor {
    extract(source: string | Buffer): Promise<WordExtractor.Document>;
  }
  export = WordExtractor;
}
