import type { FamilyDescriptor } from '../familyDescriptor';

export const punctuationFamily = {
  id: 'punctuation',
  hue: 210,
  label: 'app.family.punctuation',
  facts: false,
  rules: [
    {
      id: 'punctuation.half-width',
      severity: 'warning',
      messages: ['punctuation.halfWidth', 'punctuation.halfWidthDot', 'punctuation.name.comma', 'punctuation.name.semicolon', 'punctuation.name.colon', 'punctuation.name.question', 'punctuation.name.exclamation', 'punctuation.name.period', 'punctuation.name.parenLeft', 'punctuation.name.parenRight', 'punctuation.name.marks'],
      fixable: true,
      doc: 'A half-width mark (, . ; : ? ! ( )) in Chinese text (GB/T 15834).',
    },
    { id: 'punctuation.unpaired', severity: 'warning', messages: ['punctuation.unclosed', 'punctuation.unopened', 'punctuation.quoteReopened'], fixable: false, doc: 'A quote or bracket without its other half in the paragraph.' },
    { id: 'punctuation.straight-quote', severity: 'warning', messages: ['punctuation.straightQuote', 'punctuation.straightQuoteUnpaired'], fixable: true, doc: 'Straight quotes " \' in Chinese text instead of curly ones.' },
    { id: 'punctuation.mixed-quotes', severity: 'warning', messages: ['punctuation.mixedQuotes'], fixable: true, doc: 'Corner brackets 「」 in a paragraph that quotes with “”.' },
    { id: 'punctuation.ellipsis', severity: 'warning', messages: ['punctuation.ellipsis'], fixable: true, doc: 'An ellipsis other than the six dots ……' },
    { id: 'punctuation.dash', severity: 'warning', messages: ['punctuation.dash'], fixable: true, doc: 'Hyphens -- typed for the Chinese dash ——.' },
  ],
  fixture: '盛夏时节,走进车间。',
} as const satisfies FamilyDescriptor<'punctuation'>;
