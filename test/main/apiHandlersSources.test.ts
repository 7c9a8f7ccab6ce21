import { appendFile, rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { draftIn, handlersFor } from './apiHandlersHarness';

const RELEASE = '县交通运输局通报：全县今年新修农村公路86公里，总投资3.4亿元。\n';

describe('sources attached to a draft in the app', () => {
  it('reads the files chosen in the dialog, and nothing when it is cancelled', async () => {
    const source = await draftIn('通报.txt', RELEASE);
    const draft = await draftIn('稿件.txt');
    const { handlers } = await handlersFor(draft, [], [[source], []]);
    const added = await handlers.addSources();
    expect(added).toMatchObject({ ok: true, sources: [{ state: 'unchanged', text: RELEASE, attached: { path: source, name: '通报.txt', size: Buffer.byteLength(RELEASE) } }] });
    expect(await handlers.addSources()).toEqual({ ok: false, cancelled: true });
  });

  it('reads again what the review records: unchanged, changed since, gone; a path it was never given counts as missing, unread', async () => {
    const source = await draftIn('通报.txt', RELEASE);
    const gone = await draftIn('讲话.txt', '讲话稿。\n');
    const stranger = await draftIn('别处.txt', '不该被读取。\n');
    const { handlers } = await handlersFor(await draftIn('稿件.txt'), [], [[source], [gone]]);
    const recorded = [];
    for (let i = 0; i < 2; i++) {
      const added = await handlers.addSources();
      if (added.ok) recorded.push(...added.sources.map((v) => v.attached));
    }
    expect(recorded).toHaveLength(2);
    const unknown = { path: stranger, name: '别处.txt', size: 19, sha256: '0'.repeat(64) };
    expect(await handlers.attachedSources(recorded)).toMatchObject({ ok: true, sources: [{ state: 'unchanged' }, { state: 'unchanged' }] });
    await appendFile(source, '另据介绍，明年计划再修60公里。\n');
    await rm(gone);
    const again = await handlers.attachedSources([...recorded, unknown]);
    expect(again).toMatchObject({ ok: true, sources: [{ state: 'changed' }, { state: 'missing', text: null }, { state: 'missing', text: null }] });
  });

  it('refuses a dropped path the preload did not report as dropped', async () => {
    const source = await draftIn('通报.txt', RELEASE);
    const { handlers } = await handlersFor(await draftIn('稿件.txt'), []);
    expect(await handlers.addDroppedSources([source])).toMatchObject({ ok: false, message: expect.stringContaining('通报.txt') });
    handlers.allowDroppedPath(source);
    expect(await handlers.addDroppedSources([source])).toMatchObject({ ok: true, sources: [{ text: RELEASE }] });
  });
});
