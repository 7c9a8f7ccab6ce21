import { describe, expect, it } from 'vitest';
import { gazetteerIndex } from '../../../src/core/gazetteer/gazetteerIndex';
import { gazetteerOnDemand } from '../../../src/node/loadGazetteer';
import { testGazetteer } from '../../fixtures/entities/testGazetteer';

describe('the gazetteer read on demand', () => {
  it('holds the same divisions as the one loaded at once, and answers the same look-ups', async () => {
    const loaded = await testGazetteer();
    const onDemand = gazetteerOnDemand()!;
    expect(onDemand.format).toBe(loaded.format);
    expect(onDemand.source).toBe(loaded.source);
    expect(onDemand.codes).toEqual(loaded.codes);
    expect(onDemand.names).toEqual(loaded.names);
    expect(onDemand.nameStarts).toEqual(loaded.nameStarts);
    expect(onDemand.byName).toEqual(loaded.byName);
    expect(onDemand.nameEndings).toBe(loaded.nameEndings);
    expect(gazetteerIndex(onDemand).named('会宁县').map((p) => p.code)).toEqual(gazetteerIndex(loaded).named('会宁县').map((p) => p.code));
  });

  it('reads the file once, whichever column is asked first', () => {
    const onDemand = gazetteerOnDemand()!;
    expect(onDemand.names).toBe(onDemand.names);
    expect(onDemand.codes).toBe(onDemand.codes);
  });
});
