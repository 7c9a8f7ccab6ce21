import type { Lang } from '../../core/i18n/lang';
import { t } from '../../core/i18n/messages';
import { CloseIcon, SeverityIcon } from './icons';

/** A failed open or similar: the message stays until dismissed; the draft underneath stays usable. */
export function ErrorBanner({ message, lang, onDismiss }: { message: string; lang: Lang; onDismiss(): void }) {
  return (
    <div className="jk-banner" role="alert" data-testid="error-banner">
      <SeverityIcon severity="error" />
      <span className="jk-banner-text">{message}</span>
      <button type="button" className="jk-icon-button" data-testid="error-banner-dismiss" aria-label={t(lang, 'app.banner.dismiss')} title={t(lang, 'app.banner.dismiss')} onClick={onDismiss}>
        <CloseIcon />
      </button>
    </div>
  );
}
