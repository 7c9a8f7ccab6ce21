import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CLEAN_COPY_OPTIONS } from '../../src/core/cleanCopy/cleanCopy';
import { recoveryKeyOf } from '../../src/node/recovery/recoveryKey';
import { sidecarPathFor } from '../../src/node/review/sidecarPath';
import { DRAFT, draftIn, handlersFor } from './apiHandlersHarness';

describe('files the app writes never land on an open draft or its review', () => {
  it('the change log of an export refuses the draft its name would take, and nothing is written', async () => {
    const draft = await draftIn('稿件.changes.txt');
    const out = join(draft, '..', '稿件.md');
    const { handlers } = await handlersFor(draft, [out]);
    expect(await handlers.openStartupDraft()).toMatchObject({ ok: true });
    const result = await handlers.exportCleanCopy({ text: DRAFT, sourcePath: null, sourceName: '稿件.changes.txt', format: 'md', options: { ...DEFAULT_CLEAN_COPY_OPTIONS }, accepted: [], saveLog: true });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('稿件.changes.txt') });
    expect(await readFile(draft, 'utf8')).toBe(DRAFT);
    expect(existsSync(out)).toBe(false);
    handlers.dispose();
  });

  it('a review report refuses the draft and its review file', async () => {
    const draft = await draftIn('稿件.txt');
    const { handlers } = await handlersFor(draft, [draft, sidecarPathFor(draft)]);
    await handlers.openStartupDraft();
    const opened = await handlers.openReview(draft, DRAFT, [], []);
    if (!opened.ok) throw new Error('expected the review to open');
    expect(await handlers.exportReviewReport('稿件.txt', opened.review, 'md')).toMatchObject({ ok: false, message: expect.stringContaining('绝不覆盖') });
    expect(await handlers.exportReviewReport('稿件.txt', opened.review, 'csv')).toMatchObject({ ok: false });
    expect(await readFile(draft, 'utf8')).toBe(DRAFT);
    expect(existsSync(sidecarPathFor(draft))).toBe(false);
    handlers.dispose();
  });

  it('an autosave refuses a recovery file that is the open draft', async () => {
    const { handlers, dataDir } = await handlersFor((data) => join(data, 'recovery', `${recoveryKeyOf(null)}.recovery.json`), []);
    const draft = join(dataDir, 'recovery', `${recoveryKeyOf(null)}.recovery.json`);
    await writeFile(draft, DRAFT);
    expect(await handlers.openStartupDraft()).toMatchObject({ ok: true });
    expect(await handlers.autosaveDraft({ path: null, name: '未命名', text: '别的内容' })).toMatchObject({ ok: false, message: expect.stringContaining('绝不覆盖') });
    expect(await readFile(draft, 'utf8')).toBe(DRAFT);
    handlers.dispose();
  });
});
