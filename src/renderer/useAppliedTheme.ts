import { useEffect } from 'react';
import type { ThemeSetting } from '../shared/api';

/** Sets `data-theme` on <html> from the setting, following the system's scheme when it says 'system'. */
export function useAppliedTheme(setting: ThemeSetting): void {
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      document.documentElement.dataset.theme = setting === 'system' ? (media.matches ? 'dark' : 'light') : setting;
    };
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [setting]);
}
