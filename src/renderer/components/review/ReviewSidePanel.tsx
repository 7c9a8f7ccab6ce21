import { useCallback, useEffect, useMemo, useRef, useState, type MutableRefObject, type ReactNode } from 'react';
import type { EditorView } from '@codemirror/view';
import type { Finding } from '../../../core/finding';
import type { Lang } from '../../../core/i18n/lang';
import { formatTime } from '../../../core/i18n/formatTime';
import { t } from '../../../core/i18n/messages';
import { dismissRule, restoreRule } from '../../../core/review/dismissRule';
import { ruleLabel } from '../../../core/review/ruleLabel';
import type { ReviewItem, Verdict } from '../../../core/review/review';
import { reviewProgress } from '../../../core/review/reviewProgress';
import { setNote, setVerdict } from '../../../core/review/setVerdict';
import type { ReviewReportFormat } from '../../../shared/api';
import { api } from '../../jiaokanApi';
import { applyAndMarkFixed, fixTargets, type FixTarget } from '../../review/applyAndMarkFixed';
import { cardFix, cardsByFinding } from '../../review/cardFix';
import type { DeskCounts } from '../../review/deskCounts';
import { walkStep, type WalkStop } from '../../review/reviewWalk';
import { findingsField, rangesById } from '../../editor/findingsField';
import { applySuggestions, suggestionChanges } from '../../editor/findingCommands';
import { sentenceAround } from '../../../core/text/sentenceAround';
import { onFindingAction, type FindingActionRequest } from '../../editor/findingActionEvent';
import { itemsByFinding } from '../../../core/review/itemsByFinding';
import { claimItems, filterFindings, NO_FILTER, setAside, type ReviewFilter } from '../../review/reviewLists';
import { selectReviewSpan } from '../../review/selectReviewSpan';
import { useReviewKeys } from '../../review/useReviewKeys';
import { addRevision } from '../../../core/review/addRevision';
import type { ReviewSessionView } from '../../review/useReviewSession';
import { FindingsPanel } from '../FindingsPanel';
import { groupByFamily } from '../findingGroups';
import { effectiveVerdict } from '../../../core/review/dismissRule';
import { ClaimsList } from './ClaimsList';
import { ConflictDialog } from './ConflictDialog';
import { ReportExportMenu } from './ReportExportMenu';
import { ReviewFilters } from './ReviewFilters';
import { ReviewItemControls, type Asking, type ItemActions } from './ReviewItemControls';
import { ReviewStoreState } from './ReviewStoreState';
import { ShortcutsSheet } from './ShortcutsSheet';
import './review.css';

type Tab = 'findings' | 'claims' | 'sources';
/** Characters of a finding's sentence shown either side of its span in the panel. */
const SENTENCE_REACH = 24;
const TAB_LABELS = { findings: 'review.ui.tabFindings', claims: 'review.ui.tabClaims', sources: 'app.sources.tab' } as const;

interface Props {
  session: ReviewSessionView;
  findings: readonly Finding[];
  /** Each finding's review item (itemsByFinding), computed once per check result by the window. */
  findingItems: ReadonlyMap<string, ReviewItem>;
  /** The desk's one count (deskCounts), as the status bar and export show it. */
  counts: DeskCounts;
  selectedId: string | null;
  lang: Lang;
  waiting: boolean;
  /** F8, Shift+F8, the toolbar and the menu step through the review with this (the panel sets it). */
  stepRef: MutableRefObject<(direction: 1 | -1) => void>;
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
  const { session, findings, findingItems, selectedId, lang, view, onError } = props;
  const { review } = session;
  const [tab, setTab] = useState<Tab>('findings');
  const [filter, setFilter] = useState<ReviewFilter>(NO_FILTER);
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [asking, setAsking] = useState<Asking>(null);
  const [help, setHelp] = useState(false);
  const [exported, setExported] = useState<string | null>(null);
  /** J past the last item (or K before the first): said, never wrapped round silently. */
  const [edge, setEdge] = useState<'first' | 'last' | null>(null);

  const findingOf = useMemo(() => new Map([...findingItems].map(([fid, item]) => [item.id, fid])), [findingItems]);
  const shownFindings = useMemo(() => filterFindings(findings, findingItems, review, filter), [findings, findingItems, review, filter]);
  const asideFindings = useMemo(() => setAside(review, 'finding', filter), [review, filter]);
  const asideClaims = useMemo(() => setAside(review, 'claim', filter), [review, filter]);
  const claims = useMemo(() => claimItems(review, filter), [review, filter]);
  const progress = useMemo(() => (review ? reviewProgress(review) : null), [review]);

