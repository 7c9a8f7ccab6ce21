import { useState } from 'react';
import type { Lang } from '../../core/i18n/lang';
import { t } from '../../core/i18n/messages';
import { Modal } from '../components/Modal';

/** 加入本报用语: the selected text as the forbidden form, and the form to write instead. */
export function AddStyleTermDialog({ lang, selection, onAdd, onClose }: { lang: Lang; selection: string; onAdd(forbidden: string, preferred: string): void; onClose(): void }) {
  const [forbidden, setForbidden] = useState(selection.trim());
  const [preferred, setPreferred] = useState('');
  const ready = forbidden.trim() !== '' && preferred.trim() !== '' && forbidden.trim() !== preferred.trim();
  const add = () => {
    if (!ready) return;
    onAdd(forbidden.trim(), preferred.trim());
    onClose();
  };
  return (
    <Modal
      title={t(lang, 'app.style.addTerm')}
      testId="add-style-term-dialog"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="jk-button" onClick={onClose}>
            {t(lang, 'app.style.cancel')}
          </button>
          <button type="button" className="jk-button jk-button-primary" data-testid="add-style-term-confirm" disabled={!ready} onClick={add}>
            {t(lang, 'app.style.addTermConfirm')}
          </button>
        </>
      }
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <label className="jk-field">
          <span className="jk-field-label">{t(lang, 'app.style.forbidden')}</span>
          <input data-testid="style-term-forbidden" type="text" value={forbidden} maxLength={200} onChange={(e) => setForbidden(e.target.value)} />
        </label>
        <label className="jk-field">
          <span className="jk-field-label">{t(lang, 'app.style.preferred')}</span>
          <input data-testid="style-term-preferred" data-autofocus type="text" value={preferred} maxLength={200} placeholder={t(lang, 'app.style.preferredHint')} onChange={(e) => setPreferred(e.target.value)} />
        </label>
      </form>
    </Modal>
  );
}
