import type { Lang } from '../../core/i18n/lang';
import { t } from '../../core/i18n/messages';

/** The first screen says the sample is a sample, and offers an empty draft or one pasted in. */
export function SampleNotice({ lang, onNew, onPaste }: { lang: Lang; onNew(): void; onPaste(): void }) {
  return (
    <div className="jk-notice" role="status" data-testid="sample-notice">
      <span className="jk-notice-text">{t(lang, 'app.sample.notice')}</span>
      <button type="button" className="jk-button" data-testid="sample-new" onClick={onNew}>
        {t(lang, 'app.sample.new')}
      </button>
      <button type="button" className="jk-button jk-button-primary" data-testid="sample-paste" onClick={onPaste}>
        {t(lang, 'app.sample.paste')}
      </button>
    </div>
  );
}
