/** One sentence's score against a query: the share of the query's bigrams it contains. */
export interface ScoredSentence {
  sentence: number;
  /** In [0, 1]: 1 when every bigram of the query occurs in the sentence. */
  coverage: number;
}

/**
 * An inverted index from bigram to the sentences holding it. A query costs the sum of its bigrams'
 * posting lists, so bigrams in more than MAX_SHARE of all sentences (的是, 我们) are left out of the
 * lists: they say nothing about which sentence a query came from and would make a query linear in
 * the size of the sources.
 */
export class BigramIndex {
  private readonly postings = new Map<number, number[]>();
  private readonly common = new Set<number>();
  private readonly sizes: number[] = [];

  constructor(sentences: readonly Set<number>[]) {
    for (const [id, grams] of sentences.entries()) {
      this.sizes.push(grams.size);
      for (const g of grams) {
        const list = this.postings.get(g);
        if (list) list.push(id);
        else this.postings.set(g, [id]);
      }
    }
    const cap = Math.max(50, Math.ceil(sentences.length * MAX_SHARE));
    for (const [g, list] of this.postings) {
      if (list.length <= cap) continue;
      this.postings.delete(g);
      this.common.add(g);
    }
  }

  /** The `limit` sentences covering most of the query, best first; those under `minCoverage` are left out. */
  search(query: Set<number>, limit: number, minCoverage: number): ScoredSentence[] {
    const hits = new Map<number, number>();
    let informative = 0;
    for (const g of query) {
      if (this.common.has(g)) continue;
      informative++;
      const list = this.postings.get(g);
      if (!list) continue;
      for (const id of list) hits.set(id, (hits.get(id) ?? 0) + 1);
    }
    if (informative === 0) return [];
    const scored: ScoredSentence[] = [];
    for (const [sentence, shared] of hits) {
      const coverage = shared / informative;
      if (coverage >= minCoverage) scored.push({ sentence, coverage });
    }
    scored.sort((a, b) => b.coverage - a.coverage || this.sizes[a.sentence]! - this.sizes[b.sentence]! || a.sentence - b.sentence);
    return scored.slice(0, limit);
  }
}

const MAX_SHARE = 0.05;
