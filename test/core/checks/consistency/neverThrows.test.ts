import fc from 'fast-check';
import { beforeAll, expect, it } from 'vitest';
import { runChecks } from '../../../../src/core/checkEngine';
import type { Gazetteer } from '../../../../src/core/gazetteer/gazetteer';
import { testGazetteer } from '../../../fixtures/entities/testGazetteer';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await testGazetteer();
});

/** Pieces that make names and near-names collide: generics, suffixes, titles, punctuation. */
const PIECES = ['会宁县', '杨集镇', '杨崖集镇', '天津', '市', '区', '镇', '乡', '村', '有限公司', '食品', '绿源达', '绿缘达', '执行董事', '王德明', '说', '，', '。', '\n', 'Greenfield', '的', '产业园', '局', '中心', ' '];

it('never throws and keeps every span inside the text and equal to its slice', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      for (const f of runChecks(text, { lang: 'en', gazetteer, families: ['consistency', 'gazetteer'] })) {
        for (const s of f.spans) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(s.start, s.end)).toBe(s.text);
        }
      }
    }),
    { numRuns: 300 },
  );
});