  const groups = useMemo(() => groupByFamily(shownFindings), [shownFindings]);
  /** Each finding of a card that merges several → the card's findings: applying the card fixes them all. */
  const cards = useMemo(() => cardsByFinding(groups), [groups]);

  /** The items J/K stop on, in document order: each card's lead finding and each finding of a bundle; on the claims tab the checklist. */
  const stops = useMemo((): WalkStop[] => {
    const open = (item: ReviewItem) => review !== null && effectiveVerdict(review, item) === 'open';
    if (tab === 'claims') return claims.map((item, index) => ({ itemId: item.id, from: index, open: open(item) }));
    const leads = groups.flatMap((g) => g.entries.flatMap((e) => (e.kind === 'card' ? [e.findings[0]!] : e.findings)));
    return leads
      .flatMap((f) => {
        const item = findingItems.get(f.id);
        return item ? [{ itemId: item.id, from: f.spans[0]?.start ?? 0, open: open(item) }] : [];
      })
      .sort((a, b) => a.from - b.from);
  }, [tab, claims, groups, findingItems, review]);

  // The finding selected in the draft (a click in the text, F8) becomes the current item; a new
  // review after a verdict does not move the current item back to it.
  // Selecting an item's span from the panel may select a finding that touches it: that is not a choice.
  const findingItemsRef = useRef(findingItems);
  findingItemsRef.current = findingItems;
  const ownSelection = useRef<string | null>(null);
  useEffect(() => {
    if (selectedId === ownSelection.current) return;
    ownSelection.current = null;
    const item = selectedId === null ? undefined : findingItemsRef.current.get(selectedId);
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

  /** Applies the findings' suggestions as one edit and marks the `fixed` items fixed as one review change. */
  const applyFindings = useCallback(
    (findingIds: readonly string[], fixed: readonly FixTarget[]): boolean => {
      const editor = view();
      if (!editor) return false;
      const change = applyAndMarkFixed(editor, findingIds, fixed);
      if (change) session.update(change);
      document.querySelector<HTMLElement>('[data-testid=review-panel]')?.focus();
      return change !== undefined;
    },
    [view, session],
  );

  const apply = useCallback(
    (itemId: string): boolean => {
      let findingId = findingOf.get(itemId);
      // A re-check may have renewed the finding's id (its context changed with the last fix) in the
      // editor before the panel re-rendered: link the item to the editor's findings as they are now.
      const held = view()?.state.field(findingsField).byId;
      if (held && findingId !== undefined && !held.has(findingId)) {
        findingId = [...itemsByFinding(review, [...held.values()])].find(([, item]) => item.id === itemId)?.[0];
      }
      if (findingId === undefined) return false;
      // The card's suggestion is applied, and every finding merged into the card is fixed with it.
      const { applied, fixed } = cardFix(findingId, itemId, cards, findingItems);
      return applyFindings([applied], fixed);
    },
    [findingOf, cards, findingItems, applyFindings, view, review],
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
        actions={actions}
      />
    );

  // Where the current item last stood in the list: once it is fixed and re-checked away, J and K go on from there.
  const currentFrom = useRef<number | undefined>(undefined);
  const currentStop = stops.find((s) => s.itemId === currentId);
  if (currentStop) currentFrom.current = currentStop.from;

  /** J/K, F8: the next unreviewed item in document order, made current and shown; at the end, says so. */
  const step = (direction: 1 | -1, cursor?: number): boolean => {
    const next = cursor === undefined && currentStop ? walkStep(stops, currentId, undefined, direction) : walkStep(stops, null, cursor ?? currentFrom.current, direction);
    if ('edge' in next) {
      setEdge(next.edge);
      return false;
    }
    setEdge(null);
    makeCurrent(next.itemId);
    requestAnimationFrame(() => document.querySelector(`[data-testid=review-item][data-item-id="${CSS.escape(next.itemId)}"]`)?.scrollIntoView({ block: 'nearest' }));
    return true;
  };

  /** Whether the item is on screen in the panel: A acts only on what the user can see. */
  const onScreen = (itemId: string): boolean => {
    const row = document.querySelector(`[data-testid=review-item][data-item-id="${CSS.escape(itemId)}"]`)?.closest('li');
    const scroller = row?.closest('.jk-panel-scroll');
    if (!row || !scroller) return false;
    const r = row.getBoundingClientRect();
    const box = scroller.getBoundingClientRect();
    return r.bottom > box.top && r.top < box.bottom;
  };

  // F8 from anywhere (the text included) walks the review and hands the keyboard to the panel, so a following A never types into the draft.
  props.stepRef.current = (direction) => {
    const editor = view();
    const selected = editor?.state.field(findingsField).selectedId;
    // From the text the walk starts at the cursor, unless the cursor is on the current item.
    const onCurrent = selected != null && findingItems.get(selected)?.id === currentId;
    step(direction, editor?.hasFocus && !onCurrent ? editor.state.selection.main.from : undefined);
    document.querySelector<HTMLElement>('[data-testid=review-panel]')?.focus();
  };

  /** A 全部改正 on a bundle: every finding in one edit; those with a review item marked fixed in one review change. */
  const fixAll = (findingIds: readonly string[]) => {
    const fixed = fixTargets(findingIds, findingItems);
    const editor = view();
    if (fixed.length > 0) applyFindings(findingIds, fixed);
    else if (editor) applySuggestions(editor, findingIds);
  };

  const sentenceOf = (finding: Finding) => {
    const state = view()?.state;
    const range = state && rangesById(state).get(finding.id)?.[0];
    if (!state || !range) return undefined;
    const line = state.doc.lineAt(range.from);
    return sentenceAround(line.text, range.from - line.from, Math.min(range.to, line.to) - line.from, SENTENCE_REACH);
  };

  /** How many places applying the finding's suggestion changes. */
  const placesChanged = (finding: Finding): number => {
    const state = view()?.state;
    return state ? suggestionChanges(state, finding.id).length : 0;
  };

  // The editor's hover and right-click cards ask for these; the review is here.
  const cardAction = useRef<(request: FindingActionRequest) => void>(() => undefined);
  cardAction.current = ({ action, findingId }) => {
    const item = findingItems.get(findingId);
    if (!item) {
      if (action === 'apply') props.onApply(findingId);
      return;
    }
    if (action === 'apply') apply(item.id);
    else {
      makeCurrent(item.id);
      if (action === 'ignore') setAsking({ itemId: item.id, what: 'dismiss' });
      else actions.setVerdict(item.id, 'confirmed');
    }
  };
  useEffect(() => onFindingAction((request) => cardAction.current(request)), []);

  useReviewKeys({
    step,
    verdict: (verdict: Verdict) => {
      const item = currentId === null ? undefined : itemById(currentId);
      if (!item) return;
      if (verdict === 'dismissed' && !item.reason) setAsking({ itemId: item.id, what: 'dismiss' });
      else actions.setVerdict(item.id, verdict);
    },
    // Only the current item, and only while it is on screen; then on to the next.
    apply: () => {
      if (currentId === null || !onScreen(currentId)) return;
      if (apply(currentId)) step(1);
    },
    focusText: () => view()?.focus(),
    focusNote: () =>
      currentId !== null &&
      document.querySelector<HTMLTextAreaElement>(`[data-testid=review-item][data-item-id="${CSS.escape(currentId)}"] [data-testid=review-note]`)?.focus(),
    switchTab: () => setTab(tab === 'findings' ? 'claims' : 'findings'),
    toggleHelp: () => setHelp(!help),
    // An explicit save also keeps the full text as a revision, for the comparison (issue 6).
    save: () => {
      const text = props.view()?.state.doc.toString();
      if (text !== undefined) {
        session.update((r, who, now) => addRevision(r, t(lang, 'app.revisions.label', { time: formatTime(now, lang) }), text, who, now));
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
            <span title={d.rule}>{ruleLabel(d.rule, lang)}</span>{' '}
            {d.reason}
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
              {progress && name !== 'sources' && <span className="jk-tab-count">{name === 'findings' ? props.counts.total : progress.claims.total}</span>}
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
              openErrors: props.counts.open.error,
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
      {edge && (
        <p className="jk-review-edge" role="status" data-testid="review-walk-end" data-edge={edge}>
          {t(lang, edge === 'last' ? 'review.ui.atLast' : 'review.ui.atFirst')}
        </p>
      )}
      <ReviewStoreState store={session.store} lang={lang} reviewerMissing={props.reviewerMissing} exported={exported} onDismissExported={() => setExported(null)} />
      {tab === 'sources' ? (
        props.sourceCheck
      ) : tab === 'findings' ? (
        <FindingsPanel
          groups={groups}
          counts={props.counts}
          selectedId={selectedId}
          lang={lang}
          waiting={props.waiting}
          onSelect={(findingId) => {
            // The keyboard stays in the panel (J, A…); Enter or a click in the text goes to the draft.
            const item = findingItems.get(findingId);
            if (item) makeCurrent(item.id);
            else props.onSelect(findingId);
          }}
          onApply={(findingId) => {
            const item = findingItems.get(findingId);
            if (!item || !apply(item.id)) props.onApply(findingId);
          }}
          onFixAll={fixAll}
          sentenceOf={sentenceOf}
          placesChanged={placesChanged}
          onUnify={props.onUnify}
          onIgnoreText={props.onIgnoreText}
          renderExtra={(finding) => {
            const item = findingItems.get(finding.id);
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
