import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanCopy, type CleanCopyOptions } from '../../../src/core/cleanCopy/cleanCopy';
import { applyEdits } from '../../../src/core/cleanCopy/cleanEdit';

const TOKENS = [
  '茶', '园', '村', '里', '版权', '转载', '，', '。', '、', '“', '”', ',', '.', ';', ':', '?', '!', '(', ')', '"', "'",
  '...', '--', '1', '2', '0', '%', 'a', 'Z', ' ', '  ', '\u3000', '\u00a0', '\t', '\n', '\n\n', '\n\n\n',
  'http://a.cn/x,y', 'x@y.cn', '2024-01-02 10:30 来源:某报', '当前位置：首页 > 新闻 > 本地', '版权声明', '责任编辑：王五',
  '【打印】 【关闭窗口】', '如需使用，请致电0931-1234567。', '某某融媒体中心',
];
const draft = fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 }).map((t) => t.join(''));
const options = fc.record({ stripChrome: fc.boolean(), applySuggestions: fc.boolean(), punctuation: fc.boolean(), whitespace: fc.boolean() });

const HALF: Record<string, string> = { '，': ',', '。': '.', '；': ';', '：': ':', '？': '?', '！': '!', '（': '(', '）': ')', '“': '"', '”': '"', '‘': "'", '’': "'" };

/**
 * Erases exactly what punctuation and whitespace cleaning may change: whitespace, the width of
 * marks, and how a run of stops is written (茶。。。 → 茶……, 茶... → 茶……): a run may change its
 * length and form, never appear or vanish.
 */
function erase(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/[-—]{2,}/g, '—')
    .replace(/[，。；：？！（）“”‘’]/g, (ch) => HALF[ch]!)
    .replace(/[.…]+/g, '.');
}

const nonBlankLines = (text: string): string[] => text.split('\n').filter((l) => l.trim().length > 0);

describe('clean copy properties', () => {
  it('never throws and returns sorted, non-overlapping, in-bounds edits that rebuild the text', () => {
    fc.assert(
      fc.property(draft, options, (text, opts: CleanCopyOptions) => {
        const result = cleanCopy(text, opts, [{ start: 0, end: Math.min(1, text.length), replacement: '改' }]);
        let at = 0;
        for (const e of result.edits) {
          expect(e.start).toBeGreaterThanOrEqual(at);
          expect(e.end).toBeGreaterThanOrEqual(e.start);
          at = e.end;
        }
        expect(at).toBeLessThanOrEqual(text.length);
        expect(applyEdits(text, result.edits)).toBe(result.text);
        expect(Object.values(result.log.counts).reduce((a, b) => a + b, 0)).toBe(result.edits.length);
      }),
      { numRuns: 500 },
    );
  });

  it('with punctuation and whitespace only, changes nothing but whitespace and punctuation width', () => {
    fc.assert(
      fc.property(draft, fc.boolean(), fc.boolean(), (text, punctuation, whitespace) => {
        const out = cleanCopy(text, { stripChrome: false, applySuggestions: false, punctuation, whitespace }).text;
        expect(erase(out)).toBe(erase(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('with whitespace only, keeps every non-whitespace character in place', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const out = cleanCopy(text, { stripChrome: false, applySuggestions: false, punctuation: false, whitespace: true }).text;
        expect(out.replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
      }),
      { numRuns: 500 },
    );
  });

  it('with stripChrome only, keeps whole lines in order and removes them only at the head or the tail', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const out = cleanCopy(text, { stripChrome: true, applySuggestions: false, punctuation: false, whitespace: false }).text;
        const input = nonBlankLines(text);
        const kept = nonBlankLines(out);
        // Match the kept lines to the input in order; every skipped line must be a head or tail line.
        let i = 0;
        const matched: number[] = [];
        for (const line of kept) {
          while (i < input.length && input[i] !== line) i++;
          expect(i).toBeLessThan(input.length);
          matched.push(i++);
        }
        const last = matched.length > 0 ? matched[matched.length - 1]! : -1;
        for (let j = 0; j < last; j++) if (!matched.includes(j)) expect(j).toBeLessThan(8);
      }),
      { numRuns: 1000 },
    );
  });

  it('removes generated chrome around a generated body and returns the body untouched', () => {
    const word = fc.constantFrom('茶园', '合作社', '版权', '转载', '农户', '增收', '打印', '首页', '位置', '2024年', '12.5%');
    const paragraph = fc.array(word, { minLength: 2, maxLength: 12 }).map((w) => `今年${w.join('，')}。`);
    const body = fc.array(paragraph, { minLength: 1, maxLength: 6 }).map((p) => p.join('\n\n'));
    const head = fc.subarray(['您当前的位置：首页 >> 新闻 >> 本地', '【字体：大 中 小】【打印】', '2024-05-01 08:00 来源：某某日报']);
    const tail = fc.subarray(['版权声明', '本网原创稿件，版权所有，未经授权不得转载。', '如需转载，请致电010-88886666。', '某某日报社'], { minLength: 1 });
    fc.assert(
      fc.property(head, body, tail, (h, b, t) => {
        // A tail needs a notice to be chrome at all: a contact or organisation line alone stays.
        fc.pre(t.some((line) => /版权|转载/.test(line)));
        const text = [...h, b, ...t].join('\n\n');
        const out = cleanCopy(text, { stripChrome: true, applySuggestions: false, punctuation: false, whitespace: false }).text;
        expect(out).toBe(b);
      }),
      { numRuns: 500 },
    );
  });
});
