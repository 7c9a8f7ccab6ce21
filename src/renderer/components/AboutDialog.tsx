import type { Lang } from '../../core/i18n/lang';
import { t } from '../../core/i18n/messages';
import type { GazetteerStatus } from '../worker/checkClient';
import { version } from '../../../package.json';
import { Modal } from './Modal';

export function AboutDialog({ lang, gazetteer, onClose }: { lang: Lang; gazetteer: GazetteerStatus; onClose(): void }) {
  const source =
    gazetteer.status === 'loaded'
      ? gazetteer.source
      : t(lang, gazetteer.status === 'loading' ? 'app.about.gazetteerLoading' : 'app.about.gazetteerUnavailable');
  return (
    <Modal
      title={t(lang, 'app.about.title')}
      testId="about-dialog"
      onClose={onClose}
      footer={
        <button type="button" className="jk-button jk-button-primary" onClick={onClose}>
          {t(lang, 'app.about.close')}
        </button>
      }
    >
      <div className="jk-about">
        <div className="jk-about-mark" aria-hidden="true">
          校
        </div>
        <div>
          <div className="jk-about-name">校勘 Jiaokan</div>
          <div className="jk-about-tagline">{t(lang, 'app.tagline')}</div>
          <div className="jk-about-version" data-testid="about-version">
            {t(lang, 'app.about.version', { version })}
          </div>
        </div>
      </div>
      <dl className="jk-about-facts">
        <dt>{t(lang, 'app.about.gazetteer')}</dt>
        <dd data-testid="about-gazetteer">{source}</dd>
      </dl>
    </Modal>
  );
}
