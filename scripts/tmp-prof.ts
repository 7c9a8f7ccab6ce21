import { readFileSync } from 'node:fs';
import { buildTypoLexicon, type TypoData } from '/work/wt/typos/src/core/checks/typo/typoLexicon';
import { typoCheck } from '/work/wt/typos/src/core/checks/typo/typoCheck';
import { splitParagraphs } from '/work/wt/typos/src/core/text/paragraphs';
import { syntheticDraft } from '/work/wt/typos/bench/syntheticDraft';
let t = performance.now();
const raw = readFileSync('/work/wt/typos/resources/generated/typo.json', 'utf8');
const data = JSON.parse(raw) as TypoData;
console.log('read+parse', performance.now() - t); t = performance.now();
const lex = buildTypoLexicon(data);
console.log('build', performance.now() - t); t = performance.now();
const text = syntheticDraft('1MB');
const paragraphs = splitParagraphs(text);
const ctx = { text, paragraphs, lang: 'zh' as const, typoLexicon: lex };
for (let r = 0; r < 4; r++) {
  t = performance.now();
  const cpu = process.cpuUsage();
  let n = 0;
  for (const p of paragraphs) if (p.text) n += typoCheck.runParagraph(p.text, ctx).length;
  console.log('check 1MB', performance.now() - t, 'cpu', process.cpuUsage(cpu).user / 1000, text.length, n);
}
