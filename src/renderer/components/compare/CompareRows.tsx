import { isBlankRow } from './blankRow';
import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ParagraphRow } from '../../../core/diff/revisionDiff';
import type { Lang } from '../../../core/i18n/lang';
import { t } from '../../../core/i18n/messages';
import type { ShownDiff } from '../../worker/packedDiff';
import { foldUnchanged, itemIndexOfRow, type CompareItem } from './foldUnchanged';
import { paragraphSegments, type CompareSide } from './paragraphSegments';
import { ParagraphText } from './ParagraphText';

/** Items rendered at first and per "show more": a 1 MB comparison has thousands of rows. */
export const ITEM_PAGE = 60;

export type CompareMode = 'side' | 'inline';

/** A request to bring a row into view; `seq` makes asking twice for the same row count. */
export interface RowFocus {
  row: number;
  seq: number;
}

interface CompareRowsProps {
  diff: ShownDiff;
  oldText: string;
  newText: string;
  oldLabel: string;
  newLabel: string;
  mode: CompareMode;
  lang: Lang;
  live: { old: boolean; new: boolean };
  focus: RowFocus | null;
  onJump(row: number): void;
  onSelect(side: 'old' | 'new', row: number): void;
}

/** The other row of each moved paragraph (its old place ↔ its new place). */
function movePartners(rows: readonly ParagraphRow[]): Map<number, number> {
  const byMove = new Map<number, number[]>();
  rows.forEach((row, i) => {
    if (row.moveIndex !== undefined) byMove.set(row.moveIndex, [...(byMove.get(row.moveIndex) ?? []), i]);
  });
  const partners = new Map<number, number>();
  for (const [a, b] of byMove.values()) {
    if (a === undefined || b === undefined) continue;
    partners.set(a, b);
    partners.set(b, a);
  }
  return partners;
}

interface CellProps {
  row: ParagraphRow;
  index: number;
  side: CompareSide;
  diff: ShownDiff;
  oldText: string;
  newText: string;
  lang: Lang;
  selectable: 'old' | 'new' | null;
  focused: boolean;
  partner: number | undefined;
  onJump(row: number): void;
  onSelect(side: 'old' | 'new', row: number): void;
}

const RowCell = memo(function RowCell({ row, index, side, diff, oldText, newText, lang, selectable, focused, partner, onJump, onSelect }: CellProps) {
  const paragraph = side === 'old' ? row.oldIndex : side === 'new' ? row.newIndex : (row.newIndex ?? row.oldIndex);
  const blank = isBlankRow(row, oldText, newText) ? 'true' : undefined;
  if (paragraph === null) return <div className="jk-cmp-cell jk-cmp-gap" data-testid="compare-gap" data-kind={row.kind} data-row={index} data-blank={blank} aria-hidden="true" />;
  const move = row.moveIndex === undefined ? undefined : diff.moves[row.moveIndex];
  const atOldPlace = row.oldIndex !== null;
  return (
    <div
      className="jk-cmp-cell"
      data-testid="compare-row"
      data-kind={row.kind}
      data-row={index}
      data-side={side}
      data-trivial={row.trivial ? 'true' : undefined}
      data-blank={blank}
      data-focused={focused ? 'true' : undefined}
      data-selectable={selectable ? 'true' : undefined}
      title={selectable ? t(lang, 'app.compare.selectInEditor') : undefined}
      onClick={selectable ? () => onSelect(selectable, index) : undefined}
    >
      {/* Inline, the numbers are the new text's; a paragraph only the old text has gets none. */}
      <span className="jk-cmp-num">{side === 'inline' && row.newIndex === null ? '' : paragraph + 1}</span>
      <div className="jk-cmp-text">
        {move && (
          <span className="jk-cmp-move" data-testid="compare-move">
            <span className="jk-cmp-move-badge">{t(lang, 'app.compare.moved')}</span>
            <button
              type="button"
              className="jk-cmp-link"
              data-testid="compare-move-link"
              disabled={partner === undefined}
              onClick={(event) => {
                event.stopPropagation();
                if (partner !== undefined) onJump(partner);
              }}
            >
              {atOldPlace ? t(lang, 'app.compare.movedTo', { line: move.newIndex + 1 }) : t(lang, 'app.compare.movedFrom', { line: move.oldIndex + 1 })}
            </button>
          </span>
        )}
        <ParagraphText segments={paragraphSegments({ ...row, parts: diff.partsOf(index) }, side, oldText, newText)} lang={lang} />
      </div>
    </div>
  );
});

