import type { FamilyDescriptor } from '../familyDescriptor';

export const repetitionFamily = {
  id: 'repetition',
  hue: 95,
  label: 'app.family.repetition',
  facts: false,
  rules: [
    { id: 'repetition.character', severity: 'warning', messages: ['repetition.character'], fixable: true, doc: 'A character typed twice (的的).' },
    { id: 'repetition.word', severity: 'warning', messages: ['repetition.word'], fixable: true, doc: 'A word typed twice in a row.' },
    { id: 'repetition.reduplication', severity: 'info', messages: ['repetition.reduplication'], fixable: true, doc: 'A two-character word doubled, which may be intended (研究研究).' },
    { id: 'repetition.punctuation', severity: 'warning', messages: ['repetition.punctuation'], fixable: true, doc: 'A punctuation mark typed twice (，，).' },
  ],
  fixture: '这是我们的的工作。',
} as const satisfies FamilyDescriptor<'repetition'>;
