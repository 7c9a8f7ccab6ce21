import { useEffect, useMemo, useState } from 'react';
import type { Review } from '../../../core/review/review';
import { ExportOpenWarning } from './ExportOpenWarning';
import type { DeskCounts } from '../../review/deskCounts';
import type { EditorState } from '@codemirror/state';
import { CLEAN_TRANSFORMS, type CleanTransform } from '../../../core/cleanCopy/cleanEdit';
import { DEFAULT_CLEAN_COPY_OPTIONS, type CleanCopyOptions } from '../../../core/cleanCopy/cleanCopy';
import type { AcceptedFix } from '../../../core/cleanCopy/acceptedFixes';
import { transformName } from '../../../core/cleanCopy/renderChangeLog';
import { EXPORT_FORMATS, exportFormatOf, type DraftFormat, type ExportFormat } from '../../../core/draftFile';
import type { Lang } from '../../../core/i18n/lang';
import { t } from '../../../core/i18n/messages';
import { api } from '../../jiaokanApi';
import { Modal } from '../Modal';
import { acceptedFixesInState } from './acceptedFixesInState';
import type { CleanPreview } from './cleanPreview';
import { ExportPreview, type PreviewState } from './ExportPreview';
import './exportDialog.css';

/** Enough to see what cleaning does; a huge draft's remaining changes are counted, not rendered. */
const MAX_PREVIEW_ENTRIES = 300;
const NO_IDS: ReadonlySet<string> = new Set();

/** The draft as it was when the dialog opened: the dialog is modal, so the text cannot change under it. */
export interface ExportSource {
  name: string;
  path: string | null;
  format: DraftFormat | null;
  state: EditorState;
}

export type PreviewClean = (text: string, options: CleanCopyOptions, accepted: AcceptedFix[], maxEntries: number) => Promise<CleanPreview | null>;

interface ExportDialogProps {
  lang: Lang;
  source: ExportSource;
  /** Findings whose suggestion the reviewer accepted; none until the verdict workflow passes them. */
  acceptedFindingIds?: ReadonlySet<string>;
  /** The draft's review: whether page chrome is article text. */
  review?: Review | null;
  /** The desk's one count (deskCounts): open errors and unchecked claims are pointed out before export, applied fixes counted. */
  counts: DeskCounts;
  /** Computes the preview off the UI thread (the check worker). */
  preview: PreviewClean;
  onExported(path: string): void;
  onClose(): void;
}

/** Export clean copy: choose transforms and format, see what cleaning will change, then write it. */
export function ExportDialog({ lang, source, acceptedFindingIds, review = null, counts, preview, onExported, onClose }: ExportDialogProps) {
  // Page chrome the user has said is article text is kept unless they choose otherwise.
  const [options, setOptions] = useState<CleanCopyOptions>({ ...DEFAULT_CLEAN_COPY_OPTIONS, stripChrome: review?.chromeIncluded !== true });
  const [format, setFormat] = useState<ExportFormat>(exportFormatOf(source.format));
  const [saveLog, setSaveLog] = useState(false);
  const [previewState, setPreviewState] = useState<PreviewState>({ status: 'computing' });
  const [stale, setStale] = useState(true);
  const [exporting, setExporting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const text = useMemo(() => source.state.doc.toString(), [source.state]);
  const accepted = useMemo(() => acceptedFixesInState(source.state, acceptedFindingIds ?? NO_IDS), [source.state, acceptedFindingIds]);

  useEffect(() => {
    let live = true;
    setStale(true);
    preview(text, options, accepted, MAX_PREVIEW_ENTRIES).then(
      (result) => {
        if (!live || result === null) return;
        setPreviewState({ status: 'ready', preview: result });
        setStale(false);
      },
      (failure: unknown) => {
        if (!live) return;
        setPreviewState({ status: 'failed', reason: failure instanceof Error ? failure.message : String(failure) });
        setStale(false);
      },
    );
    return () => {
      live = false;
    };
  }, [preview, text, options, accepted]);

  const submit = async () => {
    setExporting(true);
    setError(null);
    try {
      const result = await api().exportCleanCopy({ sourcePath: source.path, sourceName: source.name, format, text, options, accepted, saveLog });
      if (result.ok) onExported(result.path);
      else if (result.cancelled !== true) setError(result.message);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setExporting(false);
    }
  };

  const changes = previewState.status === 'ready' ? previewState.preview.counts : null;
  const countText = (transform: CleanTransform): string => {
    if (changes === null) return '…';
    const count = options[transform] ? changes[transform] : 0;
    return transform === 'applySuggestions' ? t(lang, 'app.export.countAccepted', { accepted: counts.applied + accepted.length, count }) : t(lang, 'app.export.count', { count });
  };

  return (
    <Modal
      title={t(lang, 'app.export.title')}
      testId="export-dialog"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="jk-button" data-testid="export-cancel" onClick={onClose}>
            {t(lang, 'app.export.cancel')}
          </button>
          <button type="button" className="jk-button jk-button-primary" data-testid="export-submit" disabled={exporting} onClick={() => void submit()}>
            {t(lang, exporting ? 'app.export.exporting' : 'app.export.submit')}
          </button>
        </>
      }
    >
      <ExportOpenWarning lang={lang} counts={counts} />
      <div className="jk-export-options">
        <ul className="jk-export-transforms" data-testid="export-counts" aria-label={t(lang, 'app.export.transforms')}>
          {CLEAN_TRANSFORMS.map((transform) => (
            <li key={transform} className="jk-export-transform" data-transform={transform} data-count={changes && options[transform] ? changes[transform] : 0}>
              <label>
                <input
                  type="checkbox"
                  data-testid={`export-transform-${transform}`}
                  checked={options[transform]}
                  onChange={(e) => setOptions((current) => ({ ...current, [transform]: e.target.checked }))}
                />
                {transformName(lang, transform)}
              </label>
              <span className="jk-export-count">{options[transform] ? countText(transform) : t(lang, 'app.export.off')}</span>
            </li>
          ))}
        </ul>
        <div className="jk-export-side">
          <label className="jk-field">
            <span className="jk-field-label">{t(lang, 'app.export.format')}</span>
            <select data-testid="export-format" value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
              {EXPORT_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {t(lang, `app.export.format.${f}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="jk-export-check">
            <input type="checkbox" data-testid="export-save-log" checked={saveLog} onChange={(e) => setSaveLog(e.target.checked)} />
            {t(lang, 'app.export.saveLog')}
          </label>
        </div>
      </div>
      <h3 className="jk-export-heading">{t(lang, 'app.export.preview')}</h3>
      <ExportPreview lang={lang} state={previewState} stale={stale} />
      {error !== null && (
        <p className="jk-export-error" role="alert" data-testid="export-error">
          {error}
        </p>
      )}
    </Modal>
  );
}
