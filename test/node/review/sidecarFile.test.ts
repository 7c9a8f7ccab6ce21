import { mkdtemp, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/core/claims/extractClaims';
import { createReview } from '../../../src/core/review/createReview';
import { resolveConflict } from '../../../src/core/review/mergeReviews';
import { setVerdict } from '../../../src/core/review/setVerdict';
import { serializeSidecar } from '../../../src/core/review/sidecarFormat';
import { MAX_SIDECAR_BYTES } from '../../../src/core/review/sidecarLimits';
import { loadSidecar, saveReview, type SidecarBase } from '../../../src/node/review/sidecarFile';
import { SidecarError } from '../../../src/node/review/sidecarError';
import { draftNameOf, sidecarPathFor } from '../../../src/node/review/sidecarPath';
import { findingAt, LATER, NOW, SHORT_DRAFT } from '../../fixtures/review/reviewFixtures';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function sidecar(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'jiaokan-sidecar-'));
  dirs.push(dir);
  return sidecarPathFor(join(dir, '稿件.txt'));
}

const fresh = () => createReview(SHORT_DRAFT, [findingAt(SHORT_DRAFT, 'punctuation.half-width', ',')], extractClaims(SHORT_DRAFT), NOW);

async function loadOk(path: string) {
  const loaded = await loadSidecar(path);
  if (loaded.status !== 'ok') throw new Error(`expected a readable sidecar, got ${loaded.status}`);
  return loaded;
}

describe('sidecar path', () => {
  it('keeps the draft’s whole name, so a.txt and a.md do not share a sidecar', () => {
    expect(sidecarPathFor('/d/a.txt')).toBe('/d/a.txt.jiaokan.json');
    expect(sidecarPathFor('/d/a.md')).not.toBe(sidecarPathFor('/d/a.txt'));
    expect(draftNameOf('/d/稿件.docx.jiaokan.json')).toBe('稿件.docx');
  });
});

