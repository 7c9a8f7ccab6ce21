import { familyLabel } from '../../../core/checks/families';
import { CLAIM_TYPES } from '../../../core/claims/claim';
import { FAMILIES } from '../../../core/finding';
import type { Lang } from '../../../core/i18n/lang';
import { t } from '../../../core/i18n/messages';
import { VERDICTS } from '../../../core/review/review';
import type { ReviewFilter } from '../../review/reviewLists';

const SEVERITIES = ['error', 'warning', 'info'] as const;

function Choice<T extends string>(props: { testId: string; label: string; value: T | 'all'; options: readonly T[]; optionLabel(value: T): string; lang: Lang; onChange(value: T | 'all'): void }) {
  return (
    <label className="jk-review-filter">
      <span>{props.label}</span>
      <select data-testid={props.testId} value={props.value} onChange={(e) => props.onChange(e.target.value as T | 'all')}>
        <option value="all">{t(props.lang, 'review.ui.filterAll')}</option>
        {props.options.map((o) => (
          <option key={o} value={o}>
            {props.optionLabel(o)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Family and severity on the findings tab, claim type on the checklist; verdict on both. */
export function ReviewFilters({ tab, filter, lang, onChange }: { tab: 'findings' | 'claims'; filter: ReviewFilter; lang: Lang; onChange(filter: ReviewFilter): void }) {
  return (
    <div className="jk-review-filters">
      {tab === 'findings' ? (
        <>
          <Choice testId="review-filter-family" label={t(lang, 'review.ui.filterFamily')} value={filter.family} options={FAMILIES} optionLabel={(f) => t(lang, familyLabel(f))} lang={lang} onChange={(family) => onChange({ ...filter, family })} />
          <Choice testId="review-filter-severity" label={t(lang, 'review.ui.filterSeverity')} value={filter.severity} options={SEVERITIES} optionLabel={(s) => t(lang, `app.severity.${s}`)} lang={lang} onChange={(severity) => onChange({ ...filter, severity })} />
        </>
      ) : (
        <Choice testId="review-filter-claim-type" label={t(lang, 'review.ui.filterFamily')} value={filter.claimType} options={CLAIM_TYPES} optionLabel={(c) => t(lang, `review.claim.${c}`)} lang={lang} onChange={(claimType) => onChange({ ...filter, claimType })} />
      )}
      <Choice testId="review-filter-verdict" label={t(lang, 'review.ui.filterVerdict')} value={filter.verdict} options={VERDICTS} optionLabel={(v) => t(lang, `review.verdict.${v}`)} lang={lang} onChange={(verdict) => onChange({ ...filter, verdict })} />
    </div>
  );
}
