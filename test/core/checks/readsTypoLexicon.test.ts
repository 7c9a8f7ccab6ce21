import { describe, expect, it } from 'vitest';
import { CheckEngine } from '../../../src/core/checkEngine';
import type { CheckContext, ParagraphCheck } from '../../../src/core/checks/check';
import { readsTypoLexicon } from '../../../src/core/checks/readsTypoLexicon';
import type { Family } from '../../../src/core/finding';
import { FIXTURE_LEXICON } from './typo/fixtureLexicon';

/** A paragraph check that records whether it was given the typo lexicon. */
function recording(seen: boolean[], declares: boolean): ParagraphCheck {
  return {
    id: 'style',
    scope: 'paragraph',
    ...(declares ? { readsTypoLexicon: true as const } : {}),
    runParagraph(_paragraph: string, ctx: CheckContext) {
      seen.push(ctx.typoLexicon !== undefined);
      return [];
    },
  };
}

describe('the typo lexicon', () => {
  it('is given only to a check that declares it reads it', () => {
    const declared: boolean[] = [];
    const undeclared: boolean[] = [];
    new CheckEngine([recording(declared, true)]).check('茶园今年又添了新品种。', { lang: 'zh', typoLexicon: FIXTURE_LEXICON });
    new CheckEngine([recording(undeclared, false)]).check('茶园今年又添了新品种。', { lang: 'zh', typoLexicon: FIXTURE_LEXICON });
    expect(declared).toEqual([true]);
    expect(undeclared).toEqual([false]);
  });

  it('is read by the typo, repetition and consistency families, which split checks keep where it is loaded', () => {
    const readers: Family[] = ['typo', 'repetition', 'consistency'];
    const others: Family[] = ['arithmetic', 'gazetteer', 'punctuation', 'date', 'number', 'style', 'source'];
    expect(readers.every(readsTypoLexicon)).toBe(true);
    expect(others.some(readsTypoLexicon)).toBe(false);
  });
});
