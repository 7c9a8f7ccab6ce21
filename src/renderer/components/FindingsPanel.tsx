import { familyLabel } from '../../core/checks/families';
import { memo, useEffect, useRef, useState, type ReactNode } from 'react';
import { familyOf, type Finding } from '../../core/finding';
import type { Lang } from '../../core/i18n/lang';
import { t } from '../../core/i18n/messages';
import { flaggedText, type FindingGroup, type PanelEntry } from './findingGroups';
import type { SentenceAround } from '../../core/text/sentenceAround';
import type { DeskCounts } from '../review/deskCounts';
import { SeverityIcon } from './icons';
import { VariantForms } from './variants/VariantForms';
import { IgnoreTextButton } from '../style/IgnoreTextButton';
import { variantEvidenceOf } from './variants/variantEvidenceOf';
import { ShowMoreButton } from './ShowMoreButton';

/**
 * A group shows its first FIRST_PAGE rows, then PAGE more each time it is asked (or scrolled near its
 * end, ShowMoreButton), so a long draft's findings show without rendering hundreds of cards at once.
 */
const FIRST_PAGE = 30;
const PAGE = 100;

interface PanelProps {
  /** The findings to list, grouped by family (groupByFamily). */
  groups: readonly FindingGroup[];
  selectedId: string | null;
  lang: Lang;
  /** Nothing to list yet because the first check is still running. */
  waiting: boolean;
  /** The desk's one count (deskCounts), as the status bar and the export dialog show it. */
  counts: DeskCounts;
  onSelect(id: string): void;
  /** Applies the card's suggestion (the panel's owner also fixes the findings merged into the card). */
  onApply(id: string): void;
  /** 全部改正 on a bundle: every finding's suggestion, as one edit. */
  onFixAll(ids: readonly string[]): void;
  /** The finding's sentence around its span, as the draft reads now. */
  sentenceOf(finding: Finding): SentenceAround | undefined;
  /** How many places applying the finding's suggestion changes. */
  placesChanged(finding: Finding): number;
  /** "统一为此写法" on a consistency group: replace the other forms with `form`. */
  onUnify?(id: string, form: string): void;
  /** 不再提示此词: adds the finding's text to the user's ignore list. */
  onIgnoreText?(text: string): void;
  /** More under each finding (the fact-check panel's verdict controls). */
  renderExtra?(finding: Finding): ReactNode;
  /** Shown at the end of the list, inside its scroll (the fact-check panel's set-aside items). */
  footer?: ReactNode;
}

type RowProps = Pick<PanelProps, 'lang' | 'onSelect' | 'onApply' | 'sentenceOf' | 'placesChanged' | 'onUnify' | 'onIgnoreText' | 'renderExtra'>;

function Sentence({ finding, sentenceOf }: { finding: Finding; sentenceOf: PanelProps['sentenceOf'] }) {
  const sentence = sentenceOf(finding);
  if (!sentence) return <span className="jk-finding-text">{flaggedText(finding)}</span>;
  return (
    <span className="jk-finding-sentence" data-testid="finding-sentence">
      {sentence.before}
      <mark className="jk-finding-text jk-finding-span">{sentence.span}</mark>
      {sentence.after}
    </span>
  );
}

