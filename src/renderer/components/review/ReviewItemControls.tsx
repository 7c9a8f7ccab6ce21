import { canBeVerified } from '../../../core/review/setVerdict';
import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../../../core/i18n/lang';
import { t } from '../../../core/i18n/messages';
import { formatTime } from '../../../core/i18n/formatTime';
import { effectiveVerdict } from '../../../core/review/dismissRule';
import { SOURCE_KINDS, VERDICTS, type Review, type ReviewItem, type Source, type SourceKind, type Verdict } from '../../../core/review/review';
import { ReviewHistory } from './ReviewHistory';
import { ReviewItemSummary } from './ReviewItemSummary';

/** What the panel asks for before a change it cannot make without a reason. */
export type Asking = { itemId: string; what: 'dismiss' | 'rule' } | null;

export interface ItemActions {
  setVerdict(itemId: string, verdict: Verdict, reason?: string): void;
  setNote(itemId: string, note: string): void;
  setSources(itemId: string, sources: Source[]): void;
  dismissRule(rule: string, reason: string): void;
  ask(asking: Asking): void;
  makeCurrent(itemId: string): void;
}

interface Props {
  item: ReviewItem;
  review: Review;
  lang: Lang;
  expanded: boolean;
  asking: Asking;
  actions: ItemActions;
}

const NOTE_COMMIT_MS = 700;

/** The key that sets each verdict (1–6), as the shortcuts sheet lists them. */
export const VERDICT_KEYS: Record<Verdict, string> = { open: '1', confirmed: '2', dismissed: '3', fixed: '4', 'needs-source': '5', verified: '6' };

/**
 * Verdict buttons for one finding or claim; for the current item also the reason, the note,
 * the sources, who decided and when, and the history. Wrapped in the `review-item` test hook.
 */
export function ReviewItemControls({ item, review, lang, expanded, asking, actions }: Props) {
  const verdict = effectiveVerdict(review, item);
  const verdicts = VERDICTS.filter((v) => v !== 'verified' || canBeVerified(item));
  const askingHere = asking?.itemId === item.id ? asking.what : null;
  // Only the current item has controls: a click anywhere on another item selects it, as the list always did;
  // an untouched item shows nothing more, so the list looks as it did without the review.
  if (!expanded) {
    return <ReviewItemSummary itemId={item.id} verdict={verdict} reason={item.reason} changedSinceVerified={item.changedSinceVerified} note={item.note} lang={lang} />;
  }
  return (
    <div
      className="jk-review-controls jk-review-expanded"
      data-testid="review-item"
      data-item-id={item.id}
      data-verdict={verdict}
      onClick={(event) => {
        event.stopPropagation();
        actions.makeCurrent(item.id);
      }}
    >
      <div className="jk-verdicts" role="group" aria-label={t(lang, 'review.report.col.verdict')}>
        {verdicts.map((v) => (
          <button
            key={v}
            type="button"
            className="jk-verdict"
            data-verdict={v}
            data-testid={`verdict-${v}`}
            aria-pressed={verdict === v}
            title={`${t(lang, `review.verdict.${v}`)} (${VERDICT_KEYS[v]})`}
            onClick={() => (v === 'dismissed' && !item.reason ? actions.ask({ itemId: item.id, what: 'dismiss' }) : actions.setVerdict(item.id, v))}
          >
            {t(lang, `review.verdict.${v}`)}
          </button>
        ))}
      </div>
      {askingHere && (
        <ReasonPrompt
          lang={lang}
          placeholder={t(lang, askingHere === 'dismiss' ? 'review.ui.reasonPlaceholder' : 'review.ui.dismissRuleReasonPlaceholder')}
          confirm={t(lang, askingHere === 'dismiss' ? 'review.ui.reasonConfirm' : 'review.ui.dismissRule')}
          onConfirm={(reason) => {
            if (askingHere === 'dismiss') actions.setVerdict(item.id, 'dismissed', reason);
            else actions.dismissRule(item.rule, reason);
          }}
          onCancel={() => actions.ask(null)}
        />
      )}
      {verdict === 'dismissed' && item.reason && <div className="jk-review-reason">{t(lang, 'review.ui.reason', { reason: item.reason })}</div>}
      {item.changedSinceVerified && (
        <div className="jk-review-fuzzy" data-testid="changed-since-verified">
          {t(lang, 'review.ui.changedSinceVerified', { oldText: item.changedSinceVerified.oldText, newText: item.changedSinceVerified.newText })}
        </div>
      )}
      {item.fuzzy && !item.changedSinceVerified && <div className="jk-review-fuzzy">{t(lang, 'review.ui.fuzzy')}</div>}
      <ItemDetails item={item} lang={lang} actions={actions} />
    </div>
  );
}

