import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CheckEngine } from '../src/core/checkEngine';
import { CONFUSION_MARGIN } from '../src/core/checks/typo/confusableTypos';
import { loadTypoLexicon } from '../src/node/loadTypoLexicon';
import { loadGazetteer } from '../src/node/loadGazetteer';
function list(d: string): string[] { return readdirSync(d).flatMap((n) => { const p = join(d, n); return statSync(p).isDirectory() ? list(p) : p.endsWith('.txt') ? [p] : []; }); }
async function main() {
  for (const k of Object.keys(CONFUSION_MARGIN)) (CONFUSION_MARGIN as Record<string, number>)[k] = 3;
  const typoLexicon = await loadTypoLexicon();
  const gazetteer = await loadGazetteer();
  let chars = 0;
  const rows: string[] = [];
  for (const p of list(process.argv[2]!)) {
    const text = readFileSync(p, 'utf8');
    chars += text.length;
    for (const f of new CheckEngine().check(text, { lang: 'zh', families: ['typo'], typoLexicon, gazetteer })) {
      const ev = f.evidence as { gain?: number; kind?: string };
      const s = f.spans[0]!;
      rows.push([f.rule, ev.kind ?? '-', ev.gain ?? 99, s.text, f.suggestion?.replacement, text.slice(Math.max(0, s.start - 10), s.end + 10).replace(/\s/g, ' ')].join('\t'));
    }
  }
  process.stdout.write(`#\t${chars}\n${rows.join('\n')}\n`);
}
void main();
