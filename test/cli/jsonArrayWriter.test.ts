import { describe, expect, it } from 'vitest';
import { JsonArrayWriter } from '../../src/cli/jsonArrayWriter';

function written(values: unknown[]): string {
  let out = '';
  const writer = new JsonArrayWriter((text) => (out += text));
  for (const value of values) writer.add(value);
  writer.close();
  return out;
}

describe('JsonArrayWriter', () => {
  it('lays the array out as JSON.stringify does, one element at a time', () => {
    const values = [
      { file: '稿件.txt', chars: 12, findings: [{ id: 'a:1', spans: [{ start: 0, end: 2 }], message: '第一行\n第二行 "引号" \\ 反斜杠' }], empty: [], none: {} },
      [1, [2, [3, []]], { deep: { deeper: { deepest: null } } }],
      '  a string with leading spaces',
      42,
      { file: 'b.txt', findings: [] },
    ];
    expect(written(values)).toBe(`${JSON.stringify(values, null, 2)}\n`);
    expect(written(values.slice(0, 1))).toBe(`${JSON.stringify(values.slice(0, 1), null, 2)}\n`);
  });

  it('writes nothing for no elements', () => {
    expect(written([])).toBe('');
  });
});
