import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantiateWindowSearch, MAX_COMPILED_CHARS, type CompiledWindowSearch, type SearchFacts } from '../../../../src/core/checks/typo/compiledWindowSearch';
import { windowSearch, type WindowCandidates } from '../../../../src/core/checks/typo/windowSearch';
import { packWindowSearchTables, unpackWindowSearchTables, windowSearchTables } from '../../../../src/core/checks/typo/windowSearchTables';
import { buildFastTables } from '../../../../src/core/checks/typo/typoFastTables';
import { buildTypoLexicon, type TypoData, type TypoLexicon } from '../../../../src/core/checks/typo/typoLexicon';
import { typoCheck } from '../../../../src/core/checks/typo/typoCheck';
import { generatedFilePath, readGeneratedJsonFile } from '../../../../src/node/readGeneratedJson';
import { loadWindowSearch } from '../../../../src/node/loadWindowSearch';
import { storedTypoFastTables } from '../../../../src/node/storedTypoFastTables';
import { splitParagraphs } from '../../../../src/core/text/paragraphs';
import { FIXTURE_DATA } from './fixtureLexicon';

const ROOT = join(__dirname, '..', '..', '..', '..');
const MODULE = readFileSync(join(ROOT, 'resources', 'wasm', 'window-search.wasm'));
const ID = 'fixture-search';

/** The compiled search over `data`'s tables, packed and read back into the module's memory as a host does (`id`: the data the reader expects). */
function compiledOver(data: TypoData, facts: SearchFacts, id = ID): CompiledWindowSearch | undefined {
  const packed = packWindowSearchTables(windowSearchTables(data, buildFastTables(data.words)), ID);
  const instance = new WebAssembly.Instance(new WebAssembly.Module(MODULE), {});
  return instantiateWindowSearch(
    instance.exports,
    (room) => {
      const into = room(packed.length);
      into?.set(packed);
      return into && unpackWindowSearchTables(into, id);
    },
    facts,
  );
}

/** All a search says about `text`: its candidates, and which characters it found bound. */
function answers(found: WindowCandidates | undefined, text: string): unknown {
  if (!found) return undefined;
  return { candidates: found.candidates, bound: Array.from(text, (_, k) => found.isBound(k)) };
}

/** Characters of the fixture's words and confusion groups, with what stops a window or is no BMP Han character. */
const FIXTURE_CHARS = [...new Set('我们遇到了逆竟境镜静时请尽快按装安空调队员再接厉励作为伟维位他代表自己已巳情不能王汪李立晓东如松努力莉娜大袋代带一棵亿件践条线路开通学创造世纪进入新申诉慎')];
const ODD = ['，', '。', '、', 'A', '5', '三', '\uf900', '\u3400', '\ud800', '\udc00', ' '];

