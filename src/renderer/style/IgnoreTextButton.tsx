import type { Finding } from '../../core/finding';
import type { Lang } from '../../core/i18n/lang';
import { t } from '../../core/i18n/messages';
import { ignorableText } from './ignorableText';

/** 不再提示此词 on one finding. */
export function IgnoreTextButton({ finding, lang, onIgnoreText }: { finding: Finding; lang: Lang; onIgnoreText(text: string): void }) {
  const text = ignorableText(finding);
  return (
    <button
      type="button"
      className="jk-link-button"
      data-testid="ignore-text"
      title={t(lang, 'app.style.ignoreTitle', { text })}
      onClick={(event) => {
        event.stopPropagation();
        onIgnoreText(text);
      }}
    >
      {t(lang, 'app.style.ignore')}
    </button>
  );
}
