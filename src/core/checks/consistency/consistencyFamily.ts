import type { FamilyDescriptor } from '../familyDescriptor';

export const consistencyFamily = {
  id: 'consistency',
  hue: 275,
  label: 'app.family.consistency',
  facts: true,
  rules: [
    { id: 'consistency.place', severity: 'warning', messages: ['consistency.variants', 'consistency.kind.place'], fixable: true, doc: 'One place written two ways in the draft.' },
    { id: 'consistency.org', severity: 'warning', messages: ['consistency.variants', 'consistency.kind.org'], fixable: true, doc: 'One organisation written two ways in the draft.' },
    { id: 'consistency.person', severity: 'warning', messages: ['consistency.variants', 'consistency.kind.person'], fixable: true, doc: 'One person written two ways in the draft.' },
    { id: 'consistency.latin', severity: 'warning', messages: ['consistency.variants', 'consistency.kind.latin'], fixable: true, doc: 'One Latin-script name written two ways in the draft.' },
    { id: 'consistency.department', severity: 'warning', messages: ['consistency.department', 'consistency.departmentShort'], fixable: true, doc: 'A government department not called by its standard name, or its short name mistyped.' },
  ],
  fixture: '云南嘉禾菌业有限公司负责收购。\n楚雄嘉和菌业有限公司的仓库在城东。',
} as const satisfies FamilyDescriptor<'consistency'>;
