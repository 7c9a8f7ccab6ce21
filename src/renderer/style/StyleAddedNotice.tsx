import './houseStyle.css';
import { entryLine, type UserStyleEntry } from '../../core/checks/style/editStyleFile';
import type { Lang } from '../../core/i18n/lang';
import { t } from '../../core/i18n/messages';

/** Says what was just written to the user's style file, with an undo, until dismissed. */
export function StyleAddedNotice({ entry, lang, onUndo, onDismiss }: { entry: UserStyleEntry; lang: Lang; onUndo(): void; onDismiss(): void }) {
  const message = entry.kind === 'ignore' ? t(lang, 'app.style.ignored', { text: entry.word }) : t(lang, 'app.style.termAdded', { forbidden: entry.forbidden, preferred: entry.preferred });
  return (
    <div className="jk-banner jk-banner-notice" role="status" data-testid="style-added-notice" data-entry={entryLine(entry)}>
      <span className="jk-banner-text">{message}</span>
      <button type="button" className="jk-button" data-testid="style-undo" onClick={onUndo}>
        {t(lang, 'app.style.undo')}
      </button>
      <button type="button" className="jk-link-button" data-testid="style-added-dismiss" onClick={onDismiss}>
        {t(lang, 'app.style.dismiss')}
      </button>
    </div>
  );
}
