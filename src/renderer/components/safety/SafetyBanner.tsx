import type { Lang } from '../../../core/i18n/lang';
import { t } from '../../../core/i18n/messages';
import { SeverityIcon } from '../icons';

export interface SafetyAction {
  label: string;
  testId: string;
  run(): void;
}

/** A question about the user's work (restore a crash copy, reload a file changed on disk): it stays until answered. */
export function SafetyBanner({ message, actions, lang }: { message: string; actions: SafetyAction[]; lang: Lang }) {
  return (
    <div className="jk-banner jk-banner-safety" role="alertdialog" aria-label={t(lang, 'recovery.offerTitle')} data-testid="safety-banner">
      <SeverityIcon severity="warning" />
      <span className="jk-banner-text">{message}</span>
      {actions.map((action) => (
        <button key={action.testId} type="button" className="jk-button" data-testid={action.testId} onClick={action.run}>
          {action.label}
        </button>
      ))}
    </div>
  );
}
