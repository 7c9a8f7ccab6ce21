import type { FamilyDescriptor } from '../familyDescriptor';

export const arithmeticFamily = {
  id: 'arithmetic',
  hue: 28,
  label: 'app.family.arithmetic',
  facts: true,
  rules: [
    { id: 'arithmetic.share', severity: 'error', messages: ['arithmetic.share'], fixable: false, doc: 'A stated share that its part and whole do not give.' },
    { id: 'arithmetic.implied-total', severity: 'info', messages: ['arithmetic.impliedTotal'], fixable: false, doc: 'The total a part and its share imply, for checking by hand.' },
    { id: 'arithmetic.part-exceeds-whole', severity: 'error', messages: ['arithmetic.partExceedsWhole'], fixable: false, doc: 'A part larger than the whole it belongs to.' },
    { id: 'arithmetic.sum', severity: 'error', messages: ['arithmetic.sum'], fixable: false, doc: 'Listed parts that do not add up to the stated total.' },
    { id: 'arithmetic.shares-over-100', severity: 'warning', messages: ['arithmetic.sharesOver100'], fixable: false, doc: 'Shares of one whole that add up to more than 100%.' },
    { id: 'arithmetic.shares-under-100', severity: 'warning', messages: ['arithmetic.sharesUnder100'], fixable: false, doc: 'Shares said to cover a whole that add up to less than 100%.' },
    { id: 'arithmetic.change-rate', severity: 'error', messages: ['arithmetic.changeRate'], fixable: false, doc: 'A growth or fall rate its two amounts do not give.' },
    { id: 'arithmetic.percentage-point', severity: 'warning', messages: ['arithmetic.percentagePoint'], fixable: false, doc: 'A change between two percentages given in % instead of percentage points.' },
    { id: 'arithmetic.multiple', severity: 'error', messages: ['arithmetic.multiple'], fixable: false, doc: 'A multiple (翻番, 增长两倍) its two amounts do not give.' },
    { id: 'arithmetic.restated', severity: 'error', messages: ['arithmetic.restated'], fixable: false, doc: 'One quantity stated twice with two values.' },
  ],
  fixture: '总投资1000万元，其中财政资金300万元，占比50%。',
} as const satisfies FamilyDescriptor<'arithmetic'>;
