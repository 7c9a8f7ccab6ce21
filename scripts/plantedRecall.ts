/**
 * `npm run planted -- DIR [--seed N] [--misses FILE]`
 *
 * Recall on drafts with planted errors (docs/architecture.md, "Judging accuracy"): for each
 * .txt draft below DIR (real published text, kept outside the repository), plants one slip of
 * each kind below in a copy, checks it, and counts the slip caught when a finding that the
 * unplanted draft does not have covers the changed character. The replacement is a common
 * character read alike (sound) or looking alike (shape) in the typo data's confusion sets.
 * - person: a surname and two characters written twice or more, once after a title or before
 *   说/表示… (chosen without the people finder, so its misses count);
 * - org: an organisation's own name written twice or more, as the entity finder reads it (so this
 *   measures the variant rules, not the finder);
 * - place: a division's full name written twice or more (徐闻县), a character after the first changed.
 * `--misses FILE` writes every missed slip with its sentence, for reading by hand. Deterministic
 * for one seed. Not part of `npm test`: the text measured is not ours.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CheckEngine } from '../src/core/checkEngine';
import type { ConfusionKind, TypoLexicon } from '../src/core/checks/typo/typoLexicon';
import { extractEntities } from '../src/core/entities/extractEntities';
import { mayBeName } from '../src/core/entities/nameCharacters';
import { surnameLength } from '../src/core/entities/surnames';
import { TITLES } from '../src/core/entities/titleWords';
import type { Finding } from '../src/core/finding';
import type { Gazetteer } from '../src/core/gazetteer/gazetteer';
import { gazetteerIndex } from '../src/core/gazetteer/gazetteerIndex';
import { sentenceAround } from '../src/core/text/sentenceAround';
import { wordSegmenter } from '../src/core/text/wordSegmenter';
import { loadGazetteer } from '../src/node/loadGazetteer';
import { loadTypoLexicon } from '../src/node/loadTypoLexicon';
import { filesBelow } from './filesBelow';

/** A replacement must be at least this common as a word of its own (−log frequency): no rare characters a reporter never types. */
const COMMON_COST = 11;
const SPEECH = /^(?:说|表示|介绍|告诉|认为|指出|坦言|回忆)/;
const KINDS: Record<'sound' | 'shape', ConfusionKind[]> = { sound: ['sound', 'soundShape'], shape: ['shape'] };

interface Plant {
  kind: string;
  file: string;
  text: string;
  at: number;
  written: string;
  replacement: string;
}

function occurrences(text: string, name: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) out.push(i);
  return out;
}

/** A small linear congruential generator: the same seed plants the same slips. */
function randomFrom(seed: number): <T>(items: readonly T[]) => T {
  let state = seed;
  return (items) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return items[Math.floor((state / 2147483648) * items.length)]!;
  };
}

