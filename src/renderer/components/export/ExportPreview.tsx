import type { Lang } from '../../../core/i18n/lang';
import { t } from '../../../core/i18n/messages';
import type { CleanPreview, PreviewPart } from './cleanPreview';

/** Whitespace made visible where it is what changed: a removed indent or line break must show. */
const VISIBLE: Record<string, string> = { '\n': '⏎', ' ': '·', '\u3000': '□', '\t': '→', '\u00a0': '·' };

function shown(part: PreviewPart): string {
  return part.kind === 'same' ? part.text.replace(/\n/g, '⏎') : part.text.replace(/[\n \u3000\t\u00a0]/g, (ch) => VISIBLE[ch]!);
}

export type PreviewState = { status: 'computing' } | { status: 'ready'; preview: CleanPreview } | { status: 'failed'; reason: string };

/** What cleaning will change, as a diff over the draft: removed text struck through, added text marked. */
export function ExportPreview({ lang, state, stale }: { lang: Lang; state: PreviewState; stale: boolean }) {
  const status = state.status === 'ready' && stale ? 'computing' : state.status;
  return (
    <div className="jk-export-preview" data-testid="export-preview" data-state={status} aria-busy={status === 'computing'}>
      {state.status === 'computing' && <p className="jk-preview-note">{t(lang, 'app.export.previewComputing')}</p>}
      {state.status === 'failed' && <p className="jk-preview-note">{t(lang, 'app.export.previewFailed', { reason: state.reason })}</p>}
      {state.status === 'ready' && <PreviewEntries lang={lang} preview={state.preview} />}
    </div>
  );
}

function PreviewEntries({ lang, preview }: { lang: Lang; preview: CleanPreview }) {
  if (preview.entries.length === 0) return <p className="jk-preview-note">{t(lang, 'app.export.previewEmpty')}</p>;
  return (
    <>
      <ol className="jk-preview-list">
        {preview.entries.map((entry, i) => (
          <li key={i} className="jk-preview-entry" data-testid="export-preview-entry" data-kind={entry.kind}>
            <span className="jk-preview-line">{t(lang, 'app.export.previewLine', { line: entry.line })}</span>
            {entry.kind === 'removed' ? (
              <div className="jk-preview-removed">
                <span className="jk-preview-label">{t(lang, 'app.export.previewRemoved')}</span>
                {entry.paragraphs.map((p, k) => (
                  <del key={k} className="jk-preview-paragraph">
                    {p}
                  </del>
                ))}
                {entry.hiddenParagraphs > 0 && <span className="jk-preview-label">{t(lang, 'app.export.previewHiddenParagraphs', { count: entry.hiddenParagraphs })}</span>}
              </div>
            ) : (
              <span className="jk-preview-text">
                {entry.parts.map((part, k) =>
                  part.kind === 'del' ? <del key={k}>{shown(part)}</del> : part.kind === 'ins' ? <ins key={k}>{shown(part)}</ins> : <span key={k}>{shown(part)}</span>,
                )}
              </span>
            )}
          </li>
        ))}
      </ol>
      {preview.more > 0 && (
        <p className="jk-preview-note" data-testid="export-preview-more" data-count={preview.more}>
          {t(lang, 'app.export.previewMore', { count: preview.more })}
        </p>
      )}
    </>
  );
}
