import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/finding';
import { formatTime } from '../../../src/core/i18n/formatTime';
import { extractClaims } from '../../../src/core/claims/extractClaims';
import { createReview } from '../../../src/core/review/createReview';
import { REPORT_FORMATS, renderReviewReport } from '../../../src/core/review/renderReviewReport';
import { setVerdict } from '../../../src/core/review/setVerdict';
import { LATER, NOW } from '../../fixtures/review/reviewFixtures';

/** The team's own draft: one place written two ways, and three half-width commas in Chinese. */
const DRAFT = '南溪镇今年新建冷库两座,菜农不再愁销路。\n南西镇的合作社说,冷库建成后,损耗少了一半。';

function commaFindings(): Finding[] {
  return [...DRAFT.matchAll(/,/g)].map((m, i) => ({
    id: `comma-${i}`,
    rule: 'punctuation.half-width',
    severity: 'warning',
    message: '中文句子中应使用全角逗号“，”。',
    spans: [{ start: m.index, end: m.index + 1, text: ',' }],
    suggestion: { replacement: '，' },
  }));
}

function placeFinding(): Finding {
  const start = DRAFT.indexOf('南西镇');
  return {
    id: 'place-0',
    rule: 'consistency.place',
    severity: 'error',
    message: '同一地名有两种写法：南溪镇、南西镇，请统一。',
    spans: [{ start, end: start + 3, text: '南西镇' }],
  };
}

function review() {
  const commas = commaFindings();
  const created = createReview(DRAFT, [placeFinding(), ...commas], extractClaims(DRAFT), NOW);
  return setVerdict(created, commas[0]!.id, 'fixed', {}, '周编辑', LATER);
}

describe('the review report for editors', () => {
  const html = renderReviewReport(review(), 'html', '冷库.txt', 'zh', LATER, 'Asia/Shanghai');

  it('says first whether the draft can be published and what is open, then what holds it back', () => {
    const gate = html.indexOf('尚不能签发');
    const open = html.indexOf('待处理：错误 1 处，存疑 2 处');
    const blockers = html.indexOf('阻碍签发的问题');
    expect(gate).toBeGreaterThan(-1);
    expect(open).toBeGreaterThan(gate);
    expect(blockers).toBeGreaterThan(open);
    expect(html.indexOf('<table>')).toBeGreaterThan(blockers);
    expect(html.slice(blockers, html.indexOf('<table>'))).toContain('南西镇');
  });

  it('names rules and severities as the panel does, never by rule id or as 警告', () => {
    for (const format of REPORT_FORMATS.filter((f) => f !== 'json')) {
      const report = renderReviewReport(review(), format, '冷库.txt', 'zh', LATER, 'Asia/Shanghai');
      expect(report).not.toMatch(/consistency\.|punctuation\.|claim\./);
      expect(report).not.toContain('警告');
      expect(report).toContain('前后不一致');
      expect(report).toContain('存疑');
    }
  });

  it('keeps rule ids and ISO times in the JSON report, which machines read', () => {
    const json = JSON.parse(renderReviewReport(review(), 'json', '冷库.txt', 'zh', LATER, 'Asia/Shanghai'));
    expect(json.items.map((i: { rule: string }) => i.rule)).toContain('consistency.place');
    expect(json.summary.generated).toBe(LATER);
  });

  it('writes times in the reader’s language and time zone', () => {
    expect(html).toContain(formatTime(LATER, 'zh', 'Asia/Shanghai'));
    expect(formatTime(LATER, 'zh', 'Asia/Shanghai')).toMatch(/^2026年3月1日\s*18:00$/);
    expect(formatTime(LATER, 'en', 'America/New_York')).toMatch(/^Mar 1, 2026, 5:00\s?AM$/);
    expect(html).not.toContain(LATER);
  });

  it('lists identical open findings once, with how many there are, and leaves out empty columns', () => {
    const open = html.slice(html.indexOf('待处理（'), html.indexOf('已处理（'));
    expect(open.match(/全角逗号/g)).toHaveLength(1);
    expect(open).toContain('等 2 处');
    expect(open).not.toContain('<th>误报理由</th>');
    expect(html.slice(html.indexOf('已处理（'))).toContain('周编辑');
  });

  it('lists identical blocking problems once, with how many there are', () => {
    const errors = commaFindings().map((f) => ({ ...f, severity: 'error' as const }));
    const blocked = createReview(DRAFT, errors, [], NOW);
    for (const format of ['html', 'md'] as const) {
      const report = renderReviewReport(blocked, format, '冷库.txt', 'zh', LATER, 'Asia/Shanghai');
      const list = report.slice(report.indexOf('阻碍签发的问题'), report.indexOf('待处理（'));
      expect(list.match(/全角逗号/g)).toHaveLength(1);
      expect(list).toContain('（标点符号，共 3 处）');
    }
  });

  it('keeps column headers on one line', () => {
    expect(html).toMatch(/th \{[^}]*white-space: nowrap/);
  });

  it('a CSV row per item, still', () => {
    const csv = renderReviewReport(review(), 'csv', '冷库.txt', 'zh', LATER, 'Asia/Shanghai');
    expect(csv.split('\r\n').filter((line) => line.includes('全角逗号'))).toHaveLength(3);
  });
});
