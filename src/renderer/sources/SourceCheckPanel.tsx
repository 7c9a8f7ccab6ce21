import type { DragEvent } from 'react';
import type { Lang } from '../../core/i18n/lang';
import { t } from '../../core/i18n/messages';
import { ParagraphText } from '../components/compare/ParagraphText';
import type { SourceRule } from '../../core/sources/sourceFinding';
import { sideBySide } from './sourcePassage';
import type { SourceCheck } from './useSourceCheck';
import './sourceCheck.css';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer.types.includes('Files');
}

/** 来源核对: the attached sources, the differences the check found in the draft, and the selected one side by side. */
export function SourceCheckPanel({ check, lang }: { check: SourceCheck; lang: Lang }) {
  const { selected } = check;
  const pair = selected && sideBySide(selected.citation.sourceSentence, selected.draftSentence);
  return (
    <section
      className="jk-sources"
      data-testid="source-check"
      data-source-drop
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDrop={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        check.addDropped([...event.dataTransfer.files]);
      }}
    >
      <div className="jk-sources-head">
        <h3>{t(lang, 'app.sources.attached')}</h3>
        <button type="button" className="jk-button" data-testid="sources-add" onClick={check.add}>
          {t(lang, 'app.sources.add')}
        </button>
      </div>
      {check.reading && (
        <p className="jk-sources-empty" role="status" data-testid="sources-reading">
          {t(lang, 'app.sources.reading')}
        </p>
      )}
      {check.sources.length === 0 ? (
        <p className="jk-sources-empty">{t(lang, 'app.sources.none')}</p>
      ) : (
        <ul className="jk-sources-files">
          {check.sources.map((s) => (
            <li key={s.attached.path} data-testid="source-file" data-state={s.state} title={s.attached.path}>
              <span className="jk-sources-name">{s.attached.name}</span>
              {s.state !== 'unchanged' && <span className="jk-sources-state">{t(lang, `app.sources.state.${s.state}`)}</span>}
              <button type="button" className="jk-button jk-sources-remove" data-testid="source-remove" title={t(lang, 'app.sources.removeHint')} onClick={() => check.remove(s.attached.path)}>
                {t(lang, 'app.sources.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {check.sources.length > 0 && (
        <ul className="jk-sources-findings" role="listbox" aria-label={t(lang, 'app.sources.tab')}>
          {check.findings.length === 0 && <li className="jk-sources-empty">{t(lang, 'app.sources.noDifferences')}</li>}
          {check.findings.map((f) => {
            const verdict = check.verdicts.get(f.id) ?? 'open';
            return (
              <li
                key={f.id}
                role="option"
                aria-selected={f.id === check.selectedId}
                className="jk-sources-finding"
                data-testid="source-finding"
                data-rule={f.rule}
                data-verdict={verdict}
                onClick={() => check.select(f.id)}
              >
                <span className="jk-sources-rule">{t(lang, `app.sources.rule.${f.rule as SourceRule}`)}</span>
                {verdict !== 'open' && <span className="jk-verdict-badge" data-verdict={verdict}>{t(lang, `review.verdict.${verdict}`)}</span>}
                <span className="jk-sources-quote">{f.spans[0]?.text}</span>
              </li>
            );
          })}
        </ul>
      )}
      {selected && pair && (
        <div className="jk-sources-pair" data-testid="source-pair">
          <div className="jk-sources-side">
            <div className="jk-sources-side-tag">{t(lang, 'app.sources.draftSide')}</div>
            <p className="jk-cmp-text" data-testid="source-pair-draft">
              <ParagraphText segments={pair.draft} lang={lang} />
            </p>
          </div>
          <div className="jk-sources-side">
            <div className="jk-sources-side-tag">
              {selected.citation.page === undefined
                ? selected.citation.sourceFile
                : `${selected.citation.sourceFile} · ${t(lang, 'app.sources.page', { page: selected.citation.page })}`}
            </div>
            <p className="jk-cmp-text" data-testid="source-pair-source">
              <ParagraphText segments={pair.source} lang={lang} />
            </p>
          </div>
          <div className="jk-sources-actions">
            <button type="button" className="jk-button" data-testid="source-verify" onClick={() => check.verify(selected.finding.id)}>
              {t(lang, 'app.sources.verify')}
            </button>
            {selected.finding.suggestion && (
              <button type="button" className="jk-button" data-testid="source-adopt" data-value={selected.finding.suggestion.replacement} onClick={() => check.adopt(selected.finding.id)}>
                {t(lang, 'app.sources.adopt', { value: selected.finding.suggestion.replacement })}
              </button>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
