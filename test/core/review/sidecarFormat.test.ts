import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/core/claims/extractClaims';
import { createReview } from '../../../src/core/review/createReview';
import { setVerdict } from '../../../src/core/review/setVerdict';
import { parseSidecar, serializeSidecar, SIDECAR_SCHEMA_VERSION } from '../../../src/core/review/sidecarFormat';
import { MAX_ATTACHED_SOURCES } from '../../../src/core/review/sidecarLimits';
import { findingAt, LATER, NOW, SHORT_DRAFT } from '../../fixtures/review/reviewFixtures';

describe('sidecar format', () => {
  const review = setVerdict(
    createReview(SHORT_DRAFT, [findingAt(SHORT_DRAFT, 'punctuation.half-width', ',')], extractClaims(SHORT_DRAFT), NOW),
    findingAt(SHORT_DRAFT, 'punctuation.half-width', ',').id,
    'dismissed',
    { reason: '引文原样', sources: [{ kind: 'other', value: '编辑部体例', label: '第3条' }] },
    '核查员',
    LATER,
  );

  it('round-trips a review with its schema version and draft name', () => {
    const text = serializeSidecar(review, '稿件.docx');
    expect(JSON.parse(text)).toMatchObject({ schemaVersion: SIDECAR_SCHEMA_VERSION, draft: '稿件.docx' });
    expect(parseSidecar(text)).toEqual({ ok: true, review, draft: '稿件.docx' });
  });

  it('keeps the page chrome choice and claim occurrences, and reads files from before them', () => {
    const withChoice = { ...review, chromeIncluded: true, items: review.items.map((i) => (i.kind === 'claim' ? { ...i, occurrences: 2 } : i)) };
    expect(parseSidecar(serializeSidecar(withChoice, 'a.txt'))).toEqual({ ok: true, review: withChoice, draft: 'a.txt' });
    const older = JSON.parse(serializeSidecar(withChoice, 'a.txt'));
    delete older.review.chromeIncluded;
    for (const item of older.review.items) delete item.occurrences;
    const parsed = parseSidecar(JSON.stringify(older));
    expect(parsed.ok && parsed.review.chromeIncluded).toBeUndefined();
    expect(parsed.ok && parsed.review.items.every((i) => i.occurrences === undefined)).toBe(true);
  });

  it('refuses a newer schema version before validating the rest', () => {
    expect(parseSidecar(JSON.stringify({ schemaVersion: 2, anything: true }))).toEqual({ ok: false, problem: 'newer', version: 2 });
  });

  it('refuses bad JSON and data that fails the schema, saying where', () => {
    expect(parseSidecar('{"schemaVersion": 1,')).toMatchObject({ ok: false, problem: 'corrupt' });
    const bad = JSON.parse(serializeSidecar(review, 'a.txt'));
    bad.review.items[0].verdict = 'maybe';
    const result = parseSidecar(JSON.stringify(bad));
    expect(result).toMatchObject({ ok: false, problem: 'corrupt' });
    expect(result.ok === false && result.problem === 'corrupt' && result.detail).toContain('review.items.0.verdict');
    expect(parseSidecar('{"schemaVersion": 0}')).toMatchObject({ ok: false, problem: 'corrupt' });
    expect(parseSidecar('[]')).toMatchObject({ ok: false, problem: 'corrupt' });
  });

  it('keeps the attached sources by path, size and hash, and still reads review files without them', () => {
    const attached = { path: '/稿件/来源/通报.pdf', name: '通报.pdf', size: 48213, sha256: 'a'.repeat(64) };
    const withSources = { ...review, attachedSources: [attached] };
    expect(parseSidecar(serializeSidecar(withSources, '稿件.docx'))).toEqual({ ok: true, review: withSources, draft: '稿件.docx' });
    expect(parseSidecar(serializeSidecar(review, '稿件.docx'))).toEqual({ ok: true, review, draft: '稿件.docx' });
    const badHash = parseSidecar(serializeSidecar({ ...review, attachedSources: [{ ...attached, sha256: 'not a hash' }] }, 'a.txt'));
    expect(badHash).toMatchObject({ ok: false, problem: 'corrupt' });
    const tooMany = parseSidecar(serializeSidecar({ ...review, attachedSources: Array.from({ length: MAX_ATTACHED_SOURCES + 1 }, () => attached) }, 'a.txt'));
    expect(tooMany).toMatchObject({ ok: false, problem: 'overLimit' });
  });
});
