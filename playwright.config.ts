import { defineConfig } from '@playwright/test';
import type { HostKind } from './e2e/fixtures';

export default defineConfig<{ hostKind: HostKind }>({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // Generous waits: a busy machine makes checks slower, and how long they take is `npm run bench`'s business, not a test's.
  timeout: 120_000,
  expect: { timeout: 30_000 },
  workers: 1,
  reporter: [['list']],
  outputDir: 'test-results',
  projects: [
    { name: 'chromium-bridge', use: { hostKind: 'browser' } },
    { name: 'electron', use: { hostKind: 'electron' } },
  ],
});
