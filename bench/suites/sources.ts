import type { BenchContext, BenchRow, BenchSuite } from '../benchSuite';
import { CheckEngine } from '../../src/core/checkEngine';
import type { SourceText } from '../../src/core/sources/sourceText';
import { seededRandom, syntheticDraft } from '../syntheticDraft';

const SOURCE_CHARS = 300_000;
const DRAFT_CHARS = 10_000;

/**
 * A 300,000-character source (a 200-page report) and a 10,000-character draft written from it with
 * one number in ten changed: the source check indexes the source and matches the draft (target ≤ 2 s),
 * then re-checks the draft with the index kept, as the app does after an edit.
 */
export const suite: BenchSuite = {
  name: 'sources',
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const source = variedText(SOURCE_CHARS, 3);
    const draft = draftFrom(source, DRAFT_CHARS, 5);
    let findings = 0;
    const cold = ctx.median(() => {
      const sources: SourceText[] = [{ name: 'report.txt', text: source }];
      findings = new CheckEngine().check(draft, { lang: 'zh', families: ['source'], sources }).length;
    }, 5);
    const kept: SourceText[] = [{ name: 'report.txt', text: source }];
    const warm = ctx.median(() => new CheckEngine().check(draft, { lang: 'zh', families: ['source'], sources: kept }), 10);
    const extra = { sourceChars: source.length, draftChars: draft.length, findings, target: '≤ 2000 ms' };
    return [
      { suite: 'sources', name: 'index 300k source + match 10k draft', medianMs: cold, extra },
      { suite: 'sources', name: 'match 10k draft, source indexed', medianMs: warm, extra: { draftChars: draft.length } },
    ];
  },
};

/**
 * The bench's own paragraphs, each given a distinct subject of random characters drawn from them,
 * so sentences differ in wording as a real report's do (recombined paragraphs alone repeat one
 * another and would make every bigram too common to index).
 */
function variedText(chars: number, seed: number): string {
  const random = seededRandom(seed);
  const base = syntheticDraft('1MB', seed).split('\n');
  const pool = [...new Set(base.join('').replace(/[^\u4e00-\u9fff]/g, ''))];
  const pick = (): string => pool[Math.floor(random() * pool.length)]!;
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const line = base[i % base.length]!.replace(/。/g, () => `。${pick()}${pick()}${pick()}${pick()}表示，`);
    out.push(line);
    length += line.length + 1;
  }
  return out.join('\n');
}

/** Paragraphs taken from the source in order, with one number in ten changed. */
function draftFrom(source: string, chars: number, seed: number): string {
  const random = seededRandom(seed);
  const paragraphs = source.split('\n');
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i += 1 + Math.floor(random() * 20)) {
    const line = paragraphs[i % paragraphs.length]!.replace(/\d+/g, (digits) => (random() < 0.1 ? String(Number(digits) + 1) : digits));
    out.push(line);
    length += line.length + 1;
  }
  return out.join('\n');
}
