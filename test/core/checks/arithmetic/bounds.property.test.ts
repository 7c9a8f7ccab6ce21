import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRelations } from '../../../../src/core/checks/arithmetic/findRelations';
import { CHAR_WINDOW, WINDOW } from '../../../../src/core/checks/arithmetic/neighbours';
import { readQuantities } from '../../../../src/core/numbers/readQuantities';

/** Clauses of the shapes relation finders look for, so long paragraphs exercise every finder. */
const clause = fc.constantFrom(
  '其中甲项120万元，', '占比12.5%，', '共有职工340人，', '其中木工58人、电工47人、焊工23人，', '分别占34.3%、51.4%和14.3%，',
  '比上年增加0.4亿元，', '同比增长12.5%，', '从2.1亿元增加到2.8亿元，', '是去年15万人次的3倍，', '实现翻番，', '其他占11%，',
  '合计300万元，', '新增就业3120人，', '养牛的占38%，', '1—10月收入18.65万亿元，', '；', '。', '约3000多人，', '5，6，7，',
);

/**
 * A marker reaches at most WINDOW quantities or CHAR_WINDOW characters for each operand, and a
 * relation chains at most three such reaches; a character can start at most one quantity.
 */
const MAX_SPREAD = 4 * WINDOW + CHAR_WINDOW;

describe('relation finders on long paragraphs', () => {
  it('bind no relation across more than the stated window and stay linear in the quantities', () => {
    fc.assert(
      fc.property(fc.array(clause, { minLength: 50, maxLength: 600 }), (clauses) => {
        const text = clauses.join('');
        const quantities = readQuantities(text);
        const indexOf = new Map(quantities.map((q, i) => [q.start, i]));
        const relations = findRelations(text);
        expect(relations.length).toBeLessThanOrEqual(3 * quantities.length + 1);
        for (const r of relations) {
          const indexes = r.spans.map((s) => indexOf.get(s.start)).filter((i): i is number => i !== undefined);
          expect(Math.max(...indexes) - Math.min(...indexes)).toBeLessThanOrEqual(MAX_SPREAD);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('find nothing wrong in a long paragraph of correct sentences', () => {
    const sentence = '全县实现产值3.5亿元，比上年增加0.4亿元，同比增长12.9%；其中农业1.2亿元、工业1.8亿元、服务业0.5亿元，分别占34.3%、51.4%和14.3%。';
    const relations = findRelations(sentence.repeat(500));
    expect(relations.filter((r) => r.verdict === 'wrong')).toEqual([]);
    expect(relations.filter((r) => r.rule === 'arithmetic.change-rate')).toHaveLength(500);
  });
});
