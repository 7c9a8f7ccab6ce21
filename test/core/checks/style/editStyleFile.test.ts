import { describe, expect, it } from 'vitest';
import { addStyleEntry, isWritableEntry, removeStyleEntry } from '../../../../src/core/checks/style/editStyleFile';
import { parseStyleFile } from '../../../../src/core/checks/style/parseStyleFile';

const HAND_WRITTEN = '# 本报用语\n按装 → 安装 # 常见误写\n\n[忽略]\n青石县\n';

describe('editing the user style file', () => {
  it('adds an ignored word under the last ignore section and keeps every other line', () => {
    expect(addStyleEntry(HAND_WRITTEN, { kind: 'ignore', word: '白水河' })).toBe('# 本报用语\n按装 → 安装 # 常见误写\n\n[忽略]\n白水河\n青石县\n');
  });

  it('starts an ignore section in a file without one, or in an empty file', () => {
    expect(addStyleEntry('按装 → 安装\n\n', { kind: 'ignore', word: '白水河' })).toBe('按装 → 安装\n[忽略]\n白水河\n');
    expect(addStyleEntry('', { kind: 'ignore', word: '白水河' })).toBe('[忽略]\n白水河\n');
  });

  it('adds a term before the first section, replacing an earlier entry for the same form', () => {
    const added = addStyleEntry(HAND_WRITTEN, { kind: 'term', forbidden: '走秀', preferred: '展示' });
    expect(parseStyleFile(added, null).terms.map((t) => [t.forbidden, t.preferred])).toEqual([['按装', '安装'], ['走秀', '展示']]);
    expect(parseStyleFile(added, null).ignored.map((i) => i.word)).toEqual(['青石县']);
    const replaced = addStyleEntry(HAND_WRITTEN, { kind: 'term', forbidden: '按装', preferred: '装好' });
    expect(parseStyleFile(replaced, null).terms.map((t) => [t.forbidden, t.preferred])).toEqual([['按装', '装好']]);
  });

  it('does not add an entry twice, and removing undoes adding', () => {
    const entry = { kind: 'ignore' as const, word: '白水河' };
    const once = addStyleEntry(HAND_WRITTEN, entry);
    expect(addStyleEntry(once, entry)).toBe(once);
    expect(removeStyleEntry(once, entry)).toBe(HAND_WRITTEN);
    expect(removeStyleEntry(HAND_WRITTEN, entry)).toBe(HAND_WRITTEN);
    const term = { kind: 'term' as const, forbidden: '走秀', preferred: '展示' };
    expect(removeStyleEntry(addStyleEntry(HAND_WRITTEN, term), term)).toBe(HAND_WRITTEN);
  });

  it('refuses entries that would not read back as written', () => {
    expect(isWritableEntry({ kind: 'ignore', word: '白水河' })).toBe(true);
    expect(isWritableEntry({ kind: 'term', forbidden: '按装', preferred: '安装' })).toBe(true);
    expect(isWritableEntry({ kind: 'ignore', word: 'C#语言' })).toBe(false);
    expect(isWritableEntry({ kind: 'ignore', word: '甲\n乙' })).toBe(false);
    expect(isWritableEntry({ kind: 'ignore', word: '[用语]' })).toBe(false);
    expect(isWritableEntry({ kind: 'ignore', word: 'a->b' })).toBe(false);
    expect(isWritableEntry({ kind: 'term', forbidden: ' 按装', preferred: '安装' })).toBe(false);
  });
});
