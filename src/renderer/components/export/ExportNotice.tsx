import type { Lang } from '../../../core/i18n/lang';
import { t } from '../../../core/i18n/messages';
import { CloseIcon } from '../icons';
import './exportDialog.css';

/** A quiet line under the toolbar after an export: where the clean copy went. */
export function ExportNotice({ lang, path, onDismiss }: { lang: Lang; path: string; onDismiss(): void }) {
  return (
    <div className="jk-notice" role="status" data-testid="export-done" data-path={path}>
      <span className="jk-notice-text">{t(lang, 'app.export.done', { path })}</span>
      <button type="button" className="jk-icon-button" aria-label={t(lang, 'app.banner.dismiss')} title={t(lang, 'app.banner.dismiss')} onClick={onDismiss}>
        <CloseIcon />
      </button>
    </div>
  );
}
