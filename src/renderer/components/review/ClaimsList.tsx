import { useCallback, useRef, useState, type ReactNode } from 'react';
import { MAX_CHECKLIST_CLAIMS } from '../../../core/claims/checklistLimit';
import type { Lang } from '../../../core/i18n/lang';
import { t } from '../../../core/i18n/messages';
import type { Review, ReviewItem } from '../../../core/review/review';
import { effectiveVerdict } from '../../../core/review/dismissRule';
import { sentenceAround } from '../../../core/text/sentenceAround';
import { ClaimRow } from './ClaimRow';

/**
 * Rows rendered at first, and added per click: a compilation of a megabyte has thousands of
 * claims, all extracted and counted, but drawing them all at once would stall the window.
 */
const CLAIM_ROWS_PER_PAGE = 300;

interface Props {
  review: Review | null;
  claims: readonly ReviewItem[];
  currentId: string | null;
  lang: Lang;
  onSelect(id: string): void;
  controls(item: ReviewItem): ReactNode;
  /** The claims set apart (orphaned, no longer reported), below the list. */
  footer: ReactNode;
}

/** The claims checklist tab: one row per distinct claim, in the order of first occurrence. */
export function ClaimsList({ review, claims, currentId, lang, onSelect, controls, footer }: Props) {
  const [pages, setPages] = useState(1);
  // One function for every render (the panel's changes with each review), so unchanged rows are not drawn again.
  const latestSelect = useRef(onSelect);
  latestSelect.current = onSelect;
  const select = useCallback((id: string) => latestSelect.current(id), []);
  // The current item (J/K, a click in the text) is always drawn, however far down it is.
  const currentAt = currentId === null ? -1 : claims.findIndex((c) => c.id === currentId);
  const shown = Math.max(pages * CLAIM_ROWS_PER_PAGE, currentAt + 1);
  const hidden = claims.length - shown;
  const listed = review?.items.filter((i) => i.kind === 'claim' && i.reported).length ?? 0;
  return (
    <div className="jk-panel-scroll" data-testid="claims-list">
      {listed >= MAX_CHECKLIST_CLAIMS && (
        <p className="jk-review-hint" data-testid="claims-limited">
          {t(lang, 'review.ui.claimsLimited', { max: MAX_CHECKLIST_CLAIMS })}
        </p>
      )}
      {claims.length === 0 && <p className="jk-panel-empty">{t(lang, review && review.items.some((i) => i.kind === 'claim') ? 'review.ui.emptyFiltered' : 'review.ui.claimsEmpty')}</p>}
      <ul className="jk-group-list" role="listbox" aria-label={t(lang, 'review.ui.tabClaims')}>
        {claims.slice(0, shown).map((item) => {
          const selected = item.id === currentId;
          const sentence = sentenceAround(review?.text ?? '', item.anchor.offset, item.anchor.offset + item.anchor.text.length);
          return (
            <ClaimRow
              key={item.id}
              id={item.id}
              rule={item.rule}
              message={item.message}
              occurrences={item.occurrences ?? 1}
              before={sentence.before}
              span={sentence.span}
              after={sentence.after}
              lang={lang}
              selected={selected}
              onSelect={select}
              verdict={review ? effectiveVerdict(review, item) : item.verdict}
              reason={item.reason}
              changedSinceVerified={item.changedSinceVerified}
              note={item.note}
              controls={selected ? controls(item) : null}
            />
          );
        })}
      </ul>
      {hidden > 0 && (
        <button type="button" className="jk-link-button jk-claims-more" data-testid="claims-more" onClick={() => setPages(Math.ceil(shown / CLAIM_ROWS_PER_PAGE) + 1)}>
          {t(lang, 'review.ui.claimsMore', { count: Math.min(hidden, CLAIM_ROWS_PER_PAGE), total: claims.length })}
        </button>
      )}
      {footer}
    </div>
  );
}
