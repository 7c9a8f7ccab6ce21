import { buildTypoLexicon, isTypoData, type TypoLexicon } from '../core/checks/typo/typoLexicon';
import { generatedFilePath, readGeneratedJson, readGeneratedJsonFile } from './readGeneratedJson';
import { storedTypoFastTables } from './storedTypoFastTables';
import { loadWindowSearch } from './loadWindowSearch';
import { TYPO_DATA_FILE } from './generatedFiles';

let loading: Promise<TypoLexicon | undefined> | undefined;

/**
 * Loads the built typo data once per process. Undefined (and the typo check silent) only when the
 * data was never built; `npm run build` builds it.
 */
export function loadTypoLexicon(): Promise<TypoLexicon | undefined> {
  loading ??= readGeneratedJson(TYPO_DATA_FILE).then(lexiconOf);
  return loading;
}

/** The lexicon of parsed typo data, with the fast tables and the compiled search the build stored beside it; undefined for data of another format. */
function lexiconOf(data: unknown): TypoLexicon | undefined {
  return isTypoData(data)
    ? buildTypoLexicon(
        data,
        undefined,
        () => storedTypoFastTables(data),
        (facts) => loadWindowSearch(data, facts),
      )
    : undefined;
}

/**
 * The built typo lexicon, read and built the first time a check asks it something; undefined when the
 * data was never built. The CLI's check process runs consistency, which asks only about two names
 * that differ by ordinary words, and most drafts hold none: there the 12–15 ms of reading the data
 * is spared in the process that finishes last. Data of another format throws when first asked, and
 * the check then runs in the CLI's own process (ParallelChecks), whose lexicon is undefined as well.
 */
export function typoLexiconOnDemand(): TypoLexicon | undefined {
  const path = generatedFilePath(TYPO_DATA_FILE);
  if (!path) return undefined;
  let built: TypoLexicon | undefined;
  const lexicon = (): TypoLexicon => {
    built ??= lexiconOf(readGeneratedJsonFile(path));
    if (!built) throw new Error(`${TYPO_DATA_FILE} is not typo data of this build: run npm run build`);
    return built;
  };
  return {
    get source() {
      return lexicon().source;
    },
    cost: (text, start, length) => lexicon().cost(text, start, length),
    mayFit: (text, start, length, skip) => lexicon().mayFit(text, start, length, skip),
    cheapest: (length) => lexicon().cheapest(length),
    get unknownCost() {
      return lexicon().unknownCost;
    },
    get maxWordLength() {
      return lexicon().maxWordLength;
    },
    get listedByFirst() {
      return lexicon().listedByFirst;
    },
    confusables: (code) => lexicon().confusables(code),
    completions: (text, start, length, at, dearestCode) => lexicon().completions(text, start, length, at, dearestCode),
    compiledSearch: (draft) => lexicon().compiledSearch?.(draft),
    get costScale() {
      return lexicon().costScale;
    },
  };
}
