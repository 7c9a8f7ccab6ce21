import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/entities/extractEntities';

function places(text: string): string[] {
  return extractEntities(text, undefined).filter((m) => m.kind === 'place').map((m) => `${m.text}@${m.start}`);
}

describe("unofficial place names read with the draft's own names", () => {
  it('cuts a word glued before a village back to the name the draft writes on its own', () => {
    const text = '当小岗村人说，小岗村变了。';
    expect(places(text)).toEqual([`小岗村@${text.indexOf('小岗村')}`, `小岗村@${text.lastIndexOf('小岗村')}`]);
  });

  it('leaves a longer name alone when the draft never writes a shorter one', () => {
    expect(places('走进张家湾村，看到新修的路。')).toEqual(['张家湾村@2']);
  });

  it('reads a dotted minority name whole after a title, without the verb after it', () => {
    const people = extractEntities('老师艾力·吐尔逊在村小学教书。', undefined).filter((m) => m.kind === 'person').map((m) => m.text);
    expect(people).toEqual(['艾力·吐尔逊']);
  });
});
