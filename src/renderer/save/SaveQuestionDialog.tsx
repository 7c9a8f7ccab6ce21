import type { Lang } from '../../core/i18n/lang';
import { t } from '../../core/i18n/messages';
import { Modal } from '../components/Modal';
import type { SaveQuestion } from './useDraftSave';

/** Save's question: Save As instead of writing over a document, or UTF-8 instead of an encoding that cannot hold the text. */
export function SaveQuestionDialog({ lang, question, onAnswer }: { lang: Lang; question: SaveQuestion; onAnswer(go: boolean): void }) {
  const formatting = question.kind === 'formatting';
  return (
    <Modal
      title={formatting ? t(lang, 'app.save.formattingTitle', { format: question.format }) : t(lang, 'app.save.utf8Title')}
      testId="save-question"
      onClose={() => onAnswer(false)}
      footer={
        <>
          <button type="button" className="jk-button" data-testid="save-question-cancel" onClick={() => onAnswer(false)}>
            {t(lang, 'app.confirm.cancel')}
          </button>
          <button type="button" className="jk-button jk-button-primary" data-testid="save-question-go" data-autofocus onClick={() => onAnswer(true)}>
            {formatting ? t(lang, 'app.save.saveAs') : t(lang, 'app.save.toUtf8')}
          </button>
        </>
      }
    >
      <p>{formatting ? t(lang, 'app.save.formattingBody', { name: question.name }) : question.message}</p>
    </Modal>
  );
}
