import type { Lang } from '../../../core/i18n/lang';
import { t, type MessageKey } from '../../../core/i18n/messages';
import { Modal } from '../Modal';

const SHORTCUTS: [string, MessageKey][] = [
  ['J / ↓', 'review.ui.key.next'],
  ['K / ↑', 'review.ui.key.previous'],
  ['1 – 6', 'review.ui.key.verdict'],
  ['A', 'review.ui.key.apply'],
  ['N', 'review.ui.key.note'],
  ['Enter', 'review.ui.key.text'],
  ['T', 'review.ui.key.tabs'],
  ['Ctrl+S', 'review.ui.key.save'],
  ['F8 / Shift+F8', 'review.ui.key.finding'],
  ['?', 'review.ui.key.help'],
];

/** The review's keyboard shortcuts, as the panel handles them (useReviewKeys). */
export function ShortcutsSheet({ lang, onClose }: { lang: Lang; onClose(): void }) {
  return (
    <Modal
      title={t(lang, 'review.ui.shortcutsTitle')}
      testId="shortcuts-sheet"
      onClose={onClose}
      footer={
        <button type="button" data-autofocus onClick={onClose}>
          {t(lang, 'review.ui.close')}
        </button>
      }
    >
      <table className="jk-shortcuts">
        <tbody>
          {SHORTCUTS.map(([keys, label]) => (
            <tr key={keys}>
              <th>
                <kbd>{keys}</kbd>
              </th>
              <td>{t(lang, label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="jk-review-hint" data-testid="shortcuts-panel-only">
        {t(lang, 'review.ui.key.panelOnly')}
      </p>
    </Modal>
  );
}
