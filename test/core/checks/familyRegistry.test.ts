import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/core/checkEngine';
import type { FamilyDescriptor } from '../../../src/core/checks/familyDescriptor';
import { ALL_RULES, FAMILY_DESCRIPTORS } from '../../../src/core/checks/families';
import { ALL_CHECKS } from '../../../src/core/checks/registry';
import type { Gazetteer } from '../../../src/core/gazetteer/gazetteer';
import { hasMessage, t } from '../../../src/core/i18n/messages';
import { LANGS } from '../../../src/core/i18n/lang';
import type { TypoLexicon } from '../../../src/core/checks/typo/typoLexicon';
import { loadTypoLexicon } from '../../../src/node/loadTypoLexicon';
import { testGazetteer } from '../../fixtures/entities/testGazetteer';

const styles = join(__dirname, '../../../src/renderer/styles');
const themeCss = readFileSync(join(styles, 'theme.css'), 'utf8');
const appCss = readFileSync(join(styles, 'app.css'), 'utf8');

const families: readonly FamilyDescriptor[] = FAMILY_DESCRIPTORS;

/** A message that exists and reads as words in the language, not as the key shown for a missing one. */
function expectMessage(key: string): void {
  expect(hasMessage(key), key).toBe(true);
  for (const lang of LANGS) expect(t(lang, key as never).trim(), `${lang} ${key}`).not.toBe('');
}

let gazetteer: Gazetteer;
let typoLexicon: TypoLexicon | undefined;
beforeAll(async () => {
  gazetteer = await testGazetteer();
  typoLexicon = await loadTypoLexicon();
});

describe('the rule registry', () => {
  it('has one descriptor per check, in no other order than the engine knows', () => {
    expect(families.map((f) => f.id).sort()).toEqual(ALL_CHECKS.map((c) => c.id).sort());
  });

  it('spells every rule id once, as family.kebab-case', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const family of families) for (const rule of family.rules) expect(rule.id).toMatch(new RegExp(`^${family.id}\\.[a-z0-9]+(-[a-z0-9]+)*$`));
  });

  it.each(families.map((f) => [f.id, f] as const))('%s has a label in both languages, a hue, messages for each rule and a one-line doc', (_, family) => {
    expectMessage(family.label);
    expect(family.hue).toBeGreaterThanOrEqual(0);
    expect(family.hue).toBeLessThan(360);
    expect(family.rules.length).toBeGreaterThan(0);
    for (const rule of family.rules) {
      expect(rule.messages.length, rule.id).toBeGreaterThan(0);
      for (const key of rule.messages) expectMessage(key);
      expect(rule.doc, rule.id).toMatch(/^[^\n]{10,}$/);
    }
  });

  it('keeps errors for facts: no rule of a mechanical family defaults to error', () => {
    const mechanical = families.filter((f) => !f.facts);
    expect(mechanical.map((f) => f.id)).toContain('punctuation');
    for (const family of mechanical) for (const rule of family.rules) expect(rule.severity, rule.id).not.toBe('error');
  });

  it.each(families.map((f) => [f.id, f] as const))('%s: its fixture yields a finding of one of its rules', (_, family) => {
    const sources = family.fixtureSource === undefined ? undefined : [{ name: 'source.txt', text: family.fixtureSource }];
    const findings = runChecks(family.fixture, { lang: 'zh', families: [family.id as never], gazetteer, typoLexicon, sources });
    const ruleIds = new Set(family.rules.map((r) => r.id));
    expect(findings.some((f) => ruleIds.has(f.rule)), JSON.stringify(findings.map((f) => f.rule))).toBe(true);
  });

  it.each(families.map((f) => [f.id, f] as const))('%s: the stylesheets colour its marks and chips with its hue', (_, family) => {
    expect(themeCss).toContain(`--jk-fam-${family.id}: ${family.hue};`);
    expect(appCss).toContain(`.jk-family-chip[data-family="${family.id}"] { --jk-fam-hue: var(--jk-fam-${family.id}); }`);
  });
});
