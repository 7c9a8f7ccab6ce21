import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import DiffMatchPatch from 'diff-match-patch';
import { diffRevisions } from '../../src/core/diff/diffRevisions';
import type { BenchContext, BenchRow, BenchSuite, DraftSize } from '../benchSuite';
import { seededRandom } from '../syntheticDraft';

/** Characters an edit may insert or substitute: common Han characters and Chinese punctuation. */
const EDIT_POOL = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入，。、；：';

/** Edits about `fraction` of the characters (a third each substituted, deleted, followed by an insertion); line breaks are kept. */
export function editRevision(text: string, fraction: number, seed: number): string {
  const random = seededRandom(seed);
  const pick = (): string => EDIT_POOL[Math.floor(random() * EDIT_POOL.length)]!;
  const out: string[] = [];
  for (const ch of text) {
    const r = random();
    if (ch === '\n' || r >= fraction) out.push(ch);
    else if (r < fraction / 3) out.push(pick());
    else if (r < (2 * fraction) / 3) continue;
    else out.push(ch, pick());
  }
  return out.join('');
}

const PAIRS: { size: DraftSize; fraction: number; seed: number; targetMs?: number }[] = [
  { size: '100KB', fraction: 0.01, seed: 1, targetMs: 20 },
  { size: '1MB', fraction: 0.1, seed: 2 },
];

/** Times `git diff --no-index --word-diff=porcelain --word-diff-regex=.` as a process, output included. */
function gitWordDiff(oldPath: string, newPath: string): void {
  const result = spawnSync('git', ['diff', '--no-index', '--no-color', '--word-diff=porcelain', '--word-diff-regex=.', oldPath, newPath], { maxBuffer: 1 << 30 });
  if (result.status !== 1) throw new Error(`git diff failed: ${result.stderr?.toString() ?? result.error?.message}`);
}

export const suite: BenchSuite = {
  name: 'diff',
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const rows: BenchRow[] = [];
    const dir = mkdtempSync(join(tmpdir(), 'jiaokan-bench-diff-'));
    try {
      for (const pair of PAIRS) {
        const oldText = ctx.draft(pair.size);
        const newText = editRevision(oldText, pair.fraction, pair.seed);
        const oldPath = join(dir, `${pair.size}-old.txt`);
        const newPath = join(dir, `${pair.size}-new.txt`);
        writeFileSync(oldPath, oldText);
        writeFileSync(newPath, newText);
        const name = `${pair.size} ${pair.fraction * 100}% edited`;
        // Small pairs get more runs: their medians are a few milliseconds and JIT warm-up dominates a short series.
        const runs = pair.size === '100KB' ? 20 : 5;
        const ours = ctx.median(() => diffRevisions(oldText, newText), runs);
        const git = ctx.median(() => gitWordDiff(oldPath, newPath), runs);
        // diff-match-patch as shipped: Diff_Timeout 1 s (its default), diff_cleanupSemantic not run.
        const dmp = new DiffMatchPatch();
        const dmpMs = ctx.median(() => dmp.diff_main(oldText, newText), 3);
        const ratio = ours / git;
        const targetOk = ratio <= 2 && (pair.targetMs === undefined || ours < pair.targetMs);
        rows.push({
          suite: 'diff',
          name,
          medianMs: ours,
          extra: {
            chars: oldText.length,
            gitMs: round(git),
            dmpMs: round(dmpMs),
            dmpTimedOut: dmpMs >= dmp.Diff_Timeout * 1000 ? 'yes' : 'no',
            oursVsGit: `${ratio.toFixed(2)}×`,
            oursVsDmp: `${(ours / dmpMs).toFixed(2)}×`,
            target: `${pair.targetMs === undefined ? '' : `<${pair.targetMs} ms, `}≤2× git: ${targetOk ? 'met' : 'MISSED'}`,
          },
        });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return rows;
  },
};

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
