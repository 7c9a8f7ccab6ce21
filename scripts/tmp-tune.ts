import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CheckEngine } from '../src/core/checkEngine';
import { CONFUSION_MARGIN } from '../src/core/checks/typo/confusableTypos';
import { loadTypoLexicon } from '../src/node/loadTypoLexicon';
import { loadGazetteer } from '../src/node/loadGazetteer';

async function main() {
  const dir = process.argv[2]!;
  for (const k of Object.keys(CONFUSION_MARGIN)) (CONFUSION_MARGIN as Record<string, number>)[k] = 3;
  const typoLexicon = await loadTypoLexicon();
  const gazetteer = await loadGazetteer();
  const rows: string[] = [];
  let sentences = 0, typoChars = 0;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('_error.txt')) continue;
    const errs = readFileSync(join(dir, name), 'utf8').split('\n');
    const cors = readFileSync(join(dir, name.replace('_error', '_correct')), 'utf8').split('\n');
    errs.forEach((e, n) => {
      const c = cors[n] ?? '';
      if (e.length !== c.length || !e) return;
      sentences++;
      const wrong = [...e].flatMap((ch, i) => (ch !== c[i] ? [i] : []));
      typoChars += wrong.length;
      for (const [text, side] of [[e, 'E'], [c, 'C']] as const) {
        for (const f of new CheckEngine().check(text, { lang: 'zh', families: ['typo'], typoLexicon, gazetteer })) {
          const s = f.spans[0]!;
          const hits = side === 'E' ? wrong.filter((i) => s.start <= i && i < s.end).length : 0;
          const ev = f.evidence as { gain?: number; kind?: string };
          rows.push([n, side, f.rule, ev.kind ?? '-', ev.gain ?? 99, hits, s.text, f.suggestion?.replacement].join('\t'));
        }
      }
    });
  }
  process.stdout.write(`#\t${sentences}\t${typoChars}\n${rows.join('\n')}\n`);
}
void main();
