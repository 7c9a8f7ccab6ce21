import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding';
import { flaggedText, groupByFamily } from '../../src/renderer/components/findingGroups';

function finding(id: string, rule: string, severity: Finding['severity'], ...texts: string[]): Finding {
  return { id, rule, severity, message: id, spans: texts.map((text, i) => ({ start: i * 10, end: i * 10 + text.length, text })) };
}

function at(f: Finding, start: number, message = f.message, replacement?: string): Finding {
  return { ...f, message, spans: f.spans.map((s) => ({ ...s, start, end: start + s.text.length })), ...(replacement === undefined ? {} : { suggestion: { replacement } }) };
}

const findings = [
  finding('p1', 'punctuation.half-width', 'warning', ','),
  finding('c1', 'consistency.place', 'warning', '高湖镇', '高胡镇', '高湖镇'),
  finding('p2', 'punctuation.unpaired', 'warning', '“'),
  finding('r1', 'repetition.character', 'info', '的的'),
];

describe('groupByFamily', () => {
  it('lists fact families before mechanical ones and keeps draft order inside a group', () => {
    const groups = groupByFamily(findings);
    expect(groups.map((g) => [g.family, g.facts])).toEqual([
      ['consistency', true],
      ['punctuation', false],
      ['repetition', false],
    ]);
    expect(groups[1]!.findings.map((f) => f.id)).toEqual(['p1', 'p2']);
  });

  it('lists a source finding (a fact) above the punctuation', () => {
    const groups = groupByFamily([at(finding('p', 'punctuation.half-width', 'warning', ','), 0), at(finding('s', 'source.number-differs', 'error', '12'), 50)]);
    expect(groups.map((g) => g.family)).toEqual(['source', 'punctuation']);
  });

  it('folds identical mechanical findings (same rule, message and suggestion) into one bundle in draft order', () => {
    const comma = finding('x', 'punctuation.half-width', 'warning', ',');
    const list = [at(comma, 3, '半角逗号', '，'), at(comma, 9, '半角分号', '；'), at(comma, 20, '半角逗号', '，'), at(comma, 31, '半角逗号', '，')].map((f, i) => ({ ...f, id: `p${i}` }));
    const [group] = groupByFamily(list);
    expect(group!.entries.map((e) => [e.kind, e.findings.map((f) => f.id)])).toEqual([
      ['bundle', ['p0', 'p2', 'p3']],
      ['card', ['p1']],
    ]);
  });

  it('merges fact findings of two families on the same span into one card led by the more severe', () => {
    const place = at(finding('c', 'consistency.place', 'warning', '杨集镇'), 40);
    const town = at(finding('g', 'gazetteer.unknown-town', 'error', '杨集镇'), 40);
    const groups = groupByFamily([place, town]);
    expect(groups.map((g) => g.family)).toEqual(['gazetteer']);
    expect(groups[0]!.entries).toEqual([{ kind: 'card', findings: [town, place] }]);
  });

  it('does not merge two findings of one family, nor fact findings on different spans', () => {
    const a = at(finding('a', 'arithmetic.share', 'error', '55%'), 10);
    const b = at(finding('b', 'arithmetic.sum', 'error', '55%'), 10);
    const c = at(finding('c', 'date.weekday', 'error', '5月18日'), 30);
    const cards = groupByFamily([a, b, c]).flatMap((g) => g.entries.map((e) => e.findings.map((f) => f.id)));
    expect(cards).toEqual([['a'], ['b'], ['c']]);
  });

  it('returns no groups for no findings', () => {
    expect(groupByFamily([])).toEqual([]);
  });
});

describe('flaggedText', () => {
  it('shows each distinct span text once', () => {
    expect(flaggedText(findings[1]!)).toBe('高湖镇 / 高胡镇');
  });

  it('shortens long text with an ellipsis', () => {
    const long = finding('x', 'number.mixed', 'info', '一二三四五六七八九十');
    expect(flaggedText(long, 5)).toBe('一二三四…');
  });
});