describe('loadSidecar / saveReview', () => {
  it('creates, reloads and saves again when nobody else wrote', async () => {
    const path = await sidecar();
    const missing = await loadSidecar(path);
    expect(missing.status).toBe('missing');
    if (missing.status !== 'missing') return;
    const review = fresh();
    const first = await saveReview(path, review, missing.base);
    expect(first).toMatchObject({ ok: true, merged: false });
    const loaded = await loadOk(path);
    expect(loaded.review).toEqual(review);
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ schemaVersion: 1, draft: '稿件.txt' });
    const changed = setVerdict(loaded.review, review.items[0]!.id, 'fixed', {}, '甲', LATER);
    const second = await saveReview(path, changed, loaded.base);
    expect(second).toMatchObject({ ok: true, merged: false });
    expect((await loadOk(path)).review).toEqual(changed);
  });

  it('merges a colleague’s save made since loading, keeping both sides', async () => {
    const path = await sidecar();
    await saveReview(path, fresh(), { fingerprint: null, review: undefined });
    const mine = await loadOk(path);
    const theirs = await loadOk(path);
    const [a, b] = mine.review.items.filter((i) => i.kind === 'claim');
    const saved = await saveReview(path, setVerdict(theirs.review, b!.id, 'needs-source', { note: '等回电' }, '乙', LATER), theirs.base);
    expect(saved.ok).toBe(true);
    const result = await saveReview(path, setVerdict(mine.review, a!.id, 'verified', {}, '甲', LATER), mine.base);
    expect(result).toMatchObject({ ok: true, merged: true });
    const onDisk = (await loadOk(path)).review;
    expect(onDisk.items.find((i) => i.id === a!.id)!.verdict).toBe('verified');
    expect(onDisk.items.find((i) => i.id === b!.id)).toMatchObject({ verdict: 'needs-source', note: '等回电' });
  });

  it('returns a true conflict without writing, then saves the user’s choice', async () => {
    const path = await sidecar();
    await saveReview(path, fresh(), { fingerprint: null, review: undefined });
    const mine = await loadOk(path);
    const theirs = await loadOk(path);
    const id = mine.review.items.find((i) => i.kind === 'finding')!.id;
    await saveReview(path, setVerdict(theirs.review, id, 'dismissed', { reason: '引文' }, '乙', LATER), theirs.base);
    const theirBytes = await readFile(path);
    const result = await saveReview(path, setVerdict(mine.review, id, 'confirmed', {}, '甲', LATER), mine.base);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.conflicts).toHaveLength(1);
    expect(result.conflicts[0]).toMatchObject({ itemId: id, field: 'verdict', mine: { verdict: 'confirmed' }, theirs: { verdict: 'dismissed' } });
    expect(await readFile(path)).toEqual(theirBytes);
    const chosen = resolveConflict(result.merged, result.conflicts[0]!, 'mine');
    expect(await saveReview(path, chosen, result.base)).toMatchObject({ ok: true, merged: false });
    const item = (await loadOk(path)).review.items.find((i) => i.id === id)!;
    expect(item.verdict).toBe('confirmed');
    expect(item.history.map((h) => h.to).sort()).toEqual(['confirmed', 'dismissed']);
  });

  it('merges with a sidecar that appeared after the draft was opened', async () => {
    const path = await sidecar();
    const missing: SidecarBase = { fingerprint: null, review: undefined };
    const id = fresh().items.find((i) => i.kind === 'finding')!.id;
    await saveReview(path, setVerdict(fresh(), id, 'fixed', {}, '乙', LATER), missing);
    const claim = fresh().items.find((i) => i.kind === 'claim')!.id;
    expect(await saveReview(path, setVerdict(fresh(), claim, 'verified', {}, '甲', LATER), missing)).toMatchObject({ ok: true, merged: true });
    const review = (await loadOk(path)).review;
    expect(review.items.find((i) => i.id === id)!.verdict).toBe('fixed');
    expect(review.items.find((i) => i.id === claim)!.verdict).toBe('verified');
  });

  for (const [name, content, key] of [
    ['corrupt JSON', '{"schemaVersion": 1, "review": ', 'review.sidecar.corrupt'],
    ['a schema failure', JSON.stringify({ schemaVersion: 1, draft: 'x', review: { text: 1 } }), 'review.sidecar.corrupt'],
    ['a newer version', JSON.stringify({ schemaVersion: 7, future: true }), 'review.sidecar.newer'],
  ] as const) {
    it(`refuses ${name} and never writes over it`, async () => {
      const path = await sidecar();
      await writeFile(path, content);
      const loaded = await loadSidecar(path);
      expect(loaded).toMatchObject({ status: 'refused', error: { key } });
      await expect(saveReview(path, fresh(), { fingerprint: null, review: undefined })).rejects.toBeInstanceOf(SidecarError);
      expect(await readFile(path, 'utf8')).toBe(content);
    });
  }

  it('refuses to merge into a file that became corrupt after loading', async () => {
    const path = await sidecar();
    await saveReview(path, fresh(), { fingerprint: null, review: undefined });
    const loaded = await loadOk(path);
    await writeFile(path, serializeSidecar(fresh(), 'x').slice(0, 100));
    const before = await readFile(path);
    await expect(saveReview(path, loaded.review, loaded.base)).rejects.toMatchObject({ key: 'review.sidecar.corrupt' });
    expect(await readFile(path)).toEqual(before);
  });

  it('refuses a file past the size limit without reading it, and never writes over it', async () => {
    const path = await sidecar();
    await writeFile(path, serializeSidecar(fresh(), draftNameOf(path)));
    await truncate(path, MAX_SIDECAR_BYTES + 1);
    const loaded = await loadSidecar(path);
    expect(loaded).toMatchObject({ status: 'refused', error: { key: 'review.sidecar.tooLarge' } });
    await expect(saveReview(path, fresh(), { fingerprint: null, review: undefined })).rejects.toMatchObject({ key: 'review.sidecar.tooLarge' });
    expect((await stat(path)).size).toBe(MAX_SIDECAR_BYTES + 1);
  });

  it('refuses a file past an item limit, saying which', async () => {
    const path = await sidecar();
    const data = JSON.parse(serializeSidecar(fresh(), draftNameOf(path)));
    data.review.items[0].note = '注'.repeat(20_000);
    await writeFile(path, JSON.stringify(data));
    const loaded = await loadSidecar(path);
    expect(loaded).toMatchObject({ status: 'refused', error: { key: 'review.sidecar.overLimit' } });
    expect(loaded.status === 'refused' && loaded.error.params.detail).toContain('note');
  });
});
