import type { Lang } from '../../../core/i18n/lang';
import { t } from '../../../core/i18n/messages';

function CompareIcon() {
  return (
    <svg width={16} height={16} viewBox="0 0 16 16" aria-hidden={true} focusable={false} className="jk-icon">
      <path d="M2.5 2.5h4.5v11H2.5zM9 2.5h4.5v11H9z" className="jk-icon-line" />
      <path d="M4 6h1.5M4 8.5h1.5M10.5 6H12M10.5 8.5H12" className="jk-icon-line" />
    </svg>
  );
}

interface CompareToolsProps {
  lang: Lang;
  onCompareFile(): void;
  onCompareOpened(): void;
  /** Picks two of the revisions saved in the review file. */
  onCompareRevisions(): void;
}

/** The toolbar's ways into a comparison: another file, or the draft as it was opened. */
export function CompareTools({ lang, onCompareFile, onCompareOpened, onCompareRevisions }: CompareToolsProps) {
  return (
    <>
      <button type="button" className="jk-tool" data-testid="compare-button" title={t(lang, 'app.toolbar.compareFileTitle')} onClick={onCompareFile}>
        <CompareIcon />
        {t(lang, 'app.toolbar.compareFile')}
      </button>
      <button type="button" className="jk-tool" data-testid="compare-opened" title={t(lang, 'app.toolbar.compareOpenedTitle')} onClick={onCompareOpened}>
        {t(lang, 'app.toolbar.compareOpened')}
      </button>
      <button type="button" className="jk-tool" data-testid="compare-revisions" title={t(lang, 'app.revisions.title')} onClick={onCompareRevisions}>
        {t(lang, 'app.revisions.button')}
      </button>
    </>
  );
}
