import { useState } from 'react';
import type { FactChange } from '../../../core/diff/revisionDiff';
import type { Lang } from '../../../core/i18n/lang';
import { t } from '../../../core/i18n/messages';

/** Items listed at first and per "show more". */
const PAGE = 100;

interface FactChangeListProps {
  changes: readonly FactChange[];
  truncated: boolean;
  lang: Lang;
  onShow(change: FactChange): void;
}

/** The changed numbers, dates and names: what a fact-checker must verify again. A click shows the paragraph. */
export function FactChangeList({ changes, truncated, lang, onShow }: FactChangeListProps) {
  const [limit, setLimit] = useState(PAGE);
  const left = changes.length - limit;
  return (
    <aside className="jk-cmp-changes" data-testid="compare-changes" aria-label={t(lang, 'app.compare.changesTitle')}>
      <h3 className="jk-cmp-changes-head">
        {t(lang, 'app.compare.changesTitle')}
        <span className="jk-cmp-changes-count">{changes.length}</span>
      </h3>
      <p className="jk-cmp-changes-hint">{t(lang, changes.length === 0 ? 'app.compare.changesEmpty' : 'app.compare.changesHint')}</p>
      <ul className="jk-cmp-changes-list">
        {changes.slice(0, limit).map((change) => (
          <li key={`${change.oldStart}:${change.newStart}`}>
            <button type="button" className="jk-cmp-change" data-testid="compare-change" data-kind={change.kind} onClick={() => onShow(change)}>
              <span className="jk-cmp-change-kind">{t(lang, `app.compare.kind.${change.kind}`)}</span>
              <span className="jk-cmp-change-text">
                <del>{change.old}</del> → <ins>{change.new}</ins>
              </span>
              <span className="jk-cmp-change-line">{t(lang, 'app.compare.changeLine', { line: change.newIndex + 1 })}</span>
            </button>
          </li>
        ))}
      </ul>
      {left > 0 && (
        <button type="button" className="jk-cmp-show-more" onClick={() => setLimit((l) => l + PAGE)}>
          {t(lang, 'app.compare.changesMore', { count: Math.min(left, PAGE) })}
        </button>
      )}
      {truncated && <p className="jk-cmp-changes-hint">{t(lang, 'app.compare.changesTruncated')}</p>}
    </aside>
  );
}
