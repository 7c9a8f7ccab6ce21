import type { FamilyDescriptor } from '../familyDescriptor';

export const gazetteerFamily = {
  id: 'gazetteer',
  hue: 170,
  label: 'app.family.gazetteer',
  facts: true,
  rules: [
    { id: 'gazetteer.unknown-town', severity: 'error', messages: ['gazetteer.unknownTown'], fixable: true, doc: 'A town the official divisions do not place in the county the draft names.' },
    { id: 'gazetteer.unknown-county', severity: 'error', messages: ['gazetteer.unknownCounty'], fixable: true, doc: 'A city or county no division is called, one sound-alike character off one.' },
    { id: 'gazetteer.renamed-town', severity: 'info', messages: ['gazetteer.renamedTown'], fixable: false, doc: 'A town under a name it no longer has.' },
  ],
  fixture: '记者来到会宁县杨集镇采访。',
} as const satisfies FamilyDescriptor<'gazetteer'>;