/** One card: a finding, the findings of other families on the same text, and one apply button. */
const FindingItem = memo(function FindingItem({ findings, selected, inBundle = false, lang, onSelect, onApply, sentenceOf, placesChanged, onUnify, onIgnoreText, renderExtra }: RowProps & { findings: readonly Finding[]; selected: boolean; inBundle?: boolean }) {
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  const finding = findings[0]!;
  const others = findings.slice(1);
  const withSuggestion = findings.find((f) => f.suggestion !== undefined);
  const replacement = withSuggestion?.suggestion?.replacement;
  const places = withSuggestion ? placesChanged(withSuggestion) : 0;
  const variants = onUnify ? variantEvidenceOf(finding) : undefined;
  return (
    <li
      ref={ref}
      className="jk-finding"
      role="option"
      aria-selected={selected}
      data-testid="finding-item"
      data-finding-id={finding.id}
      data-rule={finding.rule}
      data-severity={finding.severity}
      onClick={() => onSelect(finding.id)}
    >
      <SeverityIcon severity={finding.severity} />
      <div className="jk-finding-body">
        {/* In a bundle the row above already says it: each occurrence shows only its sentence. */}
        {!inBundle && <div className="jk-finding-message">{finding.message}</div>}
        {others.map((other) => (
          <div key={other.id} className="jk-finding-message jk-finding-also" data-testid="finding-also" data-rule={other.rule}>
            <span className="jk-finding-also-family">{t(lang, familyLabel(familyOf(other.rule)))}</span>
            {other.message}
          </div>
        ))}
        {variants && onUnify && <VariantForms evidence={variants} lang={lang} onUse={(form) => onUnify(finding.id, form)} />}
        <div className="jk-finding-meta">
          <Sentence finding={finding} sentenceOf={sentenceOf} />
        </div>
        <div className="jk-finding-meta">
          {replacement !== undefined && withSuggestion && (
            <button
              type="button"
              className="jk-apply"
              data-testid="apply-suggestion"
              data-places={places}
              title={t(lang, 'app.panel.applyTitle', { replacement })}
              onClick={(event) => {
                event.stopPropagation();
                onApply(withSuggestion.id);
              }}
            >
              {t(lang, 'app.panel.apply')} <span className="jk-apply-to">→ {replacement}</span>
              {places > 1 && <span className="jk-apply-places">{t(lang, 'app.panel.applyPlaces', { count: places })}</span>}
            </button>
          )}
          {onIgnoreText && <IgnoreTextButton finding={finding} lang={lang} onIgnoreText={onIgnoreText} />}
        </div>
        {renderExtra?.(finding)}
      </div>
    </li>
  );
});

/** Identical mechanical findings as one row: the count, 全部改正, and on expand each sentence. */
function BundleRow({ findings, selectedId, expanded, onToggle, onFixAll, ...row }: RowProps & { findings: readonly Finding[]; selectedId: string | null; expanded: boolean; onToggle(): void; onFixAll: PanelProps['onFixAll'] }) {
  const finding = findings[0]!;
  const replacement = finding.suggestion?.replacement;
  const { lang } = row;
  const [shown, setShown] = useState(FIRST_PAGE);
  // Keep the selected occurrence rendered even when it lies beyond the visible page.
  const limit = Math.max(shown, findings.findIndex((f) => f.id === selectedId) + 1);
  const hidden = findings.length - limit;
  return (
    <li className="jk-bundle" data-testid="finding-bundle" data-rule={finding.rule} data-count={findings.length} aria-expanded={expanded}>
      <div className="jk-bundle-head">
        <SeverityIcon severity={finding.severity} />
        <div className="jk-finding-body">
          <div className="jk-finding-message">{finding.message}</div>
          <div className="jk-finding-meta">
            <button type="button" className="jk-link-button" data-testid="bundle-toggle" aria-expanded={expanded} onClick={onToggle}>
              {t(lang, expanded ? 'app.panel.bundleHide' : 'app.panel.bundleShow', { count: findings.length })}
            </button>
            {replacement !== undefined && (
              <button
                type="button"
                className="jk-apply"
                data-testid="fix-all"
                title={t(lang, 'app.panel.fixAllTitle', { count: findings.length, replacement })}
                onClick={() => onFixAll(findings.map((f) => f.id))}
              >
                {t(lang, 'app.panel.fixAll')} <span className="jk-apply-to">→ {replacement}</span>
              </button>
            )}
          </div>
        </div>
        <span className="jk-group-count" data-testid="bundle-count">
          {findings.length}
        </span>
      </div>
      {expanded && (
        <ul className="jk-group-list jk-bundle-list" role="listbox" aria-label={finding.message}>
          {findings.slice(0, limit).map((f) => (
            <FindingItem key={f.id} findings={[f]} selected={f.id === selectedId} inBundle {...row} />
          ))}
        </ul>
      )}
      {expanded && hidden > 0 && <ShowMoreButton label={t(lang, 'app.panel.showMore', { count: Math.min(hidden, PAGE) })} onMore={() => setShown(limit + PAGE)} />}
    </li>
  );
}

