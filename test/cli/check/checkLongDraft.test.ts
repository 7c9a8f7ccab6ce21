import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/core/checkEngine';
import { pageChrome } from '../../../src/core/chrome/pageChrome';
import { defaultStyleRules } from '../../../src/core/checks/style/styleRules';
import { todayCalendarDate } from '../../../src/core/dates/todayCalendarDate';
import { familyOf, type Finding } from '../../../src/core/finding';
import { PREPARE_FROM_BYTES, SPLIT_FROM_CHARS } from '../../../src/node/checkWorkerStart';
import { loadTypoLexicon } from '../../../src/node/loadTypoLexicon';
import { testGazetteer } from '../../fixtures/entities/testGazetteer';
import { buildTypoData } from '../../../scripts/buildTypoData';
import { runCliCaptured } from '../badInput/runCliCaptured';

/**
 * Paragraphs of a county report long enough for the CLI to start its check process before reading
 * it and to split its check, each numbered so none repeats, with slips for the entity families and the others.
 */
function longDraft(): string {
  const paragraphs = ['青石县秋收工作简报'];
  const longEnough = (text: string) => Buffer.byteLength(text) >= PREPARE_FROM_BYTES + 1000 && text.length >= SPLIT_FROM_CHARS.prepared + 1000;
  for (let n = 1; !longEnough(paragraphs.join('\n')); n++) {
    paragraphs.push(
      `第${n}片区的种植户从会宁县韩集镇运来秋菜${n * 7}吨，其中白菜${n * 3}吨、萝卜${n * 4}吨，全部进入冷库,分拣后发往外省。`,
      `会宁县韩家集镇的干部介绍，片区今年新建大棚${n + 20}座，带动农户${n * 11}户，户均增收${n + 3}千元。`,
    );
  }
  return paragraphs.join('\n');
}

let dir: string;
let path: string;
let text: string;
beforeAll(async () => {
  buildTypoData();
  dir = await mkdtemp(join(tmpdir(), 'jiaokan-check-long-'));
  path = join(dir, 'report.txt');
  text = longDraft();
  await writeFile(path, text);
}, 60_000);
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('jiaokan check on a draft long enough to be split over two processes', () => {
  it('reports exactly what one process finds', async () => {
    const run = await runCliCaptured(['check', path, '--format', 'json']);
    const [report] = JSON.parse(run.stdout) as { findings: Finding[] }[];
    const expected = runChecks(text, {
      lang: 'en',
      gazetteer: await testGazetteer(),
      typoLexicon: await loadTypoLexicon(),
      fallbackDate: todayCalendarDate(),
      style: defaultStyleRules(),
      sources: [],
      exclude: pageChrome(text),
    });
    expect(new Set(expected.map((f) => familyOf(f.rule)))).toEqual(new Set(['consistency', 'punctuation']));
    expect(report!.findings).toEqual(JSON.parse(JSON.stringify(expected)));
  }, 60_000);
});
