import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { EditorView } from '@codemirror/view';
import type { Finding } from '../../../core/finding';
import type { Lang } from '../../../core/i18n/lang';
import { t } from '../../../core/i18n/messages';
import { dismissRule, restoreRule } from '../../../core/review/dismissRule';
import type { ReviewItem, Verdict } from '../../../core/review/review';
import { reviewProgress } from '../../../core/review/reviewProgress';
import { setNote, setVerdict } from '../../../core/review/setVerdict';
import type { ReviewReportFormat } from '../../../shared/api';
import { api } from '../../jiaokanApi';
import { findingsField } from '../../editor/findingsField';
import { applyAndMarkFixed } from '../../review/applyAndMarkFixed';
import { itemsByFinding } from '../../../core/review/itemsByFinding';
import { claimItems, filterFindings, NO_FILTER, setAside, type ReviewFilter } from '../../review/reviewLists';
import { selectReviewSpan } from '../../review/selectReviewSpan';
import { useReviewKeys } from '../../review/useReviewKeys';
import { addRevision } from '../../../core/review/addRevision';
import type { ReviewSessionView } from '../../review/useReviewSession';
import { FindingsPanel } from '../FindingsPanel';
import { groupByFamily } from '../findingGroups';
import { ClaimsList } from './ClaimsList';
import { ConflictDialog } from './ConflictDialog';
import { ReportExportMenu } from './ReportExportMenu';
import { ReviewFilters } from './ReviewFilters';
import { ReviewItemControls, type Asking, type ItemActions } from './ReviewItemControls';
import { ReviewStoreState } from './ReviewStoreState';
import { ShortcutsSheet } from './ShortcutsSheet';
import './review.css';

type Tab = 'findings' | 'claims' | 'sources';
const TAB_LABELS = { findings: 'review.ui.tabFindings', claims: 'review.ui.tabClaims', sources: 'app.sources.tab' } as const;

interface Props {
  session: ReviewSessionView;
  findings: readonly Finding[];
  selectedId: string | null;
  lang: Lang;
  waiting: boolean;
  draftName: string | null;
  reviewerMissing: boolean;
  view(): EditorView | null;
  onSelect(id: string): void;
  /** Applies a suggestion without the review (before the review is loaded). */
  onApply(id: string): void;
  onUnify?(id: string, form: string): void;
  onIgnoreText?(text: string): void;
  onError(message: string): void;
  /** The 来源核对 tab's content. */
  sourceCheck: ReactNode;
}

/**
 * The side panel of the fact-check workflow: the findings (the existing list, each with its
 * verdict controls) and the claims checklist, filters, progress, report export, and the review's
 * keyboard. The review itself lives in `session` (useReviewSession).
 */
