import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveDraftText } from '../../../src/node/save/saveDraftText';
import { readDraft } from '../../../src/node/readDraft';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'jiaokan-save-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const EDITED = '县里今年新修了三条乡村公路。\n沿线村民的果子当天就能运进城。\n';

describe('saveDraftText', () => {
  it('keeps a GB18030 draft in GB18030 with its CRLF line endings', async () => {
    const path = join(dir, 'gb.txt');
    writeFileSync(path, iconv.encode('县里今年修了路。\r\n村民很高兴。\r\n', 'gb18030'));
    expect(await saveDraftText(path, EDITED, false)).toBe('GB18030');
    expect(readFileSync(path)).toEqual(iconv.encode(EDITED.replaceAll('\n', '\r\n'), 'gb18030'));
    expect((await readDraft(path)).text).toBe(EDITED);
  });

  it('keeps a UTF-16LE draft its byte-order mark', async () => {
    const path = join(dir, 'u16.txt');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('旧稿。\n', 'utf16le')]));
    expect(await saveDraftText(path, EDITED, false)).toBe('UTF-16LE');
    expect([...readFileSync(path).subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect((await readDraft(path)).text).toBe(EDITED);
  });

  it('writes UTF-8 when asked, keeping the line endings', async () => {
    const path = join(dir, 'gb.txt');
    writeFileSync(path, iconv.encode('旧稿。\r\n', 'gb18030'));
    expect(await saveDraftText(path, EDITED, true)).toBe('UTF-8');
    expect(readFileSync(path, 'utf8')).toBe(EDITED.replaceAll('\n', '\r\n'));
  });

  it('refuses to write characters the file encoding cannot hold, leaving the file as it was', async () => {
    const path = join(dir, 'big5.txt');
    const before = iconv.encode('臺灣農產品外銷穩定成長。\n', 'big5');
    writeFileSync(path, before);
    await expect(saveDraftText(path, '这条简体字的句子繁体编码写不下。\n', false)).rejects.toMatchObject({ key: 'app.save.notRepresentable' });
    expect(readFileSync(path)).toEqual(before);
  });
});
