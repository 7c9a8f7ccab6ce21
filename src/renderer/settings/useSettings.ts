import { useCallback, useState } from 'react';
import type { Settings } from '../../shared/api';
import { DEFAULT_SETTINGS } from '../../shared/settingsLimits';
import { errorText } from '../errorText';
import { api } from '../jiaokanApi';

export interface SettingsController {
  settings: Settings;
  /** Shows the change at once, then what main saved. */
  change(patch: Partial<Settings>): void;
  /** Reads the saved settings (startup); throws when main cannot. */
  load(): Promise<Settings>;
  /** Shows settings read by `load`. */
  show(saved: Settings): void;
}

export function useSettings(onError: (message: string) => void): SettingsController {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const change = useCallback(
    (patch: Partial<Settings>) => {
      setSettings((current) => ({ ...current, ...patch }));
      api()
        .setSettings(patch)
        .then(setSettings, (error: unknown) => onError(errorText(error)));
    },
    [onError],
  );
  return { settings, change, load: useCallback(() => api().getSettings(), []), show: setSettings };
}