function FoldCell({ item, lang, onUnfold }: { item: Extract<CompareItem, { type: 'fold' }>; lang: Lang; onUnfold(from: number): void }) {
  return (
    <button type="button" className="jk-cmp-fold" data-testid="compare-fold" onClick={() => onUnfold(item.from)}>
      {t(lang, 'app.compare.fold', { count: item.to - item.from })}
    </button>
  );
}

/**
 * The rows of a comparison. Side by side, both columns are subgrids of one grid inside one
 * scroller: a row's two cells share one grid track, so they stay aligned whatever their heights,
 * and the columns scroll together by construction.
 */
export function CompareRows({ diff, oldText, newText, oldLabel, newLabel, mode, lang, live, focus, onJump, onSelect }: CompareRowsProps) {
  const rows = diff.paragraphs;
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(() => new Set());
  const [limit, setLimit] = useState(ITEM_PAGE);
  const items = useMemo(() => foldUnchanged(rows, expanded), [rows, expanded]);
  const partners = useMemo(() => movePartners(rows), [rows]);
  const scroller = useRef<HTMLDivElement>(null);
  const pendingScroll = useRef<number | null>(null);
  const itemsRef = useRef(items);
  itemsRef.current = items;

  const unfold = (from: number) => setExpanded((set) => new Set(set).add(from));

  const scrollToRow = (row: number): boolean => {
    const cell = scroller.current?.querySelector(`[data-testid=compare-row][data-row="${row}"]`);
    cell?.scrollIntoView({ block: 'center' });
    return cell !== null && cell !== undefined;
  };

  // Scroll to the focused row; if it is folded or beyond the limit, render it first and scroll after.
  useLayoutEffect(() => {
    if (!focus || scrollToRow(focus.row)) return;
    const current = itemsRef.current;
    const at = itemIndexOfRow(current, focus.row);
    if (at < 0) return;
    const item = current[at]!;
    const position = item.type === 'fold' ? at + (focus.row - item.from) : at;
    if (item.type === 'fold') unfold(item.from);
    setLimit((l) => Math.max(l, position + 1 + ITEM_PAGE / 3));
    pendingScroll.current = focus.row;
  }, [focus]);

  useLayoutEffect(() => {
    if (pendingScroll.current !== null && scrollToRow(pendingScroll.current)) pendingScroll.current = null;
  });

  const shown = items.slice(0, limit);
  const left = items.length - shown.length;
  const focused = focus?.row ?? -1;
  const selectable = (side: CompareSide, row: ParagraphRow): 'old' | 'new' | null => {
    if ((side === 'new' || side === 'inline') && live.new && row.newIndex !== null) return 'new';
    if ((side === 'old' || side === 'inline') && live.old && row.oldIndex !== null) return 'old';
    return null;
  };
  const cells = (side: CompareSide) =>
    shown.map((item) =>
      item.type === 'fold' ? (
        <FoldCell key={`f${item.from}`} item={item} lang={lang} onUnfold={unfold} />
      ) : (
        <RowCell
          key={item.row}
          row={rows[item.row]!}
          index={item.row}
          side={side}
          diff={diff}
          oldText={oldText}
          newText={newText}
          lang={lang}
          selectable={selectable(side, rows[item.row]!)}
          focused={item.row === focused}
          partner={partners.get(item.row)}
          onJump={onJump}
          onSelect={onSelect}
        />
      ),
    );

  return (
    <div className="jk-cmp-scroll" ref={scroller} data-testid="compare-scroll">
      {mode === 'side' ? (
        <div className="jk-cmp-grid" style={{ gridTemplateRows: `repeat(${shown.length + 1}, auto)` }}>
          <div className="jk-cmp-col" data-testid="compare-old" style={{ gridRow: `1 / span ${shown.length + 1}` }}>
            <div className="jk-cmp-col-head">{t(lang, 'app.compare.oldSide')} · {oldLabel}</div>
            {cells('old')}
          </div>
          <div className="jk-cmp-col" data-testid="compare-new" style={{ gridRow: `1 / span ${shown.length + 1}` }}>
            <div className="jk-cmp-col-head">{t(lang, 'app.compare.newSide')} · {newLabel}</div>
            {cells('new')}
          </div>
        </div>
      ) : (
        <div className="jk-cmp-inline" data-testid="compare-inline">
          {cells('inline')}
        </div>
      )}
      {left > 0 && (
        <button type="button" className="jk-cmp-show-more" data-testid="compare-show-more" onClick={() => setLimit((l) => l + ITEM_PAGE)}>
          {t(lang, 'app.compare.showMore', { count: Math.min(left, ITEM_PAGE), left })}
        </button>
      )}
    </div>
  );
}
