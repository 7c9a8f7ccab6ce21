import type { FamilyDescriptor } from '../familyDescriptor';

export const typoFamily = {
  id: 'typo',
  hue: 0,
  label: 'app.family.typo',
  facts: false,
  rules: [
    { id: 'typo.listed', severity: 'warning', messages: ['typo.listed'], fixable: true, doc: 'A word on the team\'s list of common typos.' },
    { id: 'typo.confusable', severity: 'warning', messages: ['typo.confusable', 'typo.kind.sound', 'typo.kind.shape', 'typo.kind.soundShape'], fixable: true, doc: 'A sound- or shape-alike character where the word needs another.' },
  ],
  fixture: '大家再接再励，完成任务。',
} as const satisfies FamilyDescriptor<'typo'>;
