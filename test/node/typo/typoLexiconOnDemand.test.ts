import { beforeAll, describe, expect, it } from 'vitest';
import { buildTypoData } from '../../../scripts/buildTypoData';
import { runChecks } from '../../../src/core/checkEngine';
import type { TypoLexicon } from '../../../src/core/checks/typo/typoLexicon';
import { loadTypoLexicon, typoLexiconOnDemand } from '../../../src/node/loadTypoLexicon';

let loaded: TypoLexicon;
beforeAll(async () => {
  buildTypoData();
  loaded = (await loadTypoLexicon())!;
}, 60_000);

describe('the typo lexicon read on demand', () => {
  it('answers as the one loaded at once', () => {
    const onDemand = typoLexiconOnDemand()!;
    const text = '农业科学院的专家逆竟中坚持';
    for (const [start, length] of [[0, 2], [2, 3], [5, 2], [8, 2], [10, 2]] as const) expect(onDemand.cost(text, start, length)).toBe(loaded.cost(text, start, length));
    expect(onDemand.completions(text, 8, 2, 1, 65_535)).toEqual(loaded.completions(text, 8, 2, 1, 65_535));
    expect([...onDemand.confusables('竟'.charCodeAt(0))]).toEqual([...loaded.confusables('竟'.charCodeAt(0))]);
    expect([onDemand.source, onDemand.unknownCost, onDemand.maxWordLength, onDemand.costScale, onDemand.cheapest(2)]).toEqual([loaded.source, loaded.unknownCost, loaded.maxWordLength, loaded.costScale, loaded.cheapest(2)]);
    expect(onDemand.listedByFirst.size).toBe(loaded.listedByFirst.size);
    expect(onDemand.mayFit(text, 8, 2, 1)).toBe(loaded.mayFit(text, 8, 2, 1));
  });

  it('gives the checks that read it what the loaded one gives', () => {
    const draft = '各村党组织组织党员学习。省农业科学院派出专家。省农林科学院负责接待。工人正在按装设备。';
    const families = ['typo', 'repetition', 'consistency'] as const;
    const found = runChecks(draft, { lang: 'zh', families, typoLexicon: typoLexiconOnDemand() });
    expect(found.map((f) => f.rule)).toEqual(['typo.listed']);
    expect(found).toEqual(runChecks(draft, { lang: 'zh', families, typoLexicon: loaded }));
  });
});
