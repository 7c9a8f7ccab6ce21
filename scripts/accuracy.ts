/**
 * `npm run accuracy -- DIR [--json] [--family F]... [--sample N] [--date-from-path]`
 *
 * Runs every check over the .txt/.md/.html/.docx files below DIR and prints, per family and rule,
 * warnings+errors per 10,000 characters, and a sample of findings with their sentence, for reading
 * by hand (docs/architecture.md, "Judging accuracy"). Info findings are counted apart: they are
 * what a check says when it is unsure. Not part of `npm test`: the text measured is not ours.
 *
 * --date-from-path reads a publication date (YYYYMMDD) from each file's path and uses it as the
 * dateline fallback, as a newsroom pipeline would pass the article's date.
 */
import { extname, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { CheckEngine } from '../src/core/checkEngine';
import type { CalendarDate } from '../src/core/dates/calendarDate';
import { FAMILIES, familyOf, type Family, type Finding } from '../src/core/finding';
import { sentenceAround } from '../src/core/text/sentenceAround';
import { filesBelow } from './filesBelow';
import { loadGazetteer } from '../src/node/loadGazetteer';
import { loadTypoLexicon } from '../src/node/loadTypoLexicon';
import { readDraft } from '../src/node/readDraft';

const DRAFT_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm', '.docx']);

interface RuleTally {
  rule: string;
  flagged: number;
  info: number;
  samples: Sample[];
}

interface Sample {
  file: string;
  severity: string;
  message: string;
  spans: string[];
  sentence: string;
}

function dateFromPath(path: string): CalendarDate | undefined {
  const m = /(20\d\d)(\d\d)(\d\d)/.exec(path);
  if (!m) return undefined;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** The sentence around a span (up to 120 characters either side), with the span bracketed 【】 so a reader sees what was flagged. */
function bracketedSentence(text: string, start: number, end: number): string {
  const { before, span, after } = sentenceAround(text, start, end, 120);
  return `${before}【${span}】${after}`.replace(/\s+/g, ' ').trim();
}

/** Every n-th finding, so the sample spreads over the whole set rather than its first files. */
function keepSample(tally: RuleTally, sample: Sample, limit: number): void {
  if (tally.samples.length < limit) tally.samples.push(sample);
  else {
    const slot = (tally.flagged + tally.info) % (tally.samples.length * 3);
    if (slot < tally.samples.length) tally.samples[slot] = sample;
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      family: { type: 'string', multiple: true },
      sample: { type: 'string', default: '20' },
      'date-from-path': { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  const dir = positionals[0];
  if (!dir) {
    process.stderr.write('usage: npm run accuracy -- DIR [--json] [--family F]... [--sample N] [--date-from-path]\n');
    process.exit(2);
  }
  const families = (values.family ?? []).filter((f): f is Family => (FAMILIES as readonly string[]).includes(f));
  const sampleLimit = Math.max(0, Number(values.sample) || 0);
  const gazetteer = await loadGazetteer();
  const typoLexicon = await loadTypoLexicon();
  const files = filesBelow(dir, (name) => DRAFT_EXTENSIONS.has(extname(name).toLowerCase()));
  const tallies = new Map<string, RuleTally>();
  let chars = 0;
  let failed = 0;
  for (const [i, file] of files.entries()) {
    if (!values.json && i % 200 === 0) process.stderr.write(`accuracy: ${i}/${files.length} files\n`);
    let text: string;
    try {
      text = (await readDraft(file)).text;
    } catch {
      failed++;
      continue;
    }
    chars += text.length;
    const fallbackDate = values['date-from-path'] ? dateFromPath(file) : undefined;
    const findings: Finding[] = new CheckEngine().check(text, {
      lang: 'zh',
      gazetteer,
      typoLexicon,
      fallbackDate,
      families: families.length > 0 ? families : undefined,
    });
    for (const f of findings) {
      const tally = tallies.get(f.rule) ?? { rule: f.rule, flagged: 0, info: 0, samples: [] };
      tallies.set(f.rule, tally);
      if (f.severity === 'info') tally.info++;
      else tally.flagged++;
      const first = f.spans[0]!;
      keepSample(tally, {
        file: relative(dir, file),
        severity: f.severity,
        message: f.message,
        spans: f.spans.map((s) => s.text),
        sentence: bracketedSentence(text, first.start, first.end),
      }, sampleLimit);
    }
  }
  const per10k = (n: number): number => (chars === 0 ? 0 : Math.round((n / chars) * 10_000 * 1000) / 1000);
  const rules = [...tallies.values()].sort((a, b) => a.rule.localeCompare(b.rule));
  const byFamily = new Map<string, { flagged: number; info: number }>();
  for (const r of rules) {
    const fam = familyOf(r.rule);
    const agg = byFamily.get(fam) ?? { flagged: 0, info: 0 };
    agg.flagged += r.flagged;
    agg.info += r.info;
    byFamily.set(fam, agg);
  }
  const report = {
    dir,
    files: files.length,
    unreadable: failed,
    chars,
    families: [...byFamily.entries()].map(([family, agg]) => ({ family, ...agg, flaggedPer10k: per10k(agg.flagged), infoPer10k: per10k(agg.info) })),
    rules: rules.map((r) => ({ rule: r.rule, flagged: r.flagged, info: r.info, flaggedPer10k: per10k(r.flagged), infoPer10k: per10k(r.info), samples: r.samples })),
  };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const out: string[] = [];
  out.push(`${files.length} files (${failed} unreadable), ${chars} characters`);
  out.push('', 'family        warn+err  per 10k   info  per 10k');
  for (const f of report.families) {
    out.push(`${f.family.padEnd(13)} ${String(f.flagged).padStart(8)} ${f.flaggedPer10k.toFixed(3).padStart(8)} ${String(f.info).padStart(6)} ${f.infoPer10k.toFixed(3).padStart(8)}`);
  }
  for (const r of report.rules) {
    out.push('', `== ${r.rule}: ${r.flagged} warnings+errors (${r.flaggedPer10k.toFixed(3)} per 10k), ${r.info} info`);
    for (const s of r.samples) out.push(`  [${s.severity}] ${s.file}: ${s.spans.join(' / ')} — ${s.message}\n      ${s.sentence}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

void main();
