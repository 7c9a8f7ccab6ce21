/** Small inline icons (SVG elements, not markup strings, so the CSP needs nothing extra). */
import type { Severity } from '../../core/finding';

const common = { width: 16, height: 16, viewBox: '0 0 16 16', 'aria-hidden': true, focusable: false } as const;

export function SeverityIcon({ severity }: { severity: Severity }) {
  return (
    <svg {...common} className="jk-icon jk-severity-icon" data-severity={severity}>
      {severity === 'error' && (
        <>
          <circle cx="8" cy="8" r="7" className="jk-icon-fill" />
          <path d="M5.5 5.5l5 5m0-5l-5 5" className="jk-icon-glyph" />
        </>
      )}
      {severity === 'warning' && (
        <>
          <path d="M8 1.5l7 12.5H1z" className="jk-icon-fill" />
          <path d="M8 6v4m0 2v.5" className="jk-icon-glyph" />
        </>
      )}
      {severity === 'info' && (
        <>
          <circle cx="8" cy="8" r="7" className="jk-icon-fill" />
          <path d="M8 7v4.5M8 4.5v.5" className="jk-icon-glyph" />
        </>
      )}
    </svg>
  );
}

export function OpenIcon() {
  return (
    <svg {...common} className="jk-icon">
      <path d="M1.5 3.5h4l1.5 1.5h7.5v8h-13z" className="jk-icon-line" />
    </svg>
  );
}

export function ChevronIcon({ direction }: { direction: 'up' | 'down' }) {
  return (
    <svg {...common} className="jk-icon">
      <path d={direction === 'down' ? 'M4 6l4 4 4-4' : 'M4 10l4-4 4 4'} className="jk-icon-line" />
    </svg>
  );
}

export function SettingsIcon() {
  return (
    <svg {...common} className="jk-icon">
      <circle cx="8" cy="8" r="2.2" className="jk-icon-line" />
      <path d="M8 1.5v2m0 9v2M1.5 8h2m9 0h2M3.4 3.4l1.4 1.4m6.4 6.4l1.4 1.4M3.4 12.6l1.4-1.4m6.4-6.4l1.4-1.4" className="jk-icon-line" />
    </svg>
  );
}

export function InfoIcon() {
  return (
    <svg {...common} className="jk-icon">
      <circle cx="8" cy="8" r="6.5" className="jk-icon-line" />
      <path d="M8 7v4.5M8 4.5v.5" className="jk-icon-line" />
    </svg>
  );
}

export function CloseIcon() {
  return (
    <svg {...common} className="jk-icon">
      <path d="M4 4l8 8m0-8l-8 8" className="jk-icon-line" />
    </svg>
  );
}
