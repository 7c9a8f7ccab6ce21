import { useState } from 'react';
import type { Lang } from '../../../core/i18n/lang';
import { t } from '../../../core/i18n/messages';
import type { ItemDecision } from '../../../core/review/mergeReviews';
import { Modal } from '../Modal';
import type { PendingConflicts } from '../../review/reviewSession';

/** A colleague's save and ours changed the same items differently: the user picks a side for each. */
export function ConflictDialog({ pending, lang, onResolve }: { pending: PendingConflicts; lang: Lang; onResolve(choices: ('mine' | 'theirs')[]): void }) {
  const [choices, setChoices] = useState<('mine' | 'theirs')[]>(() => pending.conflicts.map(() => 'mine'));
  const items = new Map(pending.merged.items.map((i) => [i.id, i]));
  const show = (d: ItemDecision, field: 'verdict' | 'note'): string => {
    if (field === 'note') return d.note || t(lang, 'review.ui.emptyValue');
    return d.reason ? `${t(lang, `review.verdict.${d.verdict}`)}（${d.reason}）` : t(lang, `review.verdict.${d.verdict}`);
  };
  const save = () => onResolve(choices);
  return (
    <Modal
      title={t(lang, 'review.ui.conflictTitle')}
      testId="conflict-dialog"
      onClose={save}
      footer={
        <button type="button" className="jk-primary" data-testid="conflict-save" onClick={save}>
          {t(lang, 'review.ui.conflictSave')}
        </button>
      }
    >
      <p>{t(lang, 'review.ui.conflictHint')}</p>
      <ul className="jk-conflicts">
        {pending.conflicts.map((c, i) => (
          <li key={`${c.itemId}-${c.field}`} data-testid="conflict-item" data-item-id={c.itemId} data-field={c.field}>
            <div className="jk-conflict-head">
              <strong>{items.get(c.itemId)?.anchor.text ?? c.itemId}</strong> · {t(lang, `review.ui.conflictField.${c.field}`)}
            </div>
            {(['mine', 'theirs'] as const).map((side) => (
              <label key={side} className="jk-conflict-side">
                <input
                  type="radio"
                  name={`conflict-${i}`}
                  data-testid={side === 'mine' ? 'conflict-keep-mine' : 'conflict-take-theirs'}
                  checked={choices[i] === side}
                  onChange={() => setChoices((all) => all.map((v, j) => (j === i ? side : v)))}
                />
                <span>
                  {side === 'mine' ? t(lang, 'review.ui.keepMine') : t(lang, 'review.ui.takeTheirs')} —{' '}
                  {side === 'mine' ? t(lang, 'review.ui.conflictMine') : t(lang, 'review.ui.conflictTheirs', { who: c.theirs.reviewer || t(lang, 'review.ui.anonymous') })}：
                  {show(c[side], c.field)}
                </span>
              </label>
            ))}
          </li>
        ))}
      </ul>
    </Modal>
  );
}
