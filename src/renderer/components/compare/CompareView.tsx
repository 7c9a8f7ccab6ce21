import { memo, useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { FactChange } from '../../../core/diff/revisionDiff';
import type { Lang } from '../../../core/i18n/lang';
import { t } from '../../../core/i18n/messages';
import { CloseIcon } from '../icons';
import { CompareRows, type CompareMode, type RowFocus } from './CompareRows';
import { CompareSummary } from './CompareSummary';
import { sideLabelText, type ComparisonPair } from './comparisonPair';
import { FactChangeList } from './FactChangeList';
import type { ParagraphRef } from './selectParagraph';
import { useRevisionDiff, type CompareTexts, type IgnoreOptions } from './useRevisionDiff';
import { PANE_LIMITS } from '../../../shared/settingsLimits';
import { PaneResizer } from '../layout/PaneResizer';
import { comparePaneBounds } from '../layout/paneSize';
import { useEscapeCloses } from './useEscapeCloses';
import './compare.css';

export interface CompareViewProps {
  pair: ComparisonPair;
  lang: Lang;
  compare: CompareTexts;
  /** Selects a paragraph of the live text in the editor. */
  onSelectParagraph(paragraph: ParagraphRef): void;
  /** Re-reads the live side from the editor. */
  onRefresh(): void;
  onClose(): void;
  /** The most height the pane takes, as the user last dragged it; null: a share of the window. */
  height: number | null;
  onResize(height: number): void;
}

function SwapIcon() {
  return (
    <svg width={16} height={16} viewBox="0 0 16 16" aria-hidden={true} focusable={false} className="jk-icon">
      <path d="M2.5 5.5h10l-2.5-2.5M13.5 10.5h-10l2.5 2.5" className="jk-icon-line" />
    </svg>
  );
}

function RefreshIcon() {
  return (
    <svg width={16} height={16} viewBox="0 0 16 16" aria-hidden={true} focusable={false} className="jk-icon">
      <path d="M13 8a5 5 0 1 1-1.5-3.6M13 2.5v2.5h-2.5" className="jk-icon-line" />
    </svg>
  );
}

function ExpandIcon({ expanded }: { expanded: boolean }) {
  return (
    <svg width={16} height={16} viewBox="0 0 16 16" aria-hidden={true} focusable={false} className="jk-icon">
      <path d={expanded ? 'M4 9.5l4-4 4 4' : 'M4 6.5l4 4 4-4'} className="jk-icon-line" />
    </svg>
  );
}

/**
 * Two texts compared: inline or side by side, the summary, and the changed facts. It takes any
 * two labelled texts (a file, the draft as opened, later stored revisions); the diff runs in the
 * check worker, so typing in the editor below never waits for it. Memoised: the app re-renders on
 * every keystroke, the comparison has no reason to.
 */
export const CompareView = memo(function CompareView({ pair, lang, compare, onSelectParagraph, onRefresh, onClose, height, onResize }: CompareViewProps) {
  const [swapped, setSwapped] = useState(false);
  const [mode, setMode] = useState<CompareMode>('side');
  const [options, setOptions] = useState<IgnoreOptions>({ ignoreWhitespace: false, ignorePunctuationWidth: false });
  const [expanded, setExpanded] = useState(false);
  const [focus, setFocus] = useState<RowFocus | null>(null);
  const oldSide = swapped ? pair.new : pair.old;
  const newSide = swapped ? pair.old : pair.new;
  const { shown, running, progress, error } = useRevisionDiff(compare, oldSide, newSide, options);
  useEscapeCloses(onClose);
  const pane = useRef<HTMLElement>(null);

  const jump = useCallback((row: number) => setFocus((f) => ({ row, seq: (f?.seq ?? 0) + 1 })), []);
  // Row numbers belong to one result; a re-run (an option toggled, sides swapped) starts unfocused.
  useEffect(() => setFocus(null), [shown]);
  const rowOfNewParagraph = useMemo(() => {
    const map = new Map<number, number>();
    shown?.diff.paragraphs.forEach((row, i) => {
      if (row.newIndex !== null) map.set(row.newIndex, i);
    });
    return map;
  }, [shown]);
  const showChange = useCallback(
    (change: FactChange) => {
      const row = rowOfNewParagraph.get(change.newIndex);
      if (row !== undefined) jump(row);
    },
    [rowOfNewParagraph, jump],
  );
  const select = useCallback(
    (side: 'old' | 'new', index: number) => {
      const row = shown?.diff.paragraphs[index];
      if (!row || !shown) return;
      const [paragraph, start, end, text] = side === 'old' ? [row.oldIndex, row.oldStart, row.oldEnd, shown.old.text] : [row.newIndex, row.newStart, row.newEnd, shown.new.text];
      if (paragraph === null || start === null || end === null) return;
      onSelectParagraph({ index: paragraph, start, end, text: text.slice(start, end) });
    },
    [shown, onSelectParagraph],
  );

  const summary = shown?.diff.summary;
  const identical = summary !== undefined && summary.paragraphsAdded + summary.paragraphsRemoved + summary.paragraphsChanged + summary.paragraphsMoved === 0;
  const someTrivial = shown?.diff.paragraphs.some((row) => row.trivial) ?? false;
  const toggle = (key: keyof IgnoreOptions) => setOptions((o) => ({ ...o, [key]: !o[key] }));

  /** The height the user chose, else the pane's as its content sized it. */
  const paneHeight = () => height ?? pane.current?.getBoundingClientRect().height ?? PANE_LIMITS.compare.min;
  return (
    <section
      className="jk-cmp"
      data-testid="compare-view"
      data-expanded={expanded ? 'true' : undefined}
      data-state={running ? 'running' : 'idle'}
      aria-label={t(lang, 'app.compare.title')}
      aria-busy={running}
      ref={pane}
      style={height === null ? undefined : ({ '--jk-cmp-height': `${height}px` } as CSSProperties)}
    >
      <header className="jk-cmp-head">
        <h2 className="jk-cmp-title">{t(lang, 'app.compare.title')}</h2>
        <div className="jk-cmp-sides">
          <span className="jk-cmp-side" data-side="old" data-testid="compare-old-label" title={sideLabelText(lang, oldSide.label)}>
            <span className="jk-cmp-side-tag">{t(lang, 'app.compare.oldSide')}</span>
            {sideLabelText(lang, oldSide.label)}
          </span>
          <button type="button" className="jk-icon-button" data-testid="compare-swap" title={t(lang, 'app.compare.swap')} aria-label={t(lang, 'app.compare.swap')} onClick={() => setSwapped((s) => !s)}>
            <SwapIcon />
          </button>
          <span className="jk-cmp-side" data-side="new" data-testid="compare-new-label" title={sideLabelText(lang, newSide.label)}>
            <span className="jk-cmp-side-tag">{t(lang, 'app.compare.newSide')}</span>
            {sideLabelText(lang, newSide.label)}
          </span>
          {(pair.old.live || pair.new.live) && (
            <button type="button" className="jk-icon-button" data-testid="compare-refresh" title={t(lang, 'app.compare.refresh')} aria-label={t(lang, 'app.compare.refresh')} onClick={onRefresh}>
              <RefreshIcon />
            </button>
          )}
        </div>
        <div className="jk-cmp-controls">
          <div className="jk-cmp-modes" role="group">
            <button type="button" data-testid="compare-mode-side" aria-pressed={mode === 'side'} onClick={() => setMode('side')}>
              {t(lang, 'app.compare.modeSide')}
            </button>
            <button type="button" data-testid="compare-mode-inline" aria-pressed={mode === 'inline'} onClick={() => setMode('inline')}>
              {t(lang, 'app.compare.modeInline')}
            </button>
          </div>
          <label className="jk-cmp-toggle">
            <input type="checkbox" data-testid="compare-ignore-whitespace" checked={options.ignoreWhitespace} onChange={() => toggle('ignoreWhitespace')} />
            {t(lang, 'app.compare.ignoreWhitespace')}
          </label>
          <label className="jk-cmp-toggle">
            <input type="checkbox" data-testid="compare-ignore-width" checked={options.ignorePunctuationWidth} onChange={() => toggle('ignorePunctuationWidth')} />
            {t(lang, 'app.compare.ignoreWidth')}
          </label>
          <button
            type="button"
            className="jk-icon-button"
            data-testid="compare-expand"
            title={t(lang, expanded ? 'app.compare.shrink' : 'app.compare.expand')}
            aria-label={t(lang, expanded ? 'app.compare.shrink' : 'app.compare.expand')}
            aria-pressed={expanded}
            onClick={() => setExpanded((e) => !e)}
          >
            <ExpandIcon expanded={expanded} />
          </button>
          <button type="button" className="jk-icon-button" data-testid="compare-close" title={t(lang, 'app.compare.close')} aria-label={t(lang, 'app.compare.close')} onClick={onClose}>
            <CloseIcon />
          </button>
        </div>
        {running && (
          <div
            className="jk-cmp-progress"
            data-testid="compare-progress"
            role="progressbar"
            aria-label={t(lang, 'app.compare.progress')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(progress * 100)}
          >
            <div className="jk-cmp-progress-bar" style={{ width: `${Math.round(progress * 100)}%` }} />
          </div>
        )}
      </header>
      {error !== null && <p className="jk-cmp-error" role="alert">{t(lang, 'app.compare.failed', { reason: error })}</p>}
      {shown && (
        <div className="jk-cmp-summary-row">
          <CompareSummary summary={shown.diff.summary} lang={lang} />
          {identical && <span className="jk-cmp-identical">{t(lang, someTrivial ? 'app.compare.identicalIgnoring' : 'app.compare.identical')}</span>}
        </div>
      )}
      <div className="jk-cmp-body">
        {shown ? (
          <>
            <CompareRows
              diff={shown.diff}
              oldText={shown.old.text}
              newText={shown.new.text}
              oldLabel={sideLabelText(lang, shown.old.label)}
              newLabel={sideLabelText(lang, shown.new.label)}
              mode={mode}
              lang={lang}
              live={{ old: shown.old.live, new: shown.new.live }}
              focus={focus}
              onJump={jump}
              onSelect={select}
            />
            <FactChangeList changes={shown.diff.changes} truncated={shown.diff.changesTruncated} lang={lang} onShow={showChange} />
          </>
        ) : (
          error === null && <p className="jk-cmp-waiting">{t(lang, 'app.compare.progress')}</p>
        )}
      </div>
      <PaneResizer
        axis="y"
        grows={1}
        size={paneHeight()}
        measure={paneHeight}
        bounds={() => comparePaneBounds(pane.current?.parentElement?.getBoundingClientRect().height ?? window.innerHeight, PANE_LIMITS.compare)}
        cssVar="--jk-cmp-height"
        label={t(lang, 'app.layout.compareResizer')}
        testId="compare-resizer"
        onResize={onResize}
      />
    </section>
  );
});
