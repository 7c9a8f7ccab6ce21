import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding';
import { countBySeverity, flaggedText, groupByFamily } from '../../src/renderer/components/findingGroups';

function finding(id: string, rule: string, severity: Finding['severity'], ...texts: string[]): Finding {
  return { id, rule, severity, message: id, spans: texts.map((text, i) => ({ start: i * 10, end: i * 10 + text.length, text })) };
}

const findings = [
  finding('p1', 'punctuation.half-width', 'error', ','),
  finding('c1', 'consistency.place', 'warning', '高湖镇', '高胡镇', '高湖镇'),
  finding('p2', 'punctuation.unpaired', 'warning', '“'),
  finding('r1', 'repetition.character', 'info', '的的'),
];

describe('groupByFamily', () => {
  it('orders groups by the family list and keeps draft order inside a group', () => {
    const groups = groupByFamily(findings);
    expect(groups.map((g) => g.family)).toEqual(['consistency', 'punctuation', 'repetition']);
    expect(groups[1]!.findings.map((f) => f.id)).toEqual(['p1', 'p2']);
  });

  it('returns no groups for no findings', () => {
    expect(groupByFamily([])).toEqual([]);
  });
});

describe('countBySeverity', () => {
  it('counts each severity', () => {
    expect(countBySeverity(findings)).toEqual({ error: 1, warning: 2, info: 1 });
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
