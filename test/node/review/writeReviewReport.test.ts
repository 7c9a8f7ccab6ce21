import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatTime } from '../../../src/core/i18n/formatTime';
import { createReview } from '../../../src/core/review/createReview';
import { writeReviewReport } from '../../../src/node/review/writeReviewReport';
import { findingAt, NOW, SHORT_DRAFT } from '../../fixtures/review/reviewFixtures';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('writeReviewReport', () => {
  it('writes UTF-8 reports, the CSV with a byte-order mark', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jiaokan-report-'));
    dirs.push(dir);
    const review = createReview(SHORT_DRAFT, [findingAt(SHORT_DRAFT, 'punctuation.half-width', ',')], [], NOW);
    await writeReviewReport(join(dir, 'r.csv'), review, 'csv', join(dir, '稿件.txt'), 'zh', new Date(NOW));
    await writeReviewReport(join(dir, 'r.html'), review, 'html', join(dir, '稿件.txt'), 'zh', new Date(NOW));
    const csv = await readFile(join(dir, 'r.csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('核查报告：稿件.txt');
    // The time it was made, as the reader writes it in the runtime's (the user's) time zone.
    expect(await readFile(join(dir, 'r.html'), 'utf8')).toContain(`生成时间：${formatTime(NOW, 'zh')}`);
  });
});
