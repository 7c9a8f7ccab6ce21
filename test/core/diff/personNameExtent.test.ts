import { describe, expect, it } from 'vitest';
import { diffRevisions } from '../../../src/core/diff/diffRevisions';

function names(oldText: string, newText: string) {
  return diffRevisions(oldText, newText).changes.filter((c) => c.kind === 'name').map((c) => [c.old, c.new]);
}

describe('a changed personal name is reported whole', () => {
  it('after a title, with a verb after it', () => {
    expect(names('合作社执行董事李应发说，产品供不应求。', '合作社执行董事李英发说，产品供不应求。')).toEqual([['李应发', '李英发']]);
  });

  it('when the middle character changed and a role stands before it', () => {
    expect(names('据村民陈星华介绍，今年增收。', '据村民陈兴华介绍，今年增收。')).toEqual([['陈星华', '陈兴华']]);
  });

  it('when the last character changed', () => {
    expect(names('种植户韩春梅笑着说。', '种植户韩春海笑着说。')).toEqual([['韩春梅', '韩春海']]);
  });
});
