import { upperBound } from '../text/upperBound';

/**
 * 1-based line and column of many offsets in one text: the line starts are found once, each
 * lookup is a binary search (lineColumnOf rescans the text per call, too slow for a report of
 * thousands of items).
 */
export function lineLookup(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    const line = Math.max(1, upperBound(starts, offset));
    return { line, column: offset - starts[line - 1]! + 1 };
  };
}
