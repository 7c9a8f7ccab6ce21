import { beforeAll, expect, it } from 'vitest';
import { runChecks } from '../../../../src/core/checkEngine';
import type { Finding } from '../../../../src/core/finding';
import type { Gazetteer } from '../../../../src/core/gazetteer/gazetteer';
import { MEASURED_DRAFTS } from '../../../fixtures/entities/measuredDrafts';
import { testGazetteer } from '../../../fixtures/entities/testGazetteer';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await testGazetteer();
});

/** A finding hits a planted item when the rule matches and its spans cover exactly the planted forms. */
function hits(finding: Finding, planted: { rule: string; forms: string[] }): boolean {
  const forms = [...new Set(finding.spans.map((s) => s.text))].sort();
  return finding.rule === planted.rule && JSON.stringify(forms) === JSON.stringify([...planted.forms].sort());
}

it('measures recall of planted variants and false positives on the team drafts', () => {
  let planted = 0;
  let found = 0;
  const falsePositives: string[] = [];
  for (const draft of MEASURED_DRAFTS) {
    const findings = runChecks(draft.text, { lang: 'zh', gazetteer, families: ['consistency', 'gazetteer'] });
    planted += draft.planted.length;
    found += draft.planted.filter((p) => findings.some((f) => hits(f, p))).length;
    for (const f of findings) {
      if (!draft.planted.some((p) => hits(f, p))) falsePositives.push(`${draft.name}: ${f.rule} ${f.spans.map((s) => s.text).join('/')}`);
    }
  }
  const recall = found / planted;
  console.info(`entities: recall ${found}/${planted} = ${recall.toFixed(2)}, false positives ${falsePositives.length}`, falsePositives);
  expect(recall).toBeGreaterThanOrEqual(0.9);
  expect(falsePositives).toEqual([]);
});
