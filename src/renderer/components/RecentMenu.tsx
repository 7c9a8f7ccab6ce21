import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../../core/i18n/lang';
import { t } from '../../core/i18n/messages';
import { ChevronIcon } from './icons';

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** The recent-files dropdown; the list is asked for each time it opens, so it is never stale. */
export function RecentMenu({ lang, listRecent, onOpen }: { lang: Lang; listRecent(): Promise<string[]>; onOpen(path: string): void }) {
  const [paths, setPaths] = useState<string[] | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  const open = paths !== null;

  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !ref.current?.contains(event.target as Node)) setPaths(null);
    };
    window.addEventListener('mousedown', close);
    window.addEventListener('keydown', close);
    return () => {
      window.removeEventListener('mousedown', close);
      window.removeEventListener('keydown', close);
    };
  }, [open]);

  const toggle = async () => {
    if (open) return setPaths(null);
    try {
      setPaths(await listRecent());
    } catch {
      setPaths([]);
    }
  };

  return (
    <div className="jk-menu" ref={ref}>
      <button type="button" className="jk-tool" data-testid="recent-button" aria-haspopup="menu" aria-expanded={open} onClick={() => void toggle()}>
        {t(lang, 'app.toolbar.recent')}
        <ChevronIcon direction="down" />
      </button>
      {open && (
        <ul className="jk-menu-list" role="menu">
          {paths.length === 0 && <li className="jk-menu-empty">{t(lang, 'app.toolbar.recentEmpty')}</li>}
          {paths.map((path) => (
            <li key={path} role="none">
              <button
                type="button"
                role="menuitem"
                className="jk-menu-item"
                data-testid="recent-item"
                data-path={path}
                title={path}
                onClick={() => {
                  setPaths(null);
                  onOpen(path);
                }}
              >
                <span className="jk-menu-item-name">{baseName(path)}</span>
                <span className="jk-menu-item-path">{path}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
