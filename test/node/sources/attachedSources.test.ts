import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attachedSourceState, fingerprintSource } from '../../../src/node/sources/fingerprintSource';
import { readAttachedSources } from '../../../src/node/sources/readSources';
import { SourceTextCache } from '../../../src/node/sources/sourceTextCache';
import { articlePages, buildPdf, SONG_NOT_EMBEDDED } from '../import/buildPdf';
import { refusal } from '../import/refusal';

const RELEASE = '渡口周一复航，首班船7时开出。\n冷链仓库建成投用，库容1200吨。\n';

let dir: string;
let cache: SourceTextCache;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jiaokan-sources-'));
  cache = new SourceTextCache(join(dir, 'data'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

describe('fingerprintSource', () => {
  it('records the absolute path, name, size and SHA-256 of the bytes', async () => {
    const path = join(dir, 'release.txt');
    await writeFile(path, RELEASE);
    expect(await fingerprintSource(path)).toEqual({ path, name: 'release.txt', size: Buffer.byteLength(RELEASE), sha256: sha256(RELEASE) });
  });

  it('says a missing source is not found, as for a draft', async () => {
    const error = await refusal(() => fingerprintSource(join(dir, 'gone.pdf')));
    expect(error.key).toBe('importer.notFound');
  });
});

describe('attachedSourceState', () => {
  it('tells an unchanged source from one rewritten at the same size, one of another size and one moved away', async () => {
    const path = join(dir, 'release.txt');
    await writeFile(path, RELEASE);
    const recorded = await fingerprintSource(path);
    expect(await attachedSourceState(recorded)).toBe('unchanged');
    await writeFile(path, RELEASE.replace('1200', '1300'));
    expect(await attachedSourceState(recorded)).toBe('changed');
    await writeFile(path, `${RELEASE}补充一句。`);
    expect(await attachedSourceState(recorded)).toBe('changed');
    await rm(path);
    expect(await attachedSourceState(recorded)).toBe('missing');
  });
});

describe('readAttachedSources', () => {
  it('extracts a PDF once, with its pages, and answers the same bytes from the cache afterwards', async () => {
    const path = join(dir, 'release.pdf');
    const bytes = buildPdf(articlePages([['渡口周一复航。'], ['冷链仓库建成投用。']]), SONG_NOT_EMBEDDED);
    await writeFile(path, bytes);
    const [first] = await readAttachedSources([path], cache);
    expect(first!.attached.sha256).toBe(sha256(bytes));
    const text = '— 1 —\n渡口周一复航。\n— 2 —\n冷链仓库建成投用。';
    const pageStarts = [0, text.indexOf('— 2 —')];
    expect(first!.source).toEqual({ name: 'release.pdf', text, pageStarts });
    expect(await cache.get(sha256(bytes))).toEqual({ text, pageStarts });
    // An entry for these bytes is what a second read returns, without extracting again.
    await cache.put(sha256(bytes), { text: '缓存中的文字', pageStarts: [0] });
    const [second] = await readAttachedSources([path], cache);
    expect(second!.source.text).toBe('缓存中的文字');
  });

  it('extracts again when the source has changed, since its hash is new', async () => {
    const path = join(dir, 'release.txt');
    await writeFile(path, RELEASE);
    await readAttachedSources([path], cache);
    await writeFile(path, RELEASE.replace('1200', '1300'));
    const [read] = await readAttachedSources([path], cache);
    expect(read!.source.text).toContain('1300吨');
  });

  it('treats an unreadable cache entry as a miss', async () => {
    const path = join(dir, 'release.txt');
    await writeFile(path, RELEASE);
    const [read] = await readAttachedSources([path], cache);
    await writeFile(join(dir, 'data', 'source-text', `${read!.attached.sha256}.json`), '{"text": 3');
    expect(await cache.get(read!.attached.sha256)).toBeUndefined();
    const [again] = await readAttachedSources([path], cache);
    expect(again!.source.text).toBe(read!.source.text);
    expect(JSON.parse(await readFile(join(dir, 'data', 'source-text', `${read!.attached.sha256}.json`), 'utf8'))).toEqual({ text: read!.source.text });
  });
});
