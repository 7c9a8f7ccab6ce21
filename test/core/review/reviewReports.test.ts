import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/core/claims/extractClaims';
import { createReview } from '../../../src/core/review/createReview';
import { csvField } from '../../../src/core/review/renderReportCsv';
import { renderReviewReport } from '../../../src/core/review/renderReviewReport';
import { setVerdict } from '../../../src/core/review/setVerdict';
import { findingAt, LATER, NOW, SHORT_DRAFT } from '../../fixtures/review/reviewFixtures';

function reviewed() {
  const comma = findingAt(SHORT_DRAFT, 'punctuation.half-width', ',');
  let review = createReview(SHORT_DRAFT, [comma], extractClaims(SHORT_DRAFT), NOW);
  const quote = review.items.find((i) => i.rule === 'claim.quote')!;
  review = setVerdict(review, comma.id, 'dismissed', { reason: '原文如此, "照登"', note: '第二行\n<b>注意</b> | 管道' }, '核查员', LATER);
  review = setVerdict(review, quote.id, 'needs-source', { sources: [{ kind: 'url', value: 'https://example.org/q?a=1&b=2' }] }, '核查员', LATER);
  return review;
}

describe('review reports', () => {
  const review = reviewed();
  const total = review.items.length;

  it('HTML: self-contained, UTF-8, summary first, every item, escaped', () => {
    const html = renderReviewReport(review, 'html', '稿件.txt', 'zh', LATER);
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<(script|link)\b|src=/);
    expect(html.indexOf(`已核 2 / ${total} 项`)).toBeLessThan(html.indexOf('<table>'));
    expect(html).toContain('尚不能签发');
    expect(html.match(/<tr class="v-/g)).toHaveLength(total);
    expect(html).toContain('&#60;b&#62;注意&#60;/b&#62;');
    expect(html).not.toContain('<b>注意');
    expect(html).toContain('https://example.org/q?a=1&#38;b=2');
  });

  it('Markdown: summary, then a table row per item with pipes escaped', () => {
    const md = renderReviewReport(review, 'md', '稿件.txt', 'en', LATER);
    expect(md.split('\n')[0]).toBe('# Review report: 稿件.txt');
    expect(md).toContain(`- 2 / ${total} reviewed`);
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Kind') && !l.startsWith('| ---'));
    expect(rows).toHaveLength(total);
    expect(md).toContain('\\| 管道');
    expect(md).toContain('第二行<br>');
  });

  it('CSV: BOM, CRLF, RFC 4180 quoting, one row per item after the header', () => {
    const csv = renderReviewReport(review, 'csv', '稿件.txt', 'zh', LATER);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('\r\n');
    expect(csv).toContain('"原文如此, ""照登"""');
    expect(csv).toContain('"第二行\n<b>注意</b> | 管道"');
    const records = parseCsv(csv.slice(1));
    const header = records.findIndex((r) => r[0] === '类别');
    expect(records.slice(header + 1).filter((r) => r.length > 1)).toHaveLength(total);
    expect(records.slice(header + 1).every((r) => r.length === records[header]!.length)).toBe(true);
    expect(csvField('plain')).toBe('plain');
  });

  it('JSON: summary with counts, every item with verdict, sources, reviewer, time and history', () => {
    const json = JSON.parse(renderReviewReport(review, 'json', '稿件.txt', 'zh', LATER));
    expect(json.summary).toMatchObject({ reviewed: 2, total, blocking: true, claimsNeedingSource: 1 });
    expect(json.items).toHaveLength(total);
    const dismissed = json.items.find((i: { verdict: string }) => i.verdict === 'dismissed');
    expect(dismissed).toMatchObject({ reviewer: '核查员', time: LATER, reason: '原文如此, "照登"', span: { text: ',' } });
    expect(dismissed.history).toHaveLength(1);
  });
});

/** A strict RFC 4180 reader, to show the CSV round-trips. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  const endField = (): void => {
    record.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted) {
      if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      endField();
    } else if (ch === '\r' && text[i + 1] === '\n') {
      endField();
      records.push(record);
      record = [];
      i++;
    } else {
      field += ch;
    }
  }
  return records;
}
