import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runChecks, type CheckOptions } from '../../../src/core/checkEngine';
import { parseStyleFile } from '../../../src/core/checks/style/parseStyleFile';
import { compileStyleRules } from '../../../src/core/checks/style/styleRules';
import { familyOf } from '../../../src/core/finding';
import { loadTypoLexicon } from '../../../src/node/loadTypoLexicon';
import { SHARED_FAMILIES, HERE_FAMILIES, ParallelChecks } from '../../../src/node/parallelChecks';
import { CheckProcess } from '../../../src/node/checkProcess';
import type { CheckReply, CheckRequest } from '../../../src/node/checkWorkerMessages';
import { takeFamily } from '../../../src/node/sharedFamilies';
import { prestartCheckWorker, startCheckWorker } from '../../../src/node/checkWorkerStart';
import { testGazetteer } from '../../fixtures/entities/testGazetteer';
import { DRAFT_WITH_SLIPS } from '../../fixtures/drafts/draftWithSlips';
import { buildTypoData } from '../../../scripts/buildTypoData';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const DRAFT = DRAFT_WITH_SLIPS;

let options: CheckOptions;
beforeAll(async () => {
  buildTypoData();
  const style = compileStyleRules({ files: [parseStyleFile('[忽略]\n徐吻县\n', 'house.txt')], builtin: true });
  const source = { name: 'pressRelease.txt', text: readFileSync(join(FIXTURES, 'sources', 'pressRelease.txt'), 'utf8') };
  options = { lang: 'zh', gazetteer: await testGazetteer(), typoLexicon: await loadTypoLexicon(), fallbackDate: { year: 2024, month: 3, day: 1 }, style, sources: [source] };
}, 60_000);

/** Checks that split any draft at least `fromChars` long, prepared or not, counting the check processes they start. */
function counting(fromChars = 0, startWorker: () => CheckProcess = startCheckWorker): { checks: ParallelChecks; started: () => number } {
  let started = 0;
  const checks = new ParallelChecks({ prepared: fromChars, cold: fromChars }, () => (started++, startWorker()));
  return { checks, started: () => started };
}

describe('checks split over two processes', () => {
  it('report what one process reports, in its order and with its ids, with most families checked in the check process', async () => {
    const alone = runChecks(DRAFT, options);
    const families = new Set(alone.map((f) => familyOf(f.rule)));
    // The fixture must give the check process's families something to find, and the style file must have dropped something of theirs.
    expect([...families]).toEqual(expect.arrayContaining(['consistency', 'gazetteer', 'source', 'arithmetic']));
    expect(runChecks(DRAFT, { ...options, style: compileStyleRules({ files: [], builtin: true }) }).length).toBeGreaterThan(alone.length);
    const { checks, started } = counting();
    expect(await checks.run(DRAFT, options)).toEqual(alone);
    expect(started()).toBe(1);
    // The check process, kept, serves the next draft.
    const next = `${DRAFT}\n茶园今年又添了新品种。`;
    expect(await checks.run(next, options)).toEqual(runChecks(next, options));
    expect(started()).toBe(1);
  }, 60_000);

  it('check a short draft in one process', async () => {
    const { checks, started } = counting(DRAFT.length + 1);
    expect(await checks.run(DRAFT, options)).toEqual(runChecks(DRAFT, options));
    expect(started()).toBe(0);
  });

  it('still report everything when the check process dies, checking its families here', async () => {
    const { checks, started } = counting(0, () => new CheckProcess('process.exit(3)'));
    expect(await checks.run(DRAFT, options)).toEqual(runChecks(DRAFT, options));
    // A dead check process is not kept: the next draft gets a new one.
    expect(await checks.run(DRAFT, options)).toEqual(runChecks(DRAFT, options));
    expect(started()).toBe(2);
  });

  it('split a shorter draft only when the check process was started ahead of it', async () => {
    // A stand-in check process that finds nothing: a split check then lacks the findings of the families sent to it.
    const findsNothing = () => new CheckProcess("process.on('message', () => process.send({ ok: true, findings: [] }))");
    const alone = runChecks(DRAFT, options);
    const checks = new ParallelChecks({ prepared: DRAFT.length, cold: DRAFT.length + 1 }, findsNothing);
    expect(await checks.run(DRAFT, options)).toEqual(alone);
    checks.prepare();
    const split = await checks.run(DRAFT, options);
    expect(split.length).toBeLessThan(alone.length);
    // The stand-in took none of the shared families: they ran here.
    expect(split).toEqual(runChecks(DRAFT, { ...options, families: [...HERE_FAMILIES, ...SHARED_FAMILIES] }));
  }, 60_000);

  it('leave a shared family to the check process that took it first, and run it here when that process fails', async () => {
    expect(runChecks(DRAFT, { ...options, families: ['date'] }).length).toBeGreaterThan(0);
    // A stand-in that takes dates as soon as it is asked (before the families here are done) and finds nothing.
    const takesDates = (reply: () => Promise<CheckReply>) => (): CheckProcess =>
      ({
        ref: () => undefined,
        unref: () => undefined,
        stop: () => undefined,
        post: (request: CheckRequest) => {
          expect(takeFamily(request.shared!, 'date')).toBe(true);
          return { sent: Promise.resolve(), reply: reply() };
        },
      }) as unknown as CheckProcess;
    const replies = new ParallelChecks({ prepared: 0, cold: 0 }, takesDates(async () => ({ ok: true, findings: [], taken: ['date'] })));
    expect(await replies.run(DRAFT, options)).toEqual(runChecks(DRAFT, { ...options, families: [...HERE_FAMILIES, ...SHARED_FAMILIES.filter((f) => f !== 'date')] }));
    const fails = new ParallelChecks({ prepared: 0, cold: 0 }, takesDates(() => Promise.reject(new Error('the check process ended'))));
    expect(await fails.run(DRAFT, options)).toEqual(runChecks(DRAFT, options));
  }, 60_000);

  it('check two drafts at once in two check processes, and keep one for the next', async () => {
    const { checks, started } = counting();
    const other = `${DRAFT}\n茶园今年又添了新品种。`;
    expect(await Promise.all([checks.run(DRAFT, options), checks.run(other, options)])).toEqual([runChecks(DRAFT, options), runChecks(other, options)]);
    expect(started()).toBe(2);
    expect(await checks.run(DRAFT, options)).toEqual(runChecks(DRAFT, options));
    expect(started()).toBe(2);
  }, 60_000);

  it('keep only the families asked for', async () => {
    const families = ['gazetteer', 'arithmetic'] as const;
    const found = await counting().checks.run(DRAFT, { ...options, families });
    expect(found.length).toBeGreaterThan(0);
    expect(found).toEqual(runChecks(DRAFT, { ...options, families }));
  });

  it('check in the check process the launcher started, and start none of their own', async () => {
    prestartCheckWorker();
    // Asked twice (a command line naming two long drafts): still one check process.
    prestartCheckWorker();
    const { checks, started } = counting();
    checks.prepare();
    expect(await checks.run(DRAFT, options)).toEqual(runChecks(DRAFT, options));
    expect(started()).toBe(0);
    // Taken once: the next checks start their own.
    const next = counting();
    next.checks.prepare();
    expect(next.started()).toBe(1);
  });
});
