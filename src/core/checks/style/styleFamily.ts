import type { FamilyDescriptor } from '../familyDescriptor';

export const styleFamily = {
  id: 'style',
  hue: 300,
  label: 'app.family.style',
  facts: false,
  rules: [{ id: 'style.term', severity: 'warning', messages: ['style.term', 'style.termNoSuggestion', 'style.note'], fixable: true, doc: 'A term the house style list forbids or writes another way.' }],
  fixture: '他是一名残废人。',
} as const satisfies FamilyDescriptor<'style'>;