export function ReviewSidePanel(props: Props) {
  const { session, findings, selectedId, lang, view, onError } = props;
  const { review } = session;
  const [tab, setTab] = useState<Tab>('findings');
  const [filter, setFilter] = useState<ReviewFilter>(NO_FILTER);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [asking, setAsking] = useState<Asking>(null);
  const [help, setHelp] = useState(false);
  const [exported, setExported] = useState<string | null>(null);

  const byFinding = useMemo(() => itemsByFinding(review, findings), [review, findings]);
  const findingOf = useMemo(() => new Map([...byFinding].map(([fid, item]) => [item.id, fid])), [byFinding]);
  const shownFindings = useMemo(() => filterFindings(findings, byFinding, review, filter), [findings, byFinding, review, filter]);
  const asideFindings = useMemo(() => setAside(review, 'finding', filter), [review, filter]);
  const asideClaims = useMemo(() => setAside(review, 'claim', filter), [review, filter]);
  const claims = useMemo(() => claimItems(review, filter), [review, filter]);
  const progress = useMemo(() => (review ? reviewProgress(review) : null), [review]);

  /** The items J/K walk through, in the order the active tab shows them. */
  const order = useMemo((): string[] => {
    if (tab === 'claims') return [...claims, ...asideClaims.orphaned, ...asideClaims.unreported].map((i) => i.id);
    const listed = groupByFamily(shownFindings).flatMap((g) => g.findings.flatMap((f) => byFinding.get(f.id)?.id ?? []));
    return [...listed, ...asideFindings.orphaned.map((i) => i.id), ...asideFindings.unreported.map((i) => i.id)];
  }, [tab, claims, asideClaims, shownFindings, byFinding, asideFindings]);

  // The finding selected in the draft (a click in the text, F8) becomes the current item; a new
  // review after a verdict does not move the current item back to it.
  // Selecting an item's span from the panel may select a finding that touches it: that is not a choice.
  const byFindingRef = useRef(byFinding);
  byFindingRef.current = byFinding;
  const ownSelection = useRef<string | null>(null);
  useEffect(() => {
    if (selectedId === ownSelection.current) return;
    ownSelection.current = null;
    const item = selectedId === null ? undefined : byFindingRef.current.get(selectedId);
    if (item) setCurrentId(item.id);
  }, [selectedId]);

  const itemById = useCallback((id: string): ReviewItem | undefined => review?.items.find((i) => i.id === id), [review]);

  const makeCurrent = useCallback(
    (itemId: string) => {
      setCurrentId(itemId);
      const item = itemById(itemId);
      const editor = view();
      if (item && editor && review) {
        selectReviewSpan(editor, review, item, findingOf.get(itemId));
        ownSelection.current = editor.state.field(findingsField).selectedId;
      }
    },
    [itemById, view, review, findingOf],
  );

  const apply = useCallback(
    (itemId: string) => {
      const findingId = findingOf.get(itemId);
      const editor = view();
      if (findingId === undefined || !editor) return;
      const change = applyAndMarkFixed(editor, findingId, itemId);
      if (change) session.update(change);
      document.querySelector<HTMLElement>('[data-testid=review-panel]')?.focus();
    },
    [findingOf, view, session],
  );

  const actions = useMemo(
    (): ItemActions => ({
      setVerdict: (itemId, verdict, reason) => {
        if (session.update((r, who, now) => setVerdict(r, itemId, verdict, reason === undefined ? {} : { reason }, who, now))) setAsking(null);
      },
      setNote: (itemId, note) => void session.update((r, who, now) => setNote(r, itemId, note, who, now)),
      setSources: (itemId, sources) =>
        void session.update((r, who, now) => setVerdict(r, itemId, r.items.find((i) => i.id === itemId)?.verdict ?? 'open', { sources }, who, now)),
      dismissRule: (rule, reason) => {
        if (session.update((r, who, now) => dismissRule(r, rule, reason, who, now))) setAsking(null);
      },
      ask: setAsking,
      apply,
      makeCurrent,
    }),
    [session, apply, makeCurrent],
  );

  const controls = (item: ReviewItem): ReactNode =>
    review && (
      <ReviewItemControls
        item={item}
        review={review}
        lang={lang}
        expanded={item.id === currentId}
        asking={asking}
        canApply={item.suggestion !== undefined && findingOf.has(item.id)}
        actions={actions}
      />
    );

  const step = (direction: 1 | -1) => {
    if (order.length === 0) return;
    const at = currentId === null ? -1 : order.indexOf(currentId);
    const next = at === -1 ? (direction === 1 ? 0 : order.length - 1) : (at + direction + order.length) % order.length;
    makeCurrent(order[next]!);
    requestAnimationFrame(() => document.querySelector(`[data-testid=review-item][data-item-id="${CSS.escape(order[next]!)}"]`)?.scrollIntoView({ block: 'nearest' }));
  };

  useReviewKeys({
    step,
    verdict: (verdict: Verdict) => {
      const item = currentId === null ? undefined : itemById(currentId);
      if (!item) return;
      if (verdict === 'dismissed' && !item.reason) setAsking({ itemId: item.id, what: 'dismiss' });
      else actions.setVerdict(item.id, verdict);
    },
    apply: () => currentId !== null && apply(currentId),
    focusNote: () =>
      currentId !== null &&
      document.querySelector<HTMLTextAreaElement>(`[data-testid=review-item][data-item-id="${CSS.escape(currentId)}"] [data-testid=review-note]`)?.focus(),
    switchTab: () => setTab(tab === 'findings' ? 'claims' : 'findings'),
    toggleHelp: () => setHelp(!help),
    // An explicit save also keeps the full text as a revision, for the comparison (issue 6).
    save: () => {
      const text = props.view()?.state.doc.toString();
      if (text !== undefined) {
        session.update((r, who, now) => addRevision(r, t(lang, 'app.revisions.label', { time: new Date(now).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en') }), text, who, now));
      }
      session.saveNow();
    },
  });

  const exportReport = (format: ReviewReportFormat) => {
    if (!review) return;
    api()
      .exportReviewReport(props.draftName ?? t(lang, 'app.status.noFile'), review, format)
      .then(
        (result) => {
          if (result.ok) setExported(result.path);
          else if (result.cancelled !== true) onError(result.message);
        },
        (error: unknown) => onError(error instanceof Error ? error.message : String(error)),
      );
  };

  const setAsideSections = (aside: { orphaned: ReviewItem[]; unreported: ReviewItem[] }) => (
    <>
      <SetAside testId="review-orphaned" title={t(lang, 'review.ui.orphanedTitle', { count: aside.orphaned.length })} hint={t(lang, 'review.ui.orphanedHint')} items={aside.orphaned} lang={lang} onSelect={makeCurrent} controls={controls} />
      <SetAside testId="review-unreported" title={t(lang, 'review.ui.unreportedTitle', { count: aside.unreported.length })} hint={t(lang, 'review.ui.unreportedHint')} items={aside.unreported} lang={lang} onSelect={makeCurrent} controls={controls} />
    </>
  );

  const dismissedRules = review && review.dismissedRules.length > 0 && (
    <section className="jk-review-aside" data-testid="review-dismissed-rules">
      <h3 className="jk-group-head">{t(lang, 'review.ui.dismissedRules')}</h3>
      <ul className="jk-group-list">
        {review.dismissedRules.map((d) => (
          <li key={d.rule} className="jk-dismissed-rule">
            <code>{d.rule}</code> {d.reason}
            <button type="button" className="jk-link-button" onClick={() => session.update((r, _who, now) => restoreRule(r, d.rule, now))}>
              {t(lang, 'review.ui.restoreRule')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );

  return (
    <aside className="jk-panel jk-review-panel" data-testid="review-panel" tabIndex={-1} aria-label={t(lang, 'app.panel.title')}>
      <div className="jk-review-head">
        <div className="jk-review-tabs" role="tablist">
          {(['findings', 'claims', 'sources'] as const).map((name) => (
            <button key={name} type="button" role="tab" aria-selected={tab === name} data-testid={`review-tab-${name}`} onClick={() => setTab(name)}>
              {t(lang, TAB_LABELS[name])}
              {progress && name !== 'sources' && <span className="jk-tab-count">{name === 'findings' ? progress.findings.total : progress.claims.total}</span>}
            </button>
          ))}
        </div>
        {progress && (
          <span
            className={`jk-review-progress${progress.blocking ? ' jk-blocking' : ''}`}
            data-testid="review-progress"
            title={t(lang, 'review.ui.progressTitle', {
              findingsReviewed: progress.findings.reviewed,
              findings: progress.findings.total,
              claimsReviewed: progress.claims.reviewed,
              claims: progress.claims.total,
              openErrors: progress.openErrors,
              needsSource: progress.claimsNeedingSource,
            })}
          >
            {t(lang, 'review.ui.progress', { reviewed: progress.reviewed, total: progress.total })}
          </span>
        )}
      </div>
      {tab !== 'sources' && (
      <div className="jk-review-tools">
        <ReviewFilters tab={tab} filter={filter} lang={lang} onChange={setFilter} />
        <ReportExportMenu lang={lang} disabled={!review} onExport={exportReport} />
        <button type="button" className="jk-link-button" data-testid="review-shortcuts" onClick={() => setHelp(true)}>
          {t(lang, 'review.ui.shortcuts')}
        </button>
      </div>
      )}
      <ReviewStoreState store={session.store} lang={lang} reviewerMissing={props.reviewerMissing} exported={exported} onDismissExported={() => setExported(null)} />
      {tab === 'sources' ? (
        props.sourceCheck
      ) : tab === 'findings' ? (
        <FindingsPanel
          findings={shownFindings}
          selectedId={selectedId}
          lang={lang}
          waiting={props.waiting}
          onSelect={props.onSelect}
          onApply={(findingId) => {
            const item = byFinding.get(findingId);
            if (item) apply(item.id);
            else props.onApply(findingId);
          }}
          onUnify={props.onUnify}
          onIgnoreText={props.onIgnoreText}
          renderExtra={(finding) => {
            const item = byFinding.get(finding.id);
            return item && controls(item);
          }}
          footer={
            <>
              {setAsideSections(asideFindings)}
              {dismissedRules}
            </>
          }
        />
      ) : (
        <ClaimsList review={review} claims={claims} currentId={currentId} lang={lang} onSelect={makeCurrent} controls={controls} footer={setAsideSections(asideClaims)} />
      )}
      {session.conflicts && <ConflictDialog key={session.conflicts.conflicts.map((c) => c.itemId).join()} pending={session.conflicts} lang={lang} onResolve={session.resolveConflicts} />}
      {help && <ShortcutsSheet lang={lang} onClose={() => setHelp(false)} />}
    </aside>
  );
}

function SetAside(props: { testId: string; title: string; hint: string; items: ReviewItem[]; lang: Lang; onSelect(id: string): void; controls(item: ReviewItem): ReactNode }) {
  if (props.items.length === 0) return null;
  return (
    <section className="jk-review-aside" data-testid={props.testId}>
      <h3 className="jk-group-head">{props.title}</h3>
      <p className="jk-review-hint">{props.hint}</p>
      <ul className="jk-group-list">
        {props.items.map((item) => (
          <li key={item.id} className="jk-finding jk-set-aside" onClick={() => props.onSelect(item.id)}>
            <div className="jk-finding-body">
              <div className="jk-finding-message">{item.kind === 'claim' ? t(props.lang, `review.claim.${item.rule.slice('claim.'.length)}` as 'review.claim.number') : item.message}</div>
              <div className="jk-finding-meta">
                <span className="jk-finding-text jk-old-text" data-testid="review-old-text">
                  {item.anchor.text}
                </span>
              </div>
              {props.controls(item)}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
