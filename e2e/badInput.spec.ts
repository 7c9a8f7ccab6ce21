import { copyFileSync, mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { buildDocx } from '../test/node/import/buildDocx';
import { buildZip } from '../test/node/import/buildZip';
import { expect, test } from './fixtures';
import { editorText } from './harness/editor';

const BAD_INPUT = join(__dirname, '..', 'test', 'fixtures', 'bad-input');
const PARAGRAPH = '初冬时节，清水河镇的粮食收储点一片忙碌，合作社已收购玉米1200吨。';

/** Issue 8: every case of the bad-input set, opened through File → Open in the running app. */
test('bad input gets a clear message or opens safely, and the app stays usable', async ({ launch }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'jiaokan-bad-input-'));
  const file = (name: string, data: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, data);
    return path;
  };
  try {
    const host = await launch();
    const { page } = host;
    await expect(page.locator('body[data-check-state=idle]')).toHaveCount(1);

    const open = async (path: string) => {
      await host.answerOpenDialog(path);
      await host.sendMenu('open');
    };
    const refused = async (path: string, words: RegExp) => {
      const before = await page.locator('[data-testid=status-file]').innerText();
      await open(path);
      await expect(page.locator('[data-testid=error-banner]')).toContainText(words);
      await expect(page.locator('[data-testid=status-file]')).toHaveText(before);
      await page.locator('[data-testid=error-banner-dismiss]').click();
    };
    const opened = async (path: string, name: string) => {
      await open(path);
      await expect(page.locator('[data-testid=status-file]')).toContainText(name);
      await expect(page.locator('body[data-check-state=idle]')).toHaveCount(1);
      await expect(page.locator('[data-testid=error-banner]')).toHaveCount(0);
    };

    await opened(join(BAD_INPUT, 'empty.txt'), 'empty.txt');
    expect((await editorText(page)).trim()).toBe('');

    await refused(file('photo.txt', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), /文本/);

    await opened(join(BAD_INPUT, 'invalid-utf8.txt'), 'invalid-utf8.txt');
    expect(await editorText(page)).toContain('\ufffd');

    await opened(file('gbk.txt', iconv.encode(PARAGRAPH, 'gbk')), 'gbk.txt');
    await expect(page.locator('[data-testid=status-encoding]')).toContainText('GB18030');
    expect(await editorText(page)).toContain(PARAGRAPH);

    await opened(file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(PARAGRAPH, 'utf16le')])), 'utf16.txt');
    await expect(page.locator('[data-testid=status-encoding]')).toContainText('UTF-16LE');
    expect(await editorText(page)).toContain(PARAGRAPH);

    await opened(join(BAD_INPUT, 'nul-bytes.txt'), 'nul-bytes.txt');
    expect(await editorText(page)).not.toContain('\u0000');

    await opened(file('one-line.txt', PARAGRAPH.repeat(Math.ceil(1_000_000 / Buffer.byteLength(PARAGRAPH)))), 'one-line.txt');

    const huge = join(dir, 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 50 * 1024 * 1024);
    await refused(huge, /20 MB/);

    const docx = await buildDocx([{ text: PARAGRAPH }]);
    await refused(file('truncated.docx', docx.subarray(0, Math.floor(docx.length / 2))), /docx|Word|损坏/);
    await refused(file('bomb.docx', buildZip([{ name: 'word/document.xml', data: new Uint8Array(64 * 1024 * 1024) }])), /docx|Word|过大|超过/);

    await opened(join(BAD_INPUT, 'scripts-and-handlers.html'), 'scripts-and-handlers.html');
    expect(await editorText(page)).toContain('镇里的冷库今天开始收菜。');
    expect(await editorText(page)).not.toContain('脚本写出的文字');
    expect(await page.evaluate(() => document.title)).not.toContain('已执行');

    await refused(join(dir, 'missing.txt'), /找不到/);
    mkdirSync(join(dir, 'folder.txt'));
    await refused(join(dir, 'folder.txt'), /文件夹/);

    // Still usable: a good draft opens and is checked.
    copyFileSync(join(__dirname, 'drafts', 'river-town.txt'), join(dir, 'river-town.txt'));
    await opened(join(dir, 'river-town.txt'), 'river-town.txt');
    await expect(page.locator('[data-testid=finding-group][data-family=repetition]')).toHaveCount(1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
