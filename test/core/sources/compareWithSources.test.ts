import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../src/core/checkEngine';
import type { Finding } from '../../../src/core/finding';
import type { SourceText } from '../../../src/core/sources/sourceText';

const fixtures = join(__dirname, '../../fixtures/sources');
const release: SourceText = { name: 'pressRelease.txt', text: readFileSync(join(fixtures, 'pressRelease.txt'), 'utf8') };

function sourceFindings(draft: string, sources: SourceText[] = [release]): Finding[] {
  return runChecks(draft, { lang: 'zh', families: ['source'], sources });
}

describe('the draft against its sources', () => {
  it('finds each changed number, name and date and the altered quotation, and nothing else, in a rewritten draft', () => {
    const draft = readFileSync(join(fixtures, 'draftFromRelease.txt'), 'utf8');
    const found = sourceFindings(draft).map((f) => [f.rule, f.spans[0]!.text, f.suggestion?.replacement]);
    expect(found).toEqual([
      ['source.date-differs', '2023年9月21日', '2023年9月12日'],
      ['source.name-differs', '罗文斌', '罗文彬'],
      ['source.number-differs', '2300亩', '3200亩'],
      ['source.number-differs', '7.53亿元', '7.35亿元'],
      ['source.number-differs', '680吨', '860吨'],
      ['source.number-differs', '1.8万元', '1.3万元'],
      ['source.quote-altered', '我们要把品牌建设放在首要位置，让每一片茶叶都卖出好价钱。', undefined],
      ['source.name-differs', '宋玉眉', '宋玉梅'],
      ['source.unsourced', '记者在采访中还了解到，当地今年新建标准化茶叶初制所9座，总投资2800万元。', undefined],
    ]);
  });

  it('names the source sentence and file in each difference, and keeps the citation as evidence', () => {
    const draft = readFileSync(join(fixtures, 'draftFromRelease.txt'), 'utf8');
    const changed = sourceFindings(draft).find((f) => f.spans[0]!.text === '680吨')!;
    expect(changed.severity).toBe('error');
    expect(changed.message).toContain('pressRelease.txt');
    expect(changed.message).toContain('收购鲜叶860吨');
    const evidence = changed.evidence;
    expect(evidence).toMatchObject({ of: 'source', sourceFile: 'pressRelease.txt', sourceText: '860吨' });
    if (evidence?.of !== 'source') throw new Error('no citation');
    expect(release.text.slice(evidence.sourceStart, evidence.sourceEnd)).toBe('860吨');
  });

  it('is silent on a draft that states only what the source states', () => {
    expect(sourceFindings(release.text)).toEqual([]);
  });

  it('is silent when the draft rounds or converts a number the source states', () => {
    const source: SourceText = { name: 's.txt', text: '全县完成投资39270000元，占全年计划的70.25%，同比增长8.4%。' };
    const draft = '全县完成投资3927万元，占全年计划的70.3%，同比增长8.4%。';
    expect(sourceFindings(draft, [source])).toEqual([]);
  });

  it('is silent on a sentence reworded around the same facts', () => {
    const source: SourceText = { name: 's.txt', text: '截至6月底，该镇已建成蔬菜大棚320座，带动就业1150人，其中脱贫人口430人。' };
    const draft = '截至6月底，该镇建成的蔬菜大棚已有320座，共带动1150人就业，其中包括脱贫人口430人。';
    expect(sourceFindings(draft, [source])).toEqual([]);
  });

  it('finds a quotation word for word across a line break in the source, and reports none', () => {
    const source: SourceText = { name: 's.txt', text: '她说：“只要肯下功夫，\n荒坡也能变成聚宝盆。”' };
    const draft = '她说：“只要肯下功夫，荒坡也能变成聚宝盆。”';
    expect(sourceFindings(draft, [source]).filter((f) => f.rule === 'source.quote-altered')).toEqual([]);
  });

  it('reports what an unsourced sentence states, as info', () => {
    const draft = '此外，项目二期计划于明年3月动工，预计投资1.6亿元。';
    const [unsourced] = sourceFindings(draft);
    expect(unsourced).toMatchObject({ rule: 'source.unsourced', severity: 'info' });
    expect(unsourced!.message).toContain('数字');
    expect(unsourced!.message).toContain('日期');
  });

  it('says which page of a paged source holds the sentence', () => {
    const text = '第一页只有目录。\n全市新增城镇就业5.2万人，城镇调查失业率5.1%。';
    const source: SourceText = { name: 'report.pdf', text, pageStarts: [0, text.indexOf('全市')] };
    const [changed] = sourceFindings('全市新增城镇就业2.5万人，城镇调查失业率5.1%。', [source]);
    expect(changed!.message).toContain('report.pdf第2页');
    expect(changed!.evidence).toMatchObject({ page: 2 });
  });

  it('is silent without sources', () => {
    expect(sourceFindings('全市新增城镇就业2.5万人。', [])).toEqual([]);
  });
});

describe('sentences that differ only in their facts', () => {
  it('takes a date the sources state anywhere as sourced, as for numbers', () => {
    const text = '今年3月1日开工。今年3月1日开工。今年3月1日开工。今年3月2日开工。';
    expect(runChecks(text, { lang: 'zh', families: ['source'], sources: [{ name: 'same.txt', text }] })).toEqual([]);
  });
});

describe('people in sentences alike but for the name', () => {
  it('takes a name the sources state anywhere as sourced', () => {
    const text = '记者王一背报道，王一背说：“收成不错”。记者王丁背报道，王丁背说：“收成不错”。';
    expect(runChecks(text, { lang: 'zh', families: ['source'], sources: [{ name: 'same.txt', text }] })).toEqual([]);
  });
});
