import { describe, expect, it } from 'vitest';
import { GroupsByCharacter } from '../../../../src/core/checks/typo/groupsByCharacter';

describe('groups by character', () => {
  const groups = new GroupsByCharacter(['境竟静', '环还', '静净境', '己已巳']);

  it('lists every group a character is in, in group order', () => {
    expect(groups.of('境'.charCodeAt(0))).toEqual([0, 2]);
    expect(groups.of('静'.charCodeAt(0))).toEqual([0, 2]);
    expect(groups.of('还'.charCodeAt(0))).toEqual([1]);
    expect(groups.of('巳'.charCodeAt(0))).toEqual([3]);
  });

  it('lists none for a character in no group', () => {
    expect(groups.of('天'.charCodeAt(0))).toEqual([]);
  });
});
