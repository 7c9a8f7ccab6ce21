import type { FamilyDescriptor } from '../familyDescriptor';

export const sourceFamily = {
  id: 'source',
  hue: 60,
  label: 'app.family.source',
  facts: true,
  rules: [
    { id: 'source.number-differs', severity: 'error', messages: ['source.numberDiffers'], fixable: true, doc: 'A number that differs from the source document.' },
    { id: 'source.name-differs', severity: 'error', messages: ['source.nameDiffers'], fixable: true, doc: 'A name that differs from the source document.' },
    { id: 'source.date-differs', severity: 'error', messages: ['source.dateDiffers'], fixable: true, doc: 'A date that differs from the source document.' },
    { id: 'source.quote-altered', severity: 'error', messages: ['source.quoteAltered'], fixable: false, doc: 'A quotation that is not word for word what the source says.' },
    { id: 'source.unsourced', severity: 'info', messages: ['source.unsourced'], fixable: false, doc: 'Facts in a sentence no source document gives.' },
  ],
  fixture: '该项目总投资1200万元。',
  fixtureSource: '该项目总投资1100万元。',
} as const satisfies FamilyDescriptor<'source'>;
