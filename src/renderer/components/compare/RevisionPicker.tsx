import { useState } from 'react';
import { formatTime } from '../../../core/i18n/formatTime';
import type { Lang } from '../../../core/i18n/lang';
import { t } from '../../../core/i18n/messages';
import type { Revision } from '../../../core/review/review';
import { Modal } from '../Modal';

/** `current` is the editor's text now; a number picks a saved revision. */
export type RevisionChoice = number | 'current';

function label(lang: Lang, revision: Revision): string {
  return t(lang, 'app.revisions.option', { label: revision.label, time: formatTime(revision.time, lang), author: revision.author || t(lang, 'app.revisions.noAuthor') });
}

/** Picks any two of the revisions kept in the draft's review file (and the current text) to compare. */
export function RevisionPicker({ lang, revisions, onCompare, onClose }: { lang: Lang; revisions: readonly Revision[]; onCompare(old: RevisionChoice, next: RevisionChoice): void; onClose(): void }) {
  const [oldChoice, setOld] = useState<RevisionChoice>(revisions.length > 1 ? revisions.length - 2 : 0);
  const [newChoice, setNew] = useState<RevisionChoice>(revisions.length > 1 ? revisions.length - 1 : 'current');
  const options = (
    <>
      {revisions.map((revision, i) => (
        <option key={revision.id} value={i}>
          {label(lang, revision)}
        </option>
      ))}
      <option value="current">{t(lang, 'app.compare.currentSide')}</option>
    </>
  );
  const parse = (value: string): RevisionChoice => (value === 'current' ? 'current' : Number(value));
  return (
    <Modal
      title={t(lang, 'app.revisions.title')}
      testId="compare-revisions-dialog"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="jk-button" onClick={onClose}>
            {t(lang, 'app.confirm.cancel')}
          </button>
          <button type="button" className="jk-button" data-testid="revision-compare" disabled={oldChoice === newChoice} onClick={() => onCompare(oldChoice, newChoice)}>
            {t(lang, 'app.revisions.compare')}
          </button>
        </>
      }
    >
      {revisions.length === 0 ? (
        <p>{t(lang, 'app.revisions.none')}</p>
      ) : (
        <div className="jk-revision-picker">
          <label>
            {t(lang, 'app.compare.oldSide')}
            <select data-testid="revision-old" value={String(oldChoice)} onChange={(e) => setOld(parse(e.target.value))}>
              {options}
            </select>
          </label>
          <label>
            {t(lang, 'app.compare.newSide')}
            <select data-testid="revision-new" value={String(newChoice)} onChange={(e) => setNew(parse(e.target.value))}>
              {options}
            </select>
          </label>
        </div>
      )}
    </Modal>
  );
}