function entryKey(entry: PanelEntry): string {
  return entry.kind === 'bundle' ? entry.key : entry.findings[0]!.id;
}

function Group({ group, selectedId, onFixAll, ...row }: RowProps & { group: FindingGroup; selectedId: string | null; onFixAll: PanelProps['onFixAll'] }) {
  const [shown, setShown] = useState(FIRST_PAGE);
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const holdsSelected = (entry: PanelEntry) => selectedId !== null && entry.findings.some((f) => f.id === selectedId);
  const selectedIndex = group.entries.findIndex(holdsSelected);
  // Keep the selected item rendered even when it lies beyond the visible page.
  const limit = Math.max(shown, selectedIndex + 1);
  const hidden = group.entries.length - limit;
  const label = t(row.lang, familyLabel(group.family));
  const toggle = (key: string) =>
    setOpened((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  return (
    <section className="jk-group" data-testid="finding-group" data-family={group.family} data-facts={group.facts}>
      <h3 className="jk-group-head">
        <span className="jk-family-chip" data-family={group.family} />
        <span className="jk-group-name">{label}</span>
        <span className="jk-group-count" data-testid="finding-count">
          {group.findings.length}
        </span>
      </h3>
      <ul className="jk-group-list" role="listbox" aria-label={label}>
        {group.entries.slice(0, limit).map((entry) =>
          entry.kind === 'bundle' ? (
            // The bundle holding the selected finding opens, so what J or F8 selects is on screen.
            <BundleRow key={entryKey(entry)} findings={entry.findings} selectedId={selectedId} expanded={opened.has(entry.key) || holdsSelected(entry)} onToggle={() => toggle(entry.key)} onFixAll={onFixAll} {...row} />
          ) : (
            <FindingItem key={entryKey(entry)} findings={entry.findings} selected={holdsSelected(entry)} {...row} />
          ),
        )}
      </ul>
      {hidden > 0 && <ShowMoreButton label={t(row.lang, 'app.panel.showMore', { count: Math.min(hidden, PAGE) })} onMore={() => setShown(limit + PAGE)} />}
    </section>
  );
}

/**
 * The findings beside the draft: facts first, then mechanical style, by family; a click selects
 * the finding's text. Fact findings on the same text are one card; identical mechanical ones one row.
 */
export const FindingsPanel = memo(function FindingsPanel({ groups, selectedId, lang, waiting, counts, footer, onFixAll, ...row }: PanelProps) {
  const mechanicalStart = groups.findIndex((g) => !g.facts);
  return (
    <aside className="jk-panel" data-testid="findings-panel" aria-label={t(lang, 'app.panel.title')}>
      <header className="jk-panel-head">
        <h2>{t(lang, 'app.panel.title')}</h2>
        <span className="jk-panel-total" data-testid="panel-total" data-count={counts.total} data-errors={counts.open.error}>
          {t(lang, 'app.panel.total', { count: counts.total })}
          {counts.open.error > 0 && <span className="jk-panel-errors">{t(lang, 'app.panel.openErrors', { count: counts.open.error })}</span>}
        </span>
      </header>
      <div className="jk-panel-scroll">
        {groups.length === 0 && <p className="jk-panel-empty">{t(lang, waiting ? 'app.panel.waiting' : 'app.panel.empty')}</p>}
        {groups.map((group, i) => (
          <div key={group.family}>
            {i === mechanicalStart && <h3 className="jk-section-head" data-testid="mechanical-section">{t(lang, 'app.panel.mechanical')}</h3>}
            <Group group={group} selectedId={selectedId} lang={lang} onFixAll={onFixAll} {...row} />
          </div>
        ))}
        {footer}
      </div>
    </aside>
  );
});
