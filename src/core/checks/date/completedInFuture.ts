import { compareDates } from '../../dates/calendar';
import type { CalendarDate } from '../../dates/calendarDate';
import type { DateMention } from '../../dates/dateMention';
import { t } from '../../i18n/messages';
import type { CheckContext, RawFinding } from '../check';

/**
 * Words that report something as done, in the date's own clause. A bare 竣工 or 完成 is not enough:
 * 今年5月竣工 is how a plan is usually written.
 */
const COMPLETED = /已经|已|(?:完成|建成|竣工|完工|投产|通车|落成|开通|举行|举办|召开|实现)了|顺利完成|圆满完成/;
/** Words that put it in the future or a plan, where a later date is expected. */
const PLANNED = /将|计划|预计|拟|有望|争取|力争|预期|确保|目标|要|前|之前|以前|以内|期间|截至|到期|届时|开始|启动|起/;
const CLAUSE_BEFORE = /[^，,。；;！？!?]*$/;
const CLAUSE_AFTER = /^[^，,。；;！？!?]*/;

/**
 * 今年8月已完成 in a draft dated July: a completed event in a month still to come. Only dates whose
 * year is tied to the dateline (今年, or the dateline's year written out) are judged.
 */
export function completedInFuture(paragraph: string, d: DateMention, dateline: CalendarDate | undefined, ctx: CheckContext): RawFinding | null {
  if (!dateline || d.month === undefined || d.month < 1 || d.month > 12) return null;
  const year = d.relativeYear === 'this' ? dateline.year : d.relativeYear === null ? d.year : undefined;
  if (year === undefined || year < dateline.year) return null;
  const date = { year, month: d.month, day: d.day ?? 31 };
  const after = d.day === undefined ? year > dateline.year || d.month > dateline.month : compareDates(date, dateline) > 0;
  if (!after) return null;
  const before = CLAUSE_BEFORE.exec(paragraph.slice(Math.max(0, d.start - 20), d.start))![0];
  const following = CLAUSE_AFTER.exec(paragraph.slice(d.end, d.end + 30))![0];
  if (!COMPLETED.test(following) || PLANNED.test(before) || PLANNED.test(following)) return null;
  const datelineText = `${dateline.year}年${dateline.month}月${dateline.day}日`;
  return {
    rule: 'date.after-dateline',
    severity: 'warning',
    message: t(ctx.lang, 'date.afterDateline', { date: paragraph.slice(d.start, d.end), dateline: datelineText }),
    spans: [{ start: d.start, end: d.end }],
    evidence: { of: 'details', dateline: datelineText },
  };
}
