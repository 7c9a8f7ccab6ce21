import type { Severity } from '../../core/finding';
import type { Lang } from '../../core/i18n/lang';
import { formatCount } from '../../core/i18n/formatCount';
import { t } from '../../core/i18n/messages';
import type { GazetteerStatus } from '../worker/checkClient';
import type { DeskCounts } from '../review/deskCounts';
import { SeverityIcon } from './icons';

export interface StatusBarProps {
  lang: Lang;
  fileName: string | null;
  encoding: string | null;
  chars: number;
  edited: boolean;
  /** The desk's one count (deskCounts): findings still open, by severity. */
  counts: DeskCounts;
  checking: boolean;
  checkError: string | null;
  gazetteer: GazetteerStatus;
}

const SEVERITY_TEST_IDS: Record<Severity, string> = { error: 'status-errors', warning: 'status-warnings', info: 'status-infos' };

export function StatusBar({ lang, fileName, encoding, chars, edited, counts, checking, checkError, gazetteer }: StatusBarProps) {
  return (
    <footer className="jk-status" data-testid="status-bar">
      <span className="jk-status-file" data-testid="status-file" title={fileName ?? undefined}>
        {fileName ?? t(lang, 'app.status.noFile')}
      </span>
      {edited && <span className="jk-status-edited">{t(lang, 'app.status.edited')}</span>}
      <span className="jk-status-sep" />
      <span data-testid="status-encoding">{encoding ?? '—'}</span>
      <span className="jk-status-sep" />
      <span data-testid="status-chars" data-count={chars}>
        {t(lang, 'app.status.chars', { count: formatCount(chars) })}
      </span>
      <span className="jk-status-spacer" />
      {gazetteer.status === 'unavailable' && (
        <span className="jk-status-notice" data-testid="status-gazetteer">
          {t(lang, 'app.status.gazetteerUnavailable')}
        </span>
      )}
      {checkError !== null ? (
        <span className="jk-status-failed" data-testid="status-check">
          {t(lang, 'app.status.checkFailed', { reason: checkError })}
        </span>
      ) : (
        <span className="jk-status-check" data-testid="status-check" data-checking={checking}>
          <span className="jk-check-dot" aria-hidden="true" />
          {t(lang, checking ? 'app.status.checking' : 'app.status.checked')}
        </span>
      )}
      <span className="jk-status-sep" />
      {(['error', 'warning', 'info'] as const).map((severity) => (
        <span
          key={severity}
          className="jk-status-count"
          data-testid={SEVERITY_TEST_IDS[severity]}
          data-count={counts.open[severity]}
          title={t(lang, `app.status.open.${severity}`, { count: counts.open[severity] })}
        >
          <SeverityIcon severity={severity} />
          {counts.open[severity]}
        </span>
      ))}
    </footer>
  );
}
