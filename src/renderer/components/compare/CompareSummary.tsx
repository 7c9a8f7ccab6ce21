import type { DiffSummary } from '../../../core/diff/revisionDiff';
import type { Lang } from '../../../core/i18n/lang';
import { t } from '../../../core/i18n/messages';

/** What changed, in counts: paragraphs added, removed, changed and moved; characters added and removed. */
export function CompareSummary({ summary, lang }: { summary: DiffSummary; lang: Lang }) {
  const kinds = [
    ['added', summary.paragraphsAdded],
    ['removed', summary.paragraphsRemoved],
    ['changed', summary.paragraphsChanged],
    ['moved', summary.paragraphsMoved],
  ] as const;
  return (
    <div
      className="jk-cmp-summary"
      data-testid="compare-summary"
      data-paragraphs-added={summary.paragraphsAdded}
      data-paragraphs-removed={summary.paragraphsRemoved}
      data-paragraphs-changed={summary.paragraphsChanged}
      data-paragraphs-moved={summary.paragraphsMoved}
      data-chars-added={summary.charsAdded}
      data-chars-removed={summary.charsRemoved}
    >
      {kinds.map(([kind, count]) => (
        <span key={kind} className="jk-cmp-count" data-kind={kind} data-zero={count === 0 ? 'true' : undefined}>
          {t(lang, `app.compare.summary.${kind}`, { count })}
        </span>
      ))}
      <span className="jk-cmp-count" data-kind="chars">
        {t(lang, 'app.compare.summary.chars', { added: summary.charsAdded, removed: summary.charsRemoved })}
      </span>
    </div>
  );
}
