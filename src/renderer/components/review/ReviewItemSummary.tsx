import { memo } from 'react';
import type { Lang } from '../../../core/i18n/lang';
import { t } from '../../../core/i18n/messages';
import type { ReviewItem, Verdict } from '../../../core/review/review';

interface Props {
  itemId: string;
  /** The verdict in force (effectiveVerdict: a dismissed rule dismisses its open items). */
  verdict: Verdict;
  reason: ReviewItem['reason'];
  changedSinceVerified: ReviewItem['changedSinceVerified'];
  note: ReviewItem['note'];
  lang: Lang;
}

/**
 * What an item that is not the current one shows under it: its verdict once it has one, the reason,
 * a change since it was verified, and the note. Only these values, so a long list re-renders an
 * item only when one of them changes, not at every re-check (see ClaimsList).
 */
export const ReviewItemSummary = memo(function ReviewItemSummary({ itemId, verdict, reason, changedSinceVerified, note, lang }: Props) {
  return (
    <div className="jk-review-summary" data-testid="review-item" data-item-id={itemId} data-verdict={verdict}>
      {verdict !== 'open' && (
        <span className="jk-verdict-badge" data-verdict={verdict}>
          {t(lang, `review.verdict.${verdict}`)}
        </span>
      )}
      {verdict === 'dismissed' && reason && <span className="jk-review-reason"> {t(lang, 'review.ui.reason', { reason })}</span>}
      {changedSinceVerified && (
        <div className="jk-review-fuzzy" data-testid="changed-since-verified">
          {t(lang, 'review.ui.changedSinceVerified', { oldText: changedSinceVerified.oldText, newText: changedSinceVerified.newText })}
        </div>
      )}
      {note && <div className="jk-review-note-preview">{note}</div>}
    </div>
  );
});
