/** One row of the printed table: a measurement, its median and optional comparison. */
export interface BenchRow {
  suite: string;
  name: string;
  /** Median milliseconds over the runs. */
  medianMs: number;
  /** Extra columns: sizes, throughput, peer ratios, memory. */
  extra?: Record<string, string | number>;
}

export interface BenchContext {
  /** Synthetic Chinese news drafts by label ('10KB', '100KB', '1MB', '10MB'), built from the team's text. */
  draft(label: DraftSize): string;
  /** Runs fn `runs` times (after one warm-up) and returns the median in ms. */
  median(fn: () => unknown, runs?: number): number;
  /** Same for async work. */
  medianAsync(fn: () => Promise<unknown>, runs?: number): Promise<number>;
}

export type DraftSize = '10KB' | '100KB' | '1MB' | '10MB';

export interface BenchSuite {
  name: string;
  run(ctx: BenchContext): Promise<BenchRow[]>;
}
