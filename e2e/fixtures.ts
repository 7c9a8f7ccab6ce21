import { test as base, expect } from '@playwright/test';
import type { AppHost, LaunchOptions } from './harness/appHost';
import { closeBrowser, launchInBrowser } from './harness/browserHost';
import { launchInElectron } from './harness/electronHost';
import { electronBinary } from './harness/paths';

export type HostKind = 'browser' | 'electron';

interface Fixtures {
  launch(options?: LaunchOptions): Promise<AppHost>;
}

/**
 * Every spec runs in two projects: the renderer in Debian's Chromium with the API bridged to the
 * real handlers, and the real Electron app. Without an Electron binary the second is skipped.
 */
export const test = base.extend<Fixtures & { hostKind: HostKind }>({
  hostKind: ['browser', { option: true }],
  launch: async ({ hostKind }, use) => {
    const binary = hostKind === 'electron' ? electronBinary() : null;
    test.skip(
      hostKind === 'electron' && binary === null,
      'No Electron binary on this machine (it cannot be downloaded here); the same spec ran in Chromium through the bridge.',
    );
    const hosts: AppHost[] = [];
    await use(async (options = {}) => {
      const host = binary ? await launchInElectron(binary, options) : await launchInBrowser(options);
      hosts.push(host);
      return host;
    });
    for (const host of hosts) await host.close();
  },
});

test.afterAll(async () => closeBrowser());

export { expect };
