import type { ReactNode } from 'react';
import type { ClaimType } from '../../../core/claims/claim';
import type { Lang } from '../../../core/i18n/lang';
import { t } from '../../../core/i18n/messages';
import type { ReviewItem } from '../../../core/review/review';
import { sentenceAround } from '../../../core/text/sentenceAround';
import './claims.css';

/**
 * One row of the claims checklist: one distinct claim, how often the draft states it, and the
 * sentence of its first occurrence with the claim highlighted, so it can be judged in place.
 */
export function ClaimRow({ item, text, lang, selected, onSelect, controls }: { item: ReviewItem; text: string; lang: Lang; selected: boolean; onSelect(id: string): void; controls(item: ReviewItem): ReactNode }) {
  const type = item.rule.slice('claim.'.length) as ClaimType;
  const occurrences = item.occurrences ?? 1;
  const sentence = sentenceAround(text, item.anchor.offset, item.anchor.offset + item.anchor.text.length);
  return (
    <li className="jk-finding jk-claim" role="option" aria-selected={selected} data-testid="claim-item" data-claim-type={type} data-occurrences={occurrences} onClick={() => onSelect(item.id)}>
      <div className="jk-finding-body">
        <div className="jk-finding-meta">
          <span className="jk-claim-type">{t(lang, `review.claim.${type}`)}</span>
          <span className="jk-finding-text">{item.message}</span>
          {occurrences > 1 && (
            <span className="jk-claim-count" data-testid="claim-occurrences" title={t(lang, 'review.ui.claimOccurrencesTitle', { count: occurrences })}>
              {t(lang, 'review.ui.claimOccurrences', { count: occurrences })}
            </span>
          )}
        </div>
        <p className="jk-claim-sentence" data-testid="claim-sentence">
          {sentence.before}
          <mark>{sentence.span}</mark>
          {sentence.after}
        </p>
        {controls(item)}
      </div>
    </li>
  );
}
