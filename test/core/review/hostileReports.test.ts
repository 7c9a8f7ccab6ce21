import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/core/claims/extractClaims';
import { createReview } from '../../../src/core/review/createReview';
import { csvField } from '../../../src/core/review/renderReportCsv';
import { REPORT_FORMATS, renderReviewReport } from '../../../src/core/review/renderReviewReport';
import type { Review } from '../../../src/core/review/review';
import { setVerdict } from '../../../src/core/review/setVerdict';
import { findingAt, LATER, NOW, SHORT_DRAFT } from '../../fixtures/review/reviewFixtures';

/** The team's reproduction of a colleague's review that hides rows and plants formulas. */
function hostile(): Review {
  const comma = findingAt(SHORT_DRAFT, 'punctuation.half-width', ',');
  const review = createReview(SHORT_DRAFT, [comma], extractClaims(SHORT_DRAFT), NOW);
  const noted = setVerdict(review, comma.id, 'needs-source', {}, "@SUM(1+1)*cmd|' /C calc'!A0", LATER);
  // As a sidecar from elsewhere carries them: nothing in the app wrote these fields.
  const planted = noted.items.map((item) => (item.id === comma.id ? { ...item, note: '见附件\r~~~\r```' } : item));
  const bogus = { ...noted.items[0]!, id: 'bogus', rule: 'claim.bogus', kind: 'claim' as const, note: '=HYPERLINK("http://example.invalid","点击")', reviewer: '+1+1' };
  return { ...noted, items: [...planted, bogus] };
}

describe('reports of a hostile review', () => {
  const review = hostile();

  it('CSV: no cell begins with a formula character', () => {
    const csv = renderReviewReport(review, 'csv', '稿件.txt', 'zh', LATER);
    const cells = csv.replace(/^\uFEFF/, '').split(/\r\n/).flatMap((line) => line.split(','));
    const starts = cells.map((c) => c.replace(/^"/, '')).filter((c) => /^[=+\-@\t\r]/.test(c));
    expect(starts).toEqual([]);
    expect(csv).toContain(`"'=HYPERLINK`);
    expect(csv).toContain(`'@SUM`);
    expect(csv).toContain(`'+1+1`);
  });

  it('csvField neutralises every formula start, including tab and CR', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvField(`${start}1+1`)).toMatch(/^"?'/);
    expect(csvField('-5%')).toBe("'-5%");
    expect(csvField('高粱4.2万亩')).toBe('高粱4.2万亩');
  });

  it('Markdown: a bare CR and fence characters in a note cannot end the row or open a fence', () => {
    const md = renderReviewReport(review, 'md', '稿件.txt', 'zh', LATER);
    const rows = md.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---'));
    expect(rows).toHaveLength(review.items.length + 1);
    expect(md).not.toContain('\r');
    expect(md).not.toMatch(/(^|[^\\])~~~|(^|[^\\])```/m);
  });

  it('an item with an unknown rule renders in every format', () => {
    for (const format of REPORT_FORMATS) {
      expect(renderReviewReport(review, format, '稿件.txt', 'zh', LATER)).toContain('claim.bogus');
    }
  });
});
