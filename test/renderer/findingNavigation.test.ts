import { describe, expect, it } from 'vitest';
import { stepFinding, type LocatedFinding } from '../../src/renderer/editor/findingNavigation';

const located: LocatedFinding[] = [
  { id: 'a', from: 5, to: 8 },
  { id: 'b', from: 5, to: 6 },
  { id: 'c', from: 20, to: 24 },
  { id: 'd', from: 40, to: 41 },
];

describe('stepFinding', () => {
  it('finds nothing when there are no findings', () => {
    expect(stepFinding([], 0, null, 1)).toBeUndefined();
  });

  it('moves to the first finding after the cursor', () => {
    expect(stepFinding(located, 10, null, 1)?.id).toBe('c');
    expect(stepFinding(located, 0, null, 1)?.id).toBe('a');
  });

  it('moves to the last finding before the cursor', () => {
    expect(stepFinding(located, 30, null, -1)?.id).toBe('c');
    expect(stepFinding(located, 20, null, -1)?.id).toBe('b');
  });

  it('wraps around both ends', () => {
    expect(stepFinding(located, 40, 'd', 1)?.id).toBe('a');
    expect(stepFinding(located, 50, null, 1)?.id).toBe('a');
    expect(stepFinding(located, 5, 'a', -1)?.id).toBe('d');
    expect(stepFinding(located, 0, null, -1)?.id).toBe('d');
  });

  it('visits findings that start at the same place one after the other', () => {
    expect(stepFinding(located, 5, 'a', 1)?.id).toBe('b');
    expect(stepFinding(located, 5, 'b', 1)?.id).toBe('c');
    expect(stepFinding(located, 5, 'b', -1)?.id).toBe('a');
  });

  it('steps from the cursor when the selected finding has moved away from it', () => {
    expect(stepFinding(located, 30, 'a', 1)?.id).toBe('d');
  });
});
