import type { FamilyDescriptor } from '../familyDescriptor';

export const dateFamily = {
  id: 'date',
  hue: 330,
  label: 'app.family.date',
  facts: true,
  rules: [
    { id: 'date.impossible', severity: 'error', messages: ['date.impossibleMonth', 'date.impossibleDay'], fixable: false, doc: 'A month or day the calendar does not have.' },
    { id: 'date.weekday', severity: 'error', messages: ['date.weekday'], fixable: false, doc: 'A weekday that does not fall on the date beside it.' },
    { id: 'date.after-dateline', severity: 'warning', messages: ['date.afterDateline'], fixable: false, doc: 'Something told as done on a date after the dateline.' },
  ],
  fixture: '会议定于2024年2月30日召开。',
} as const satisfies FamilyDescriptor<'date'>;
