import type { Lang } from '../../core/i18n/lang';
import { t } from '../../core/i18n/messages';
import { Modal } from './Modal';

export type UnsavedAnswer = 'save' | 'discard' | 'cancel';

/** Asked before anything replaces a draft with unsaved edits: 保存 / 不保存 / 取消, as Word and WPS ask. */
export function ConfirmDiscardDialog({ lang, name, onAnswer }: { lang: Lang; name: string; onAnswer(answer: UnsavedAnswer): void }) {
  return (
    <Modal
      title={t(lang, 'app.confirm.discardTitle')}
      testId="confirm-dialog"
      onClose={() => onAnswer('cancel')}
      footer={
        <>
          <button type="button" className="jk-button" data-testid="confirm-cancel" onClick={() => onAnswer('cancel')}>
            {t(lang, 'app.confirm.cancel')}
          </button>
          <button type="button" className="jk-button jk-button-danger" data-testid="confirm-discard" onClick={() => onAnswer('discard')}>
            {t(lang, 'app.confirm.discard')}
          </button>
          <button type="button" className="jk-button jk-button-primary" data-testid="confirm-save" data-autofocus onClick={() => onAnswer('save')}>
            {t(lang, 'app.confirm.save')}
          </button>
        </>
      }
    >
      <p>{t(lang, 'app.confirm.discardBody', { name })}</p>
    </Modal>
  );
}
