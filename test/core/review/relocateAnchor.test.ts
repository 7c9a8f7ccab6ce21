import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reanchorReview } from '../../../src/core/review/reanchorReview';
import { lcsRatio, relocateAnchor } from '../../../src/core/review/relocateAnchor';
import { createReview } from '../../../src/core/review/createReview';
import type { Finding } from '../../../src/core/finding';
import { ANCHOR_CONTEXT, makeAnchor } from '../../../src/core/review/review';

/** Draft-like text: 200 common Han characters and Chinese punctuation. */
const HAN_POOL = [...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质'];
const PUNCT = [...'，。、；：“”（）'];
const char = fc.constantFrom(...HAN_POOL, ...PUNCT);
const str = (min: number, max: number) => fc.array(char, { minLength: min, maxLength: max }).map((a) => a.join(''));

/** A text with a span inside it: [prefix][span][suffix]. */
const anchored = fc.record({ prefix: str(0, 80), span: str(2, 8), suffix: str(0, 80) });

describe('relocateAnchor', () => {
  it('keeps a span attached at its shifted offset after any edit outside it', () => {
    fc.assert(
      fc.property(anchored, fc.boolean(), fc.nat(), fc.nat(), str(0, 30), ({ prefix, span, suffix }, editBefore, a, b, inserted) => {
        const text = prefix + span + suffix;
        const start = prefix.length;
        const anchor = makeAnchor(text, start, start + span.length);
        const region = editBefore ? prefix : suffix;
        const from = a % (region.length + 1);
        const to = from + (b % (region.length - from + 1));
        const editedRegion = region.slice(0, from) + inserted + region.slice(to);
        const edited = editBefore ? editedRegion + span + suffix : prefix + span + editedRegion;
        const expected = editBefore ? editedRegion.length : start;
        const found = relocateAnchor(anchor, edited);
        expect(found?.anchor.offset).toBe(expected);
        expect(found?.anchor.text).toBe(span);
      }),
      { numRuns: 500 },
    );
  });

  it('finds the span by its full context after many edits away from it', () => {
    fc.assert(
      fc.property(anchored, fc.array(fc.tuple(fc.nat(), str(0, 10)), { maxLength: 6 }), ({ prefix, span, suffix }, edits) => {
        const pad = '这里是一段足够长的固定上下文，保证编辑离得够远。';
        const text = prefix + pad + span + pad + suffix;
        const start = prefix.length + pad.length;
        let before = prefix;
        let after = suffix;
        for (const [at, insert] of edits) {
          if (at % 2 === 0) before = before.slice(0, at % (before.length + 1)) + insert + before.slice((at % (before.length + 1)) + 1);
          else after = after.slice(0, at % (after.length + 1)) + insert + after.slice((at % (after.length + 1)) + 1);
        }
        const edited = before + pad + span + pad + after;
        const found = relocateAnchor(makeAnchor(text, start, start + span.length), edited);
        expect(found).toMatchObject({ match: 'exact', anchor: { offset: before.length + pad.length, text: span } });
      }),
      { numRuns: 300 },
    );
  });

  it('orphans a span whose text was deleted', () => {
    fc.assert(
      fc.property(anchored, str(0, 10), ({ prefix, span, suffix }, elsewhere) => {
        const text = prefix + span + suffix;
        const edited = prefix + suffix + elsewhere;
        fc.pre(!edited.includes(span));
        expect(relocateAnchor(makeAnchor(text, prefix.length, prefix.length + span.length), edited)).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('re-attaches an edited span by context similarity and says so', () => {
    const text = '调查组先后走访了临河县北沟镇的八个村，与农户逐一核对。';
    const start = text.indexOf('北沟镇');
    const found = relocateAnchor(makeAnchor(text, start, start + 3), text.replace('北沟镇', '北沟乡'));
    expect(found).toMatchObject({ match: 'fuzzy', anchor: { text: '北沟乡', offset: start } });
  });

  it('prefers the occurrence whose neighbours agree, then the nearest', () => {
    const text = `甲地报告称产量上升。${'无关内容。'.repeat(10)}乙地统计显示产量下降了两成。`;
    const second = text.lastIndexOf('产量');
    const anchor = makeAnchor(text, second, second + 2);
    // The context right before the span is rewritten; the text after still agrees.
    const edited = text.replace('乙地统计显示', '乙地最新数据表明');
    const found = relocateAnchor(anchor, edited);
    expect(found?.match).toBe('text');
    expect(found?.anchor.offset).toBe(edited.lastIndexOf('产量'));
  });

  it('does not move a repeated text to occurrences whose context is all different', () => {
    const text = `第一段提到会宁县。${'另起一行，说别的事情。'.repeat(3)}第二段又写会宁县的收成，第三段写会宁县的天气。`;
    const start = text.indexOf('会宁县');
    const edited = text.replace('第一段提到会宁县。', '第一段改写了。');
    expect(relocateAnchor(makeAnchor(text, start, start + 3), edited)).toBeUndefined();
  });

  it('stores up to ANCHOR_CONTEXT characters either side', () => {
    const text = 'x'.repeat(30) + 'AB' + 'y'.repeat(30);
    const anchor = makeAnchor(text, 30, 32);
    expect(anchor.before).toHaveLength(ANCHOR_CONTEXT);
    expect(anchor.after).toHaveLength(ANCHOR_CONTEXT);
  });

  it('measures similarity as 2·LCS over the total length', () => {
    expect(lcsRatio('北沟镇', '北沟乡')).toBeCloseTo(2 / 3);
    expect(lcsRatio('abc', '')).toBe(0);
    expect(lcsRatio('abc', 'abc')).toBe(1);
  });
});

/**
 * Whether [start, end) of `text` lies on the same side of the edit however `text` → `edited` is
 * read as one edit. Beside equal characters one edit reads as several (又 inserted before 又 is
 * also 又 inserted after it), and nothing in the two texts tells which was typed: a span such a
 * reading may put on either side has no one right place.
 */
function sameSideInEveryReading(text: string, edited: string, start: number, end: number): boolean {
  const shorter = Math.min(text.length, edited.length);
  let prefix = 0;
  while (prefix < shorter && text[prefix] === edited[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shorter && text[text.length - 1 - suffix] === edited[edited.length - 1 - suffix]) suffix++;
  // Every shortest reading keeps `kept` characters of `text`: a prefix of p and a suffix of kept − p.
  const kept = Math.min(prefix + suffix, shorter);
  const removed = text.length - kept;
  const earliest = Math.max(0, kept - suffix);
  const latest = Math.min(prefix, kept);
  return end <= earliest || start >= latest + removed;
}

describe('reanchorReview', () => {
  it('keeps every item attached through an edit that touches none of their spans', () => {
    fc.assert(
      fc.property(str(20, 200), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 6 })), { minLength: 1, maxLength: 8 }), fc.nat(), fc.nat(), str(0, 20), (text, picks, a, b, inserted) => {
        const findings: Finding[] = picks.map(([at, len], i) => {
          const start = at % (text.length - len);
          return { id: `f${i}`, rule: `repetition.r${i}`, severity: 'warning', message: '', spans: [{ start, end: start + len, text: text.slice(start, start + len) }] };
        });
        const from = a % (text.length + 1);
        const to = Math.min(text.length, from + (b % 10));
        fc.pre(findings.every((f) => to <= f.spans[0]!.start || from >= f.spans[0]!.end));
        const edited = text.slice(0, from) + inserted + text.slice(to);
        fc.pre(findings.every((f) => sameSideInEveryReading(text, edited, f.spans[0]!.start, f.spans[0]!.end)));
        const shift = inserted.length - (to - from);
        const next = reanchorReview(createReview(text, findings, [], 'now'), edited);
        for (const f of findings) {
          const item = next.items.find((i) => i.id === f.id)!;
          const expected = f.spans[0]!.start >= to ? f.spans[0]!.start + shift : f.spans[0]!.start;
          expect(item.orphaned).toBe(false);
          expect(item.anchor.offset).toBe(expected);
          expect(edited.slice(item.anchor.offset, item.anchor.offset + item.anchor.text.length)).toBe(f.spans[0]!.text);
        }
      }),
      { numRuns: 500 },
    );
  });
});
