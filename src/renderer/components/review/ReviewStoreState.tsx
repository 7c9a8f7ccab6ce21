import type { Lang } from '../../../core/i18n/lang';
import { t, type MessageKey } from '../../../core/i18n/messages';
import type { ReviewStore } from '../../review/reviewSession';

const SAVE_LABEL: Record<Extract<ReviewStore, { kind: 'file' }>['save'], MessageKey> = {
  saved: 'review.ui.saved',
  pending: 'review.ui.saving',
  saving: 'review.ui.saving',
  error: 'review.ui.saveFailed',
};

/** Where the review is kept and whether it is saved; `data-state` is what the tests wait on. */
export function ReviewStoreState(props: { store: ReviewStore; lang: Lang; reviewerMissing: boolean; exported: string | null; onDismissExported(): void }) {
  const { store, lang } = props;
  const state = store.kind === 'file' ? store.save : store.kind === 'memory' ? store.reason : store.kind;
  const label =
    store.kind === 'file'
      ? t(lang, store.merged && store.save === 'saved' ? 'review.ui.mergedSaved' : SAVE_LABEL[store.save], { reason: '' })
      : store.kind === 'memory'
        ? t(lang, store.reason === 'noFile' ? 'review.ui.noFile' : 'review.ui.refused')
        : store.kind === 'loading'
          ? t(lang, 'review.ui.waiting')
          : '';
  return (
    <div className="jk-review-state">
      <span data-testid="review-save-state" data-state={state}>
        {label}
      </span>
      {props.reviewerMissing && <span className="jk-review-hint">{t(lang, 'review.ui.reviewerHint')}</span>}
      {props.exported !== null && (
        <span data-testid="review-exported">
          {t(lang, 'review.ui.exported', { path: props.exported })}{' '}
          <button type="button" className="jk-link-button" onClick={props.onDismissExported}>
            ×
          </button>
        </span>
      )}
    </div>
  );
}
