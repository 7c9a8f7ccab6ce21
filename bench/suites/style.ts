import type { BenchRow, BenchSuite } from '../benchSuite';
import { seededRandom } from '../syntheticDraft';
import { CheckEngine } from '../../src/core/checkEngine';
import { parseStyleFile } from '../../src/core/checks/style/parseStyleFile';
import { compileStyleRules, type StyleRules } from '../../src/core/checks/style/styleRules';

const ENTRIES = 1_000;
const IGNORED = 200;
/** Forbidden forms planted in the 1 MB draft: a draft that breaks its house style a hundred times. */
const PLANTED = 100;
/** The synthetic draft repeats 18 paragraphs, so a form cut from it hits nearly every sentence. */
const DENSE_FORMS = 5;

/**
 * Issue 15's budget: a 1,000-entry style list (random Han forms, an ignore section) costs ≤ 20 ms
 * on 1 MB, style family and ignore filter together. The dense row shows what dominates when
 * forms hit nearly every sentence: segmenting each hit's sentence for the word-boundary test.
 */
export const suite: BenchSuite = {
  name: 'style',
  async run(ctx) {
    const random = seededRandom(15);
    const han = () => String.fromCharCode(0x4e00 + Math.floor(random() * 0x5000));
    const forms = Array.from({ length: ENTRIES }, () => Array.from({ length: 2 + Math.floor(random() * 3) }, han).join(''));
    const ignored = Array.from({ length: IGNORED }, () => `${han()}${han()}${han()}`);
    const file = [...forms.map((f) => `${f} → ${han()}${han()} # 条目`), '[忽略]', ...ignored].join('\n');
    const style = compileStyleRules({ files: [parseStyleFile(file, 'bench.txt')], builtin: true });

    const draft = ctx.draft('1MB');
    const planted = plant(draft, forms, random);
    const dense = denseRules(draft, file, random);
    const check = (text: string, rules: StyleRules) => new CheckEngine().check(text, { lang: 'zh', families: ['style'], style: rules });
    const rows: BenchRow[] = [
      { suite: 'style', name: `parse + compile a ${ENTRIES}-entry style list`, medianMs: ctx.median(() => compileStyleRules({ files: [parseStyleFile(file, 'bench.txt')], builtin: true })) },
      { suite: 'style', name: `${ENTRIES} entries, 1MB, ${PLANTED} planted (budget 20 ms)`, medianMs: ctx.median(() => check(planted, style)), extra: { chars: planted.length, findings: check(planted, style).length } },
      { suite: 'style', name: `${ENTRIES} entries, 1MB, ${DENSE_FORMS} forms cut from the draft (dense hits)`, medianMs: ctx.median(() => check(draft, dense), 3), extra: { findings: check(draft, dense).length } },
    ];
    return rows;
  },
};

/** The draft with PLANTED forbidden forms inserted after sentence ends, spread evenly. */
function plant(draft: string, forms: string[], random: () => number): string {
  const sentences = draft.split('。');
  const every = Math.floor(sentences.length / PLANTED);
  return sentences.map((s, i) => (i % every === 0 && i / every < PLANTED ? `${forms[Math.floor(random() * forms.length)]}${s}` : s)).join('。');
}

function denseRules(draft: string, file: string, random: () => number): StyleRules {
  const cut = Array.from({ length: DENSE_FORMS }, () => {
    const at = Math.floor(random() * (draft.length - 2));
    return `${draft.slice(at, at + 2)} → 某某`;
  });
  return compileStyleRules({ files: [parseStyleFile([...cut, file].join('\n'), 'bench.txt')], builtin: true });
}
