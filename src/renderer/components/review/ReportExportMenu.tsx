import { useState } from 'react';
import type { Lang } from '../../../core/i18n/lang';
import { t } from '../../../core/i18n/messages';
import { REVIEW_REPORT_FORMATS, type ReviewReportFormat } from '../../../shared/api';

const LABELS: Record<ReviewReportFormat, string> = { html: 'HTML', pdf: 'PDF', md: 'Markdown', csv: 'CSV', json: 'JSON' };

/** Export the review report: one button, then the format. */
export function ReportExportMenu({ lang, disabled, onExport }: { lang: Lang; disabled: boolean; onExport(format: ReviewReportFormat): void }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="jk-report-export">
      <button type="button" data-testid="report-export" disabled={disabled} aria-expanded={open} onClick={() => setOpen(!open)}>
        {t(lang, 'review.ui.export')} ▾
      </button>
      {open && (
        <div className="jk-report-menu" role="menu">
          {REVIEW_REPORT_FORMATS.map((format) => (
            <button
              key={format}
              type="button"
              role="menuitem"
              data-testid={`report-export-${format}`}
              onClick={() => {
                setOpen(false);
                onExport(format);
              }}
            >
              {LABELS[format]}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
