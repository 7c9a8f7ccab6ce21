import type { FamilyDescriptor } from '../familyDescriptor';

export const numberFamily = {
  id: 'number',
  hue: 245,
  label: 'app.family.number',
  facts: false,
  rules: [
    { id: 'number.separator-mixed', severity: 'info', messages: ['number.separatorMixed'], fixable: false, doc: 'Thousands separators used for some numbers and not others.' },
    { id: 'number.percent-mixed', severity: 'warning', messages: ['number.percentMixed'], fixable: false, doc: '% and 百分之 mixed in one draft.' },
  ],
  fixture: '今年产量增长12%，销量增长百分之十五，利润增长8%，成本下降6%。',
} as const satisfies FamilyDescriptor<'number'>;
