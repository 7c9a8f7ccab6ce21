import type { Lang } from '../../../core/i18n/lang';
import { formatTime } from '../../../core/i18n/formatTime';
import { t } from '../../../core/i18n/messages';
import type { ReviewItem } from '../../../core/review/review';

/** Every change to the item, newest first, behind a disclosure. */
export function ReviewHistory({ item, lang }: { item: ReviewItem; lang: Lang }) {
  if (item.history.length === 0) return null;
  return (
    <details className="jk-review-history" data-testid="review-history">
      <summary>{t(lang, 'review.ui.history', { count: item.history.length })}</summary>
      <ol>
        {[...item.history].reverse().map((h) => (
          <li key={h.id}>
            {t(lang, 'review.ui.historyEntry', {
              time: formatTime(h.time, lang),
              who: h.who || t(lang, 'review.ui.anonymous'),
              from: t(lang, `review.verdict.${h.from}`),
              to: t(lang, `review.verdict.${h.to}`),
            })}
            {h.reason !== undefined && <div>{t(lang, 'review.ui.reason', { reason: h.reason })}</div>}
            {h.note !== undefined && <div className="jk-history-note">{h.note}</div>}
          </li>
        ))}
      </ol>
    </details>
  );
}
