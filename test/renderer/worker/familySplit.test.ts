import { MessageChannel } from 'node:worker_threads';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CheckEngine } from '../../../src/core/checkEngine';
import { parseStyleFile } from '../../../src/core/checks/style/parseStyleFile';
import { compileStyleRules } from '../../../src/core/checks/style/styleRules';
import type { Gazetteer } from '../../../src/core/gazetteer/gazetteer';
import { familyOf } from '../../../src/core/finding';
import { FamilyChecks } from '../../../src/renderer/worker/familyChecks';
import type { FamilyChannel, FamilyRequest, FamilyResponse } from '../../../src/renderer/worker/familyProtocol';
import { FAMILY_WORKER_FAMILIES, FamilySplit, type SplitOptions } from '../../../src/renderer/worker/familySplit';
import { testGazetteer } from '../../fixtures/entities/testGazetteer';
import { DRAFT_WITH_SLIPS } from '../../fixtures/drafts/draftWithSlips';
import { FIXTURE_LEXICON } from '../../core/checks/typo/fixtureLexicon';

const DRAFT = DRAFT_WITH_SLIPS;
/** The house style drops a county on the check worker's side and a misspelling on the family worker's. */
const STYLE_FILES = [{ path: 'house.txt', text: '[忽略]\n徐吻县\n再接再励\n' }];

let gazetteer: Gazetteer;
let options: SplitOptions;
beforeAll(async () => {
  gazetteer = await testGazetteer();
  const style = compileStyleRules({ files: STYLE_FILES.map((f) => parseStyleFile(f.text, f.path)), builtin: true });
  options = { lang: 'zh', gazetteer, fallbackDate: { year: 2024, month: 3, day: 1 }, style };
}, 60_000);

const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

/** Both ends of the workers' channel in this thread: the check worker's FamilySplit and the family worker's FamilyChecks. */
function split(familySide: 'real' | ((message: FamilyRequest, reply: (response: FamilyResponse) => void) => void) = 'real') {
  const { port1, port2 } = new MessageChannel();
  closers.push(() => (port1.close(), port2.close()));
  const asked: FamilyRequest[] = [];
  port2.addEventListener('message', (event) => asked.push((event as unknown as { data: FamilyRequest }).data));
  let typoLoaded = 0;
  const here = new FamilySplit(port1 as unknown as FamilyChannel<FamilyRequest, FamilyResponse>, () => typoLoaded++);
  const familyPort = port2 as unknown as FamilyChannel<FamilyResponse, FamilyRequest>;
  const checks =
    familySide === 'real'
      ? new FamilyChecks(familyPort, { gazetteer: Promise.resolve(gazetteer), typo: { settled: Promise.resolve(), lexicon: FIXTURE_LEXICON } })
      : (familyPort.addEventListener('message', (event) => familySide(event.data, (response) => familyPort.postMessage(response))), familyPort.start(), undefined);
  here.setStyle(STYLE_FILES, true);
  return { here, checks, asked, typoLoaded: () => typoLoaded };
}

const withLexicon = () => Promise.resolve(FIXTURE_LEXICON);
const alone = (text = DRAFT) => new CheckEngine().check(text, { ...options, typoLexicon: FIXTURE_LEXICON });

describe('a check split between the check worker and the family worker', () => {
  it('reports what one engine reports, in its order and with its ids, with the typo family and the figures checked there', async () => {
    const expected = alone();
    const families = new Set(expected.map((f) => familyOf(f.rule)));
    // The fixture must give both sides something to find.
    expect([...families]).toEqual(expect.arrayContaining(['typo', 'arithmetic', 'date', 'punctuation', 'consistency', 'gazetteer']));
    // And the house style file, sent over the channel, must drop something.
    expect(new CheckEngine().check(DRAFT, { ...options, style: undefined, typoLexicon: FIXTURE_LEXICON }).length).toBeGreaterThan(expected.length);
    const { here, asked } = split();
    let localTypoAsked = 0;
    const found = await here.check(new CheckEngine(), DRAFT, options, () => (localTypoAsked++, withLexicon()));
    expect(found).toEqual(expected);
    // Once, for consistency, which stays here with the other entity families and reads the typo lexicon.
    expect(localTypoAsked).toBe(1);
    const checks = asked.filter((m) => m.type === 'check');
    expect(checks.map((m) => m.type === 'check' && [...m.families].sort())).toEqual([[...FAMILY_WORKER_FAMILIES].sort()]);
  });

  it('re-checks an edited draft with the same result as a fresh engine', async () => {
    const { here } = split();
    const engine = new CheckEngine();
    await here.check(engine, DRAFT, options, withLexicon);
    const edited = DRAFT.replace('自筹300万元', '自筹400万元');
    expect(await here.check(engine, edited, options, withLexicon)).toEqual(alone(edited));
  });

  it('answers an overtaken check with nothing and the newest with its findings', async () => {
    const { here } = split();
    const edited = `${DRAFT}\n茶园今年又添了新品种。`;
    const older = here.check(new CheckEngine(), DRAFT, options, withLexicon);
    const newer = here.check(new CheckEngine(), edited, options, withLexicon);
    expect(await older).toBeUndefined();
    expect(await newer).toEqual(alone(edited));
  });

  it('checks the family worker’s share here when it fails, and asks it nothing more', async () => {
    const { here, asked } = split((message, reply) => {
      if (message.type === 'check') reply({ type: 'failed', id: message.id, reason: 'out of memory' });
    });
    expect(await here.check(new CheckEngine(), DRAFT, options, withLexicon)).toEqual(alone());
    expect(here.usable).toBe(false);
    expect(await here.check(new CheckEngine(), DRAFT, options, withLexicon)).toEqual(alone());
    expect(asked.filter((m) => m.type === 'check')).toHaveLength(1);
  });

  it('checks the share here when the family worker is lost while it checks', async () => {
    const { here } = split(() => undefined);
    const run = here.check(new CheckEngine(), DRAFT, options, withLexicon);
    setTimeout(() => here.lose('the family worker stopped'), 10);
    expect(await run).toEqual(alone());
    expect(here.usable).toBe(false);
  });

  it('passes on that the typo data arrived late', async () => {
    const { checks, typoLoaded } = split();
    checks!.typoLoaded();
    await expect.poll(typoLoaded).toBe(1);
  });
});
