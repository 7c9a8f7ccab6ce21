import { defineConfig } from '@playwright/test';
import type { HostKind } from './e2e/fixtures';

export default defineConfig<{ hostKind: HostKind }>({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: [['list']],
  outputDir: 'test-results',
  projects: [
    { name: 'chromium-bridge', use: { hostKind: 'browser' } },
    { name: 'electron', use: { hostKind: 'electron' } },
  ],
});
