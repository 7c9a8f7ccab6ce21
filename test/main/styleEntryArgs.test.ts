import { describe, expect, it } from 'vitest';
import { dispatchInvoke, InvalidIpcCall } from '../../src/main/invokeDispatch';
import type { InvokeApi } from '../../src/shared/api';

const received: unknown[] = [];
const handlers = {
  addUserStyleEntry: async (entry: unknown) => {
    received.push(entry);
    return { ok: true };
  },
} as unknown as InvokeApi;

describe('addUserStyleEntry arguments', () => {
  it('passes an entry that fits on one style-file line', async () => {
    await dispatchInvoke(handlers, 'addUserStyleEntry', [{ kind: 'term', forbidden: '按装', preferred: '安装' }]);
    expect(received).toEqual([{ kind: 'term', forbidden: '按装', preferred: '安装' }]);
  });

  it.each([
    [{ kind: 'ignore', word: '甲 # 乙' }],
    [{ kind: 'ignore', word: '甲\n[用语]' }],
    [{ kind: 'ignore', word: '' }],
    [{ kind: 'term', forbidden: '按装', preferred: '按装' }],
    [{ kind: 'term', forbidden: '按装' }],
    [{ kind: 'ignore', word: '甲', extra: true }],
  ])('rejects %j before it reaches the handler', async (entry) => {
    received.length = 0;
    await expect(dispatchInvoke(handlers, 'addUserStyleEntry', [entry])).rejects.toBeInstanceOf(InvalidIpcCall);
    expect(received).toEqual([]);
  });
});
