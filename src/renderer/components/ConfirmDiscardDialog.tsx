import type { Lang } from '../../core/i18n/lang';
import { t } from '../../core/i18n/messages';
import { Modal } from './Modal';

/** Asked before opening another draft over unsaved edits. */
export function ConfirmDiscardDialog({ lang, name, onAnswer }: { lang: Lang; name: string; onAnswer(discard: boolean): void }) {
  return (
    <Modal
      title={t(lang, 'app.confirm.discardTitle')}
      testId="confirm-dialog"
      onClose={() => onAnswer(false)}
      footer={
        <>
          <button type="button" className="jk-button" data-testid="confirm-cancel" data-autofocus onClick={() => onAnswer(false)}>
            {t(lang, 'app.confirm.cancel')}
          </button>
          <button type="button" className="jk-button jk-button-danger" data-testid="confirm-discard" onClick={() => onAnswer(true)}>
            {t(lang, 'app.confirm.discard')}
          </button>
        </>
      }
    >
      <p>{t(lang, 'app.confirm.discardBody', { name })}</p>
    </Modal>
  );
}
