/**
 * `node --import tsx scripts/typoAccuracy.ts DIR [--sample N] [--json] [--margin-offset=N]`
 *
 * Measures the typo family on spelling-check sets of erroneous/corrected sentence pairs found
 * below DIR (kept outside the repository; they are not ours):
 * - `*_error.txt` with `*_correct.txt` beside it, one sentence a line (SIGHAN pair data);
 * - `*.jsonl` with `source` and `target` fields (csc_hard);
 * - other `*.txt` with `error<TAB>correct` lines, characters space-separated (LEMON).
 * Reports per set: recall (the share of typo characters inside a `typo.*` span on the erroneous
 * sentence) and false alarms (the share of corrected sentences with any `typo.*` warning).
 * `--margin-offset=N` adds N to every confusion margin for this run, to trace the recall/false-alarm
 * curve (tune on the train split, report on the test split). Not part of `npm test`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { CheckEngine } from '../src/core/checkEngine';
import type { Finding } from '../src/core/finding';
import { loadGazetteer } from '../src/node/loadGazetteer';
import { loadTypoLexicon } from '../src/node/loadTypoLexicon';
import { CONFUSION_MARGIN } from '../src/core/checks/typo/windowSearch';
import { filesBelow } from './filesBelow';

interface Pair {
  error: string;
  correct: string;
}

interface SetResult {
  set: string;
  sentences: number;
  typoChars: number;
  caught: number;
  falseAlarmSentences: number;
  flaggedSpans: number;
  samples: { kind: 'missed' | 'false alarm' | 'caught'; sentence: string }[];
}

function pairsOf(path: string): Pair[] | undefined {
  const name = basename(path);
  if (name.endsWith('_error.txt')) {
    const other = path.replace(/_error\.txt$/, '_correct.txt');
    if (!existsSync(other)) return undefined;
    const errors = readFileSync(path, 'utf8').split('\n');
    const corrects = readFileSync(other, 'utf8').split('\n');
    return errors.map((error, i) => ({ error, correct: corrects[i] ?? '' }));
  }
  if (name.endsWith('_correct.txt')) return undefined;
  if (name.endsWith('.jsonl')) {
    return readFileSync(path, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as { source: string; target: string })
      .map((o) => ({ error: o.source, correct: o.target }));
  }
  if (name.endsWith('.txt')) {
    return readFileSync(path, 'utf8')
      .split('\n')
      .map((l) => l.split('\t'))
      .filter((f) => f.length >= 2)
      .map(([e, c]) => ({ error: e!.replace(/ /g, ''), correct: c!.replace(/ /g, '') }));
  }
  return undefined;
}

function marked(text: string, findings: Finding[]): string {
  let out = text;
  for (const f of [...findings].sort((a, b) => b.spans[0]!.start - a.spans[0]!.start)) {
    const s = f.spans[0]!;
    out = `${out.slice(0, s.start)}【${s.text}→${f.suggestion?.replacement ?? '?'}】${out.slice(s.end)}`;
  }
  return out;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { sample: { type: 'string' }, json: { type: 'boolean' }, 'margin-offset': { type: 'string' } } });
  const dir = positionals[0];
  const offset = Number(values['margin-offset'] ?? 0);
  if (!dir || !Number.isFinite(offset)) {
    process.stderr.write('usage: typoAccuracy DIR [--sample N] [--json] [--margin-offset=N]\n');
    process.exit(2);
  }
  for (const kind of Object.keys(CONFUSION_MARGIN) as (keyof typeof CONFUSION_MARGIN)[]) CONFUSION_MARGIN[kind] += offset;
  const typoLexicon = await loadTypoLexicon();
  if (!typoLexicon) {
    process.stderr.write('typoAccuracy: resources/generated/typo.json is missing: run `npm run build` first.\n');
    process.exit(2);
  }
  const gazetteer = await loadGazetteer();
  const sampleLimit = Number(values.sample) || 0;
  const results: SetResult[] = [];
  for (const path of filesBelow(dir)) {
    const pairs = pairsOf(path);
    if (!pairs) continue;
    const result: SetResult = { set: relative(dir, path), sentences: 0, typoChars: 0, caught: 0, falseAlarmSentences: 0, flaggedSpans: 0, samples: [] };
    const check = (text: string): Finding[] => new CheckEngine().check(text, { lang: 'zh', families: ['typo'], gazetteer, typoLexicon });
    for (const { error, correct } of pairs) {
      if (error.length !== correct.length || error.length === 0) continue;
      result.sentences++;
      const wrongAt = [...error].flatMap((ch, i) => (ch !== correct[i] ? [i] : []));
      result.typoChars += wrongAt.length;
      const onError = check(error);
      result.flaggedSpans += onError.length;
      const inSpan = (i: number) => onError.some((f) => f.spans.some((s) => s.start <= i && i < s.end));
      const caught = wrongAt.filter(inSpan).length;
      result.caught += caught;
      const onCorrect = check(correct);
      if (onCorrect.length > 0) result.falseAlarmSentences++;
      if (result.samples.length < sampleLimit) {
        if (onCorrect.length > 0) result.samples.push({ kind: 'false alarm', sentence: marked(correct, onCorrect) });
        else if (caught < wrongAt.length && wrongAt.length > 0 && result.samples.length % 3 === 0) result.samples.push({ kind: 'missed', sentence: `${error} ⇒ ${correct}` });
      }
    }
    results.push(result);
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    return;
  }
  const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)} %`);
  let all = { typoChars: 0, caught: 0, sentences: 0, falseAlarmSentences: 0 };
  for (const r of results) {
    process.stdout.write(`${r.set.padEnd(32)} sentences ${String(r.sentences).padStart(5)}  recall ${pct(r.caught, r.typoChars).padStart(7)} of ${r.typoChars} typo chars  false alarms ${pct(r.falseAlarmSentences, r.sentences).padStart(7)}\n`);
    for (const s of r.samples) process.stdout.write(`    ${s.kind}: ${s.sentence}\n`);
    all = { typoChars: all.typoChars + r.typoChars, caught: all.caught + r.caught, sentences: all.sentences + r.sentences, falseAlarmSentences: all.falseAlarmSentences + r.falseAlarmSentences };
  }
  process.stdout.write(`${'all'.padEnd(32)} sentences ${String(all.sentences).padStart(5)}  recall ${pct(all.caught, all.typoChars).padStart(7)} of ${all.typoChars} typo chars  false alarms ${pct(all.falseAlarmSentences, all.sentences).padStart(7)}\n`);
}

void main();
