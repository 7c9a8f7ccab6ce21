import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HouseStyle } from '../../../src/node/style/houseStyle';

let root: string;
let dataDir: string;
let draft: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'jiaokan-house-style-'));
  dataDir = join(root, 'data');
  await mkdir(join(root, 'desk', 'today'), { recursive: true });
  await mkdir(dataDir);
  draft = join(root, 'desk', 'today', 'draft.txt');
  await writeFile(draft, '正文');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function booted(): Promise<HouseStyle> {
  const style = new HouseStyle(dataDir);
  await style.boot();
  return style;
}

describe('HouseStyle', () => {
  it('lists the user file, the draft folders nearest first, then the added files, each once', async () => {
    const style = await booted();
    await writeFile(join(root, '.jiaokan-style.txt'), '走秀\n');
    await writeFile(join(root, 'desk', '.jiaokan-style.txt'), '按装 → 安装\n');
    const shared = join(root, 'newsroom.txt');
    await writeFile(shared, '残废人 → 残疾人\n');
    await style.addFile(shared);
    await style.addFile(join(root, 'desk', '.jiaokan-style.txt'));
    await style.addEntry({ kind: 'ignore', word: '白水河' });
    const files = await style.filesFor(draft, () => undefined);
    await style.shutdown();
    expect(files.map((f) => [f.origin, f.path])).toEqual([
      ['user', style.userFile],
      ['folder', join(root, 'desk', '.jiaokan-style.txt')],
      ['folder', join(root, '.jiaokan-style.txt')],
      ['added', shared],
    ]);
  });

  it('keeps the added files across restarts and reports an added file that has gone missing', async () => {
    const shared = join(root, 'newsroom.txt');
    await writeFile(shared, '残废人 → 残疾人\n');
    await (await booted()).addFile(shared);
    await rm(shared);
    const style = await booted();
    const files = await style.filesFor(null, () => undefined);
    await style.shutdown();
    expect(files).toEqual([{ path: shared, origin: 'added', error: expect.objectContaining({ key: 'style.fileUnreadable' }) }]);
  });

  it('refuses to add a file it cannot read, saying which', async () => {
    const style = await booted();
    await expect(style.addFile(join(root, 'missing.txt'))).rejects.toMatchObject({ key: 'style.fileUnreadable', params: { file: join(root, 'missing.txt') } });
  });

  it('writes entries to the user file and takes them back', async () => {
    const style = await booted();
    await style.addEntry({ kind: 'term', forbidden: '按装', preferred: '安装' });
    await style.addEntry({ kind: 'ignore', word: '白水河' });
    expect(await readFile(style.userFile, 'utf8')).toBe('按装 → 安装\n[忽略]\n白水河\n');
    await style.removeEntry({ kind: 'ignore', word: '白水河' });
    expect(await readFile(style.userFile, 'utf8')).toBe('按装 → 安装\n[忽略]\n');
  });
});
