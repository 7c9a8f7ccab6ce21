import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineLookup } from '../../../src/core/review/lineLookup';
import { lineColumnOf } from '../../../src/core/textPosition';

describe('lineLookup', () => {
  it('agrees with lineColumnOf at every offset', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', '中', '\n'), { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        const at = lineLookup(text);
        for (let i = 0; i <= text.length; i++) expect(at(i)).toEqual(lineColumnOf(text, i));
      }),
    );
  });
});
