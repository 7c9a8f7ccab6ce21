import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_STYLE_FILE_BYTES, readStyleText } from '../../../src/node/style/readStyleFile';

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('readStyleText', () => {
  it('refuses a style list past the size limit, naming the file, without reading it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jiaokan-style-'));
    dirs.push(dir);
    const path = join(dir, 'jiaokan-style.txt');
    await writeFile(path, '\uFEFF网民 → 网友\n');
    expect(await readStyleText(path)).toBe('\uFEFF网民 → 网友\n');
    await truncate(path, MAX_STYLE_FILE_BYTES + 1);
    await expect(readStyleText(path)).rejects.toMatchObject({ key: 'style.fileTooLarge', params: { file: path } });
  });
});