function personCandidates(text: string): string[] {
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= text.length; i++) {
    const name = text.slice(i, i + 3);
    if (surnameLength(name) === 1 && /^[\u4e00-\u9fff]{3}$/.test(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const titled = (at: number) => SPEECH.test(text.slice(at + 3, at + 6)) || TITLES.some((title) => text.startsWith(title, at - title.length));
  return [...counts]
    .filter(([name, n]) => n >= 2 && mayBeName(name, 0, name.length, false) && occurrences(text, name).some((at) => titled(at) && standsAlone(text, at, at + 3)))
    .map(([name]) => name);
}

/** Whether text[start, end) starts and ends at word boundaries (not 和|党中|央): ICU's word segmentation of the sentence around it. */
function standsAlone(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 10);
  const segments = wordSegmenter().segment(text.slice(from, end + 10));
  const boundaries = new Set([...segments].map((s) => s.index + from));
  return boundaries.has(start) && (boundaries.has(end) || end - from === text.slice(from, end + 10).length);
}

function orgCandidates(text: string, gazetteer: Gazetteer | undefined): { start: number; length: number }[][] {
  const byForm = new Map<string, { start: number; length: number }[]>();
  for (const m of extractEntities(text, gazetteer)) {
    if (m.kind !== 'org' || m.form.text.length < 2) continue;
    const list = byForm.get(m.form.text) ?? [];
    list.push({ start: m.form.start, length: m.form.text.length });
    byForm.set(m.form.text, list);
  }
  return [...byForm.values()].filter((list) => list.length >= 2);
}

function placeCandidates(text: string, gazetteer: Gazetteer): string[] {
  const index = gazetteerIndex(gazetteer);
  const names = new Set<string>();
  for (const m of text.matchAll(/[\u4e00-\u9fff]{2,5}?[镇乡县市区]/g)) {
    for (let k = 0; k <= m[0].length - 3; k++) {
      if (index.hasName(m[0].slice(k))) {
        names.add(m[0].slice(k));
        break;
      }
    }
  }
  return [...names].filter((name) => occurrences(text, name).length >= 2);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { seed: { type: 'string', default: '7' }, misses: { type: 'string' } } });
  const dir = positionals[0];
  if (!dir) {
    process.stderr.write('usage: plantedRecall DIR [--seed N] [--misses FILE]\n');
    process.exit(2);
  }
  const [gazetteer, lexicon] = await Promise.all([loadGazetteer(), loadTypoLexicon()]);
  if (!gazetteer || !lexicon) {
    process.stderr.write('plantedRecall: the gazetteer or typo data is missing: run `npm run build` first.\n');
    process.exit(2);
  }
  const pick = randomFrom(Number(values.seed));
  const confusable = (lex: TypoLexicon, ch: string, kinds: ConfusionKind[]): string | undefined => {
    const options = [...lex.confusables(ch.charCodeAt(0))]
      .filter(([code, kind]) => kinds.includes(kind) && (lex.cost(String.fromCharCode(code), 0, 1) ?? Infinity) < COMMON_COST)
      .map(([code]) => String.fromCharCode(code));
    return options.length > 0 ? pick(options) : undefined;
  };
  const plants: Plant[] = [];
  const plantBoth = (kind: string, file: string, text: string, at: number, written: string) => {
    for (const [how, kinds] of Object.entries(KINDS)) {
      const replacement = confusable(lexicon, text[at]!, kinds);
      if (replacement) plants.push({ kind: `${kind}.${how}`, file, text: text.slice(0, at) + replacement + text.slice(at + 1), at, written, replacement });
    }
  };
  for (const file of filesBelow(dir, (name) => name.endsWith('.txt'))) {
    const text = readFileSync(file, 'utf8');
    const people = personCandidates(text);
    if (people.length > 0) {
      const name = pick(people);
      plantBoth('person', file, text, pick(occurrences(text, name)) + pick([1, 2]), name);
    }
    const orgs = orgCandidates(text, gazetteer);
    if (orgs.length > 0) {
      const form = pick(pick(orgs));
      plantBoth('org', file, text, form.start + 1 + Math.floor(pick([0, 0.34, 0.67]) * (form.length - 1)), text.slice(form.start, form.start + form.length));
    }
    const places = placeCandidates(text, gazetteer);
    if (places.length > 0) {
      const name = pick(places);
      plantBoth('place', file, text, pick(occurrences(text, name)) + 1 + Math.floor(pick([0, 0.5]) * (name.length - 2)), name);
    }
  }

  const check = (text: string) => new CheckEngine().check(text, { lang: 'zh', gazetteer, typoLexicon: lexicon });
  const key = (f: Finding) => `${f.rule}|${f.spans.map((s) => s.text).join('/')}`;
  const unplanted = new Map<string, Set<string>>();
  const tally = new Map<string, { planted: number; caught: number }>();
  const missed: string[] = [];
  for (const plant of plants) {
    let before = unplanted.get(plant.file);
    if (!before) unplanted.set(plant.file, (before = new Set(check(readFileSync(plant.file, 'utf8')).map(key))));
    const known = before;
    const caught = check(plant.text).some((f) => !known.has(key(f)) && f.spans.some((s) => s.start <= plant.at && plant.at < s.end));
    const row = tally.get(plant.kind) ?? { planted: 0, caught: 0 };
    row.planted++;
    if (caught) row.caught++;
    else {
      const { before: left, span, after } = sentenceAround(plant.text, plant.at, plant.at + 1, 60);
      missed.push(`${plant.kind}\t${plant.written} → ${plant.replacement}\t${`${left}【${span}】${after}`.replace(/\s+/g, ' ')}\t${plant.file}`);
    }
    tally.set(plant.kind, row);
  }
  for (const [kind, row] of [...tally].sort()) {
    process.stdout.write(`${kind.padEnd(14)} caught ${String(row.caught).padStart(4)} of ${String(row.planted).padStart(4)}  ${((100 * row.caught) / row.planted).toFixed(1).padStart(5)} %\n`);
  }
  if (values.misses) writeFileSync(values.misses, `${missed.join('\n')}\n`);
}

void main();