function ItemDetails({ item, lang, actions }: { item: ReviewItem; lang: Lang; actions: ItemActions }) {
  return (
    <div className="jk-review-details">
      <NoteField itemId={item.id} note={item.note} lang={lang} onCommit={actions.setNote} />
      <SourceList item={item} lang={lang} onChange={(sources) => actions.setSources(item.id, sources)} />
      {item.time && (
        <div className="jk-review-by" data-testid="review-by">
          {t(lang, 'review.ui.by', { who: item.reviewer || t(lang, 'review.ui.anonymous'), time: formatTime(item.time, lang) })}
        </div>
      )}
      <ReviewHistory item={item} lang={lang} />
      <div className="jk-review-actions">
        {item.kind === 'finding' && (
          <button type="button" data-testid="review-dismiss-rule" onClick={() => actions.ask({ itemId: item.id, what: 'rule' })}>
            {t(lang, 'review.ui.dismissRule')}
          </button>
        )}
      </div>
    </div>
  );
}

/** The note is committed (one history entry) after a pause in typing or when the field is left. */
function NoteField({ itemId, note, lang, onCommit }: { itemId: string; note: string; lang: Lang; onCommit(itemId: string, note: string): void }) {
  const [value, setValue] = useState(note);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ value, note });
  latest.current = { value, note };
  useEffect(() => setValue(note), [note]);
  const commit = () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (latest.current.value !== latest.current.note) onCommit(itemId, latest.current.value);
  };
  const commitOnUnmount = useRef(commit);
  commitOnUnmount.current = commit;
  useEffect(() => () => commitOnUnmount.current(), []);
  return (
    <textarea
      className="jk-review-note"
      data-testid="review-note"
      rows={2}
      value={value}
      placeholder={t(lang, 'review.ui.notePlaceholder')}
      onChange={(event) => {
        setValue(event.target.value);
        clearTimeout(timer.current);
        timer.current = setTimeout(commit, NOTE_COMMIT_MS);
      }}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          event.currentTarget.blur();
          document.querySelector<HTMLElement>('[data-testid=review-panel]')?.focus();
        }
      }}
    />
  );
}

function SourceList({ item, lang, onChange }: { item: ReviewItem; lang: Lang; onChange(sources: Source[]): void }) {
  const [kind, setKind] = useState<SourceKind>('url');
  const [value, setValue] = useState('');
  const add = () => {
    if (!value.trim()) return;
    onChange([...item.sources, { kind, value: value.trim() }]);
    setValue('');
  };
  return (
    <div className="jk-review-sources">
      {item.sources.length > 0 && (
        <ul>
          {item.sources.map((s, i) => (
            <li key={`${s.kind}-${s.value}-${i}`} data-testid="review-source">
              <span className="jk-source-kind">{t(lang, `review.source.${s.kind}`)}</span> <span className="jk-source-value">{s.value}</span>
              <button type="button" className="jk-link-button" title={t(lang, 'review.ui.sourceRemove')} onClick={() => onChange(item.sources.filter((_, j) => j !== i))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="jk-source-form">
        <select data-testid="review-source-kind" value={kind} onChange={(e) => setKind(e.target.value as SourceKind)} aria-label={t(lang, 'review.report.col.sources')}>
          {SOURCE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(lang, `review.source.${k}`)}
            </option>
          ))}
        </select>
        <input
          data-testid="review-source-value"
          value={value}
          placeholder={t(lang, 'review.ui.sourceValue')}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') add();
          }}
        />
        <button type="button" data-testid="review-source-add" onClick={add}>
          {t(lang, 'review.ui.sourceAdd')}
        </button>
      </div>
    </div>
  );
}

function ReasonPrompt({ lang, placeholder, confirm, onConfirm, onCancel }: { lang: Lang; placeholder: string; confirm: string; onConfirm(reason: string): void; onCancel(): void }) {
  const [reason, setReason] = useState('');
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="jk-reason-prompt">
      <input
        ref={ref}
        data-testid="review-reason"
        value={reason}
        placeholder={placeholder}
        onChange={(e) => setReason(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && reason.trim()) onConfirm(reason);
          if (e.key === 'Escape') {
            e.stopPropagation();
            onCancel();
          }
        }}
      />
      <button type="button" data-testid="review-reason-confirm" disabled={!reason.trim()} onClick={() => onConfirm(reason)}>
        {confirm}
      </button>
      <button type="button" onClick={onCancel}>
        {t(lang, 'review.ui.cancel')}
      </button>
    </div>
  );
}