describe('the compiled window search', () => {
  const lexicon = buildTypoLexicon(FIXTURE_DATA, 0);
  const compiled = compiledOver(FIXTURE_DATA, lexicon)!;

  it('loads over the fixture tables', () => {
    expect(compiled).toBeDefined();
  });

  it('finds what the TypeScript search finds, and binds the same characters', () => {
    expect(compiled.search('我们遇到逆竟时')!.candidates.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...FIXTURE_CHARS, ...ODD), minLength: 1, maxLength: 80 }), (text) => {
        expect(answers(compiled.search(text), text)).toEqual(answers(windowSearch(text, lexicon), text));
      }),
      { numRuns: 600 },
    );
  });

  it('answers a paragraph longer than any before it, and then a short one again', () => {
    const long = '我们遇到逆竟时请尽快按装空调，'.repeat(400);
    expect(answers(compiled.search(long), long)).toEqual(answers(windowSearch(long, lexicon), long));
    expect(answers(compiled.search('遇到逆竟'), '遇到逆竟')).toEqual(answers(windowSearch('遇到逆竟', lexicon), '遇到逆竟'));
  });

  it('leaves a paragraph past its limit to the TypeScript search, and answers shorter ones after it', () => {
    expect(compiled.search('逆竟'.repeat(MAX_COMPILED_CHARS / 2 + 1))).toBeUndefined();
    expect(answers(compiled.search('遇到逆竟'), '遇到逆竟')).toEqual(answers(windowSearch('遇到逆竟', lexicon), '遇到逆竟'));
  });

  it('is refused for tables of other data and for a module with other exports', () => {
    expect(compiledOver(FIXTURE_DATA, lexicon, 'another-build')).toBeUndefined();
    expect(instantiateWindowSearch({ memory: { buffer: new ArrayBuffer(8) } }, () => undefined, lexicon)).toBeUndefined();
  });

  it('gives the typo check the same findings, and is loaded only for a long draft or after many searches', () => {
    let asked = 0;
    const withCompiled = buildTypoLexicon(FIXTURE_DATA, 0, undefined, (facts) => (asked++, compiledOver(FIXTURE_DATA, facts)));
    const plain = buildTypoLexicon(FIXTURE_DATA, 0);
    // The paragraph checked within a draft of `draft`: its length decides whether the compiled search pays.
    const check = (text: string, typoLexicon: TypoLexicon, draft = text) => typoCheck.runParagraph(text, { text: draft, paragraphs: splitParagraphs(draft), lang: 'zh', typoLexicon });
    const texts = ['请尽快按装空调', '遇到逆竟时', '他作伟代表', '我们相信自已', '情不能自已', '记者蔡作伟报道', '大家再接再励'];
    for (const text of texts) expect(check(text, withCompiled)).toEqual(check(text, plain));
    expect(asked).toBe(0);
    const longDraft = `${texts.join('\n')}\n${'我们遇到了困难。'.repeat(1_500)}`;
    for (const text of texts) expect(check(text, withCompiled, longDraft)).toEqual(check(text, plain, longDraft));
    expect(asked).toBe(1);
  });

  it('is loaded for a short draft only when drafts were checked before it, as in a run over many files', () => {
    let asked = 0;
    const lexicon = buildTypoLexicon(FIXTURE_DATA, 0, undefined, (facts) => (asked++, compiledOver(FIXTURE_DATA, facts)));
    // A short article, checked paragraph by paragraph, then another.
    const article = (n: number) => Array.from({ length: 20 }, (_, i) => `记者从市教育局获悉，第${n}批第${i}所中小学新增学位两千多个，大家再接再励。`).join('\n');
    const checkArticle = (draft: string) => {
      for (const text of draft.split('\n')) typoCheck.runParagraph(text, { text: draft, paragraphs: splitParagraphs(draft), lang: 'zh', typoLexicon: lexicon });
    };
    const first = article(1);
    checkArticle(first);
    checkArticle(first);
    expect(asked).toBe(0);
    checkArticle(article(2));
    expect(asked).toBe(0);
    checkArticle(article(3));
    expect(asked).toBe(1);
    // The first article alone is under the 1,000 characters checked before that decide; the first two are over.
    expect([first.length < 1_000, first.length + article(2).length >= 1_000]).toEqual([true, true]);
  });
});

const typoPath = generatedFilePath('typo.json');

describe('the compiled window search over the built typo data', () => {
  it.skipIf(!typoPath)('finds what the TypeScript search finds in sentences with slips and in strings of common characters (skipped until `npm run build` has made the data)', () => {
    const data = readGeneratedJsonFile(typoPath!) as TypoData;
    const lexicon = buildTypoLexicon(data, 0, () => storedTypoFastTables(data));
    const compiled = loadWindowSearch(data, lexicon)!;
    expect(compiled).toBeDefined();
    const sentences = [
      '面对逆竟，全镇干部群众再接再励，按装了新的灌溉设备。',
      '他在会上强调，要坚持以人民为中心的发展思想，切实做好就业工作。',
      '这家企业去年的销售收入达到三千万元，比前年增长了一倍多。',
      '村里的道路两旁种满了树，秋天的景色格外美丽，游客络驿不绝。',
      '记者从市交通局获悉，新开通的公交线路将途经五个乡镇。',
    ];
    for (const text of sentences) expect(answers(compiled.search(text), text)).toEqual(answers(windowSearch(text, lexicon), text));
    const common = [...new Set(sentences.join('').replace(/[，。、]/g, ''))];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...common, '，', '3'), minLength: 1, maxLength: 60 }), (text) => {
        expect(answers(compiled.search(text), text)).toEqual(answers(windowSearch(text, lexicon), text));
      }),
      { numRuns: 300 },
    );
  });
});

const hasClang = spawnSync(process.env.CLANG ?? 'clang-14', ['--version']).status === 0;

describe('the committed module', () => {
  it.skipIf(!hasClang)('is what windowSearch.c compiles to (skipped where clang-14 is not installed; CI installs it)', () => {
    const check = spawnSync(process.execPath, [join(ROOT, 'scripts', 'buildWindowSearch.mjs'), '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});
