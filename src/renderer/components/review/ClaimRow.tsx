import { memo, type ReactNode } from 'react';
import type { ClaimType } from '../../../core/claims/claim';
import type { Lang } from '../../../core/i18n/lang';
import { t } from '../../../core/i18n/messages';
import type { ReviewItem, Verdict } from '../../../core/review/review';
import { ReviewItemSummary } from './ReviewItemSummary';
import './claims.css';

interface Props {
  id: string;
  rule: string;
  message: string;
  occurrences: number;
  /** The sentence of the claim's first occurrence (sentenceAround): before the claim, the claim, after it. */
  before: string;
  span: string;
  after: string;
  lang: Lang;
  selected: boolean;
  /** Stays the same function from render to render, so an unchanged row is not drawn again. */
  onSelect(id: string): void;
  verdict: Verdict;
  reason: ReviewItem['reason'];
  changedSinceVerified: ReviewItem['changedSinceVerified'];
  note: ReviewItem['note'];
  /** The current item's verdict controls (null for the other rows, which show their summary). */
  controls: ReactNode;
}

/**
 * One row of the claims checklist: one distinct claim, how often the draft states it, and the
 * sentence of its first occurrence with the claim highlighted, so it can be judged in place.
 * Drawn from plain values only (memo compares them one by one): a re-check moves every claim after
 * an edit, but a row whose text, sentence and verdict are as they were is not drawn again (hundreds
 * of rows at each keystroke). The current row's controls are a new element at every render, so it
 * always is.
 */
export const ClaimRow = memo(function ClaimRow(props: Props) {
  const { id, rule, message, occurrences, before, span, after, lang, selected, onSelect } = props;
  const type = rule.slice('claim.'.length) as ClaimType;
  return (
    <li className="jk-finding jk-claim" role="option" aria-selected={selected} data-testid="claim-item" data-claim-type={type} data-occurrences={occurrences} onClick={() => onSelect(id)}>
      <div className="jk-finding-body">
        <div className="jk-finding-meta">
          <span className="jk-claim-type">{t(lang, `review.claim.${type}`)}</span>
          <span className="jk-finding-text">{message}</span>
          {occurrences > 1 && (
            <span className="jk-claim-count" data-testid="claim-occurrences" title={t(lang, 'review.ui.claimOccurrencesTitle', { count: occurrences })}>
              {t(lang, 'review.ui.claimOccurrences', { count: occurrences })}
            </span>
          )}
        </div>
        <p className="jk-claim-sentence" data-testid="claim-sentence">
          {before}
          <mark>{span}</mark>
          {after}
        </p>
        {selected ? props.controls : <ReviewItemSummary itemId={id} verdict={props.verdict} reason={props.reason} changedSinceVerified={props.changedSinceVerified} note={props.note} lang={lang} />}
      </div>
    </li>
  );
});
