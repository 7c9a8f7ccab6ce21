import { describe, expect, it } from 'vitest';
import { alikePeople, type PlacedParagraph } from '../../../src/core/entities/alikePeople';
import { mentionForm, type Mention } from '../../../src/core/entities/mention';

/** The people a paragraph reader found, in a first paragraph of their own, in the order given. */
function known(names: string[]): { paragraph: PlacedParagraph; people: Mention[] } {
  const text = names.join('、');
  const people: Mention[] = [];
  let at = 0;
  for (const name of names) {
    people.push({ kind: 'person', start: at, end: at + name.length, text: name, form: mentionForm(at, at + name.length, name), category: 'person', sentence: 0 });
    at += name.length + 1;
  }
  return { paragraph: placed(0, text), people };
}

function placed(start: number, text: string): PlacedParagraph {
  return { start, text, sentenceAt: () => 1 };
}

/** 兰 and 岚 sound alike here; nothing else does. */
const isAlike = (a: string, b: string): boolean => [a, b].sort().join('') === '兰岚';

describe('occurrences and slips of the draft’s own people', () => {
  it('finds a known name again and a one-character slip of one, in text order, and nothing at the names already read', () => {
    const { paragraph, people } = known(['吴美兰', '张伟']);
    const later = placed(100, '会后见到吴美岚时，张伟也在，吴美花没来。');
    const found = alikePeople([paragraph, later], people, isAlike);
    expect(found.map((m) => [m.text, m.start])).toEqual([
      ['吴美岚', 104],
      ['张伟', 109],
    ]);
  });

  it('takes, where two known names start at one position, the length the draft names first', () => {
    const text = '会上王明华发言。';
    const longerFirst = known(['李四海', '王明', '王明华']);
    expect(alikePeople([longerFirst.paragraph, placed(100, text)], longerFirst.people, isAlike).map((m) => m.text)).toEqual(['王明华']);
    const shorterFirst = known(['王明', '李四海', '王明华']);
    expect(alikePeople([shorterFirst.paragraph, placed(100, text)], shorterFirst.people, isAlike).map((m) => m.text)).toEqual(['王明']);
  });
});
