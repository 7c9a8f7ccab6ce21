import { familyLabel } from '../../core/checks/families';
import { memo, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Finding } from '../../core/finding';
import type { Lang } from '../../core/i18n/lang';
import { t } from '../../core/i18n/messages';
import { flaggedText, groupByFamily, type FindingGroup } from './findingGroups';
import { SeverityIcon } from './icons';
import { VariantForms } from './variants/VariantForms';
import { IgnoreTextButton } from '../style/IgnoreTextButton';
import { variantEvidenceOf } from './variants/variantEvidenceOf';

/** A group shows this many items until asked for more, so a huge draft's list stays quick to render. */
const PAGE = 100;

interface PanelProps {
  findings: readonly Finding[];
  selectedId: string | null;
  lang: Lang;
  /** Nothing to list yet because the first check is still running. */
  waiting: boolean;
  onSelect(id: string): void;
  onApply(id: string): void;
  /** "统一为此写法" on a consistency group: replace the other forms with `form`. */
  onUnify?(id: string, form: string): void;
  /** 不再提示此词: adds the finding's text to the user's ignore list. */
  onIgnoreText?(text: string): void;
  /** More under each finding (the fact-check panel's verdict controls). */
  renderExtra?(finding: Finding): ReactNode;
  /** Shown at the end of the list, inside its scroll (the fact-check panel's set-aside items). */
  footer?: ReactNode;
}

interface ItemProps {
  finding: Finding;
  selected: boolean;
  lang: Lang;
  onSelect(id: string): void;
  onApply(id: string): void;
  onUnify?(id: string, form: string): void;
  onIgnoreText?(text: string): void;
  renderExtra?(finding: Finding): ReactNode;
}

const FindingItem = memo(function FindingItem({ finding, selected, lang, onSelect, onApply, onUnify, onIgnoreText, renderExtra }: ItemProps) {
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  const replacement = finding.suggestion?.replacement;
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
        <div className="jk-finding-message">{finding.message}</div>
        {variants && onUnify && <VariantForms evidence={variants} lang={lang} onUse={(form) => onUnify(finding.id, form)} />}
        <div className="jk-finding-meta">
          <span className="jk-finding-text">{flaggedText(finding)}</span>
          {replacement !== undefined && (
            <button
              type="button"
              className="jk-apply"
              data-testid="apply-suggestion"
              title={t(lang, 'app.panel.applyTitle', { replacement })}
              onClick={(event) => {
                event.stopPropagation();
                onApply(finding.id);
              }}
            >
              {t(lang, 'app.panel.apply')} <span className="jk-apply-to">→ {replacement}</span>
            </button>
          )}
          {onIgnoreText && <IgnoreTextButton finding={finding} lang={lang} onIgnoreText={onIgnoreText} />}
        </div>
        {renderExtra?.(finding)}
      </div>
    </li>
  );
});

function Group({ group, selectedId, lang, onSelect, onApply, onUnify, onIgnoreText, renderExtra }: Omit<PanelProps, 'findings' | 'waiting' | 'footer'> & { group: FindingGroup }) {
  const [shown, setShown] = useState(PAGE);
  const selectedIndex = selectedId === null ? -1 : group.findings.findIndex((f) => f.id === selectedId);
  // Keep the selected item rendered even when it lies beyond the visible page.
  const limit = Math.max(shown, selectedIndex + 1);
  const hidden = group.findings.length - limit;
  const label = t(lang, familyLabel(group.family));
  return (
    <section className="jk-group" data-testid="finding-group" data-family={group.family}>
      <h3 className="jk-group-head">
        <span className="jk-family-chip" data-family={group.family} />
        <span className="jk-group-name">{label}</span>
        <span className="jk-group-count" data-testid="finding-count">
          {group.findings.length}
        </span>
      </h3>
      <ul className="jk-group-list" role="listbox" aria-label={label}>
        {group.findings.slice(0, limit).map((finding) => (
          <FindingItem key={finding.id} finding={finding} selected={finding.id === selectedId} lang={lang} onSelect={onSelect} onApply={onApply} onUnify={onUnify} onIgnoreText={onIgnoreText} renderExtra={renderExtra} />
        ))}
      </ul>
      {hidden > 0 && (
        <button type="button" className="jk-show-more" onClick={() => setShown(limit + PAGE)}>
          {t(lang, 'app.panel.showMore', { count: Math.min(hidden, PAGE) })}
        </button>
      )}
    </section>
  );
}

/** The findings beside the draft, grouped by family; a click selects the finding's text. */
export const FindingsPanel = memo(function FindingsPanel({ findings, selectedId, lang, waiting, onSelect, onApply, onUnify, onIgnoreText, renderExtra, footer }: PanelProps) {
  const groups = groupByFamily(findings);
  return (
    <aside className="jk-panel" data-testid="findings-panel" aria-label={t(lang, 'app.panel.title')}>
      <header className="jk-panel-head">
        <h2>{t(lang, 'app.panel.title')}</h2>
        <span className="jk-panel-total">{t(lang, 'app.panel.total', { count: findings.length })}</span>
      </header>
      <div className="jk-panel-scroll">
        {groups.length === 0 && <p className="jk-panel-empty">{t(lang, waiting ? 'app.panel.waiting' : 'app.panel.empty')}</p>}
        {groups.map((group) => (
          <Group key={group.family} group={group} selectedId={selectedId} lang={lang} onSelect={onSelect} onApply={onApply} onUnify={onUnify} onIgnoreText={onIgnoreText} renderExtra={renderExtra} />
        ))}
        {footer}
      </div>
    </aside>
  );
});
