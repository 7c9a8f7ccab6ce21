import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_PATH } from '../../e2e/harness/paths';
import { RENDERER_JS_FLAGS } from '../../src/shared/rendererJsFlags';

/** What Chromium's V8 says of `--js-flags` while Chromium renders a page that needs no network. */
function chromiumSays(flags: readonly string[]): string {
  const args = ['--headless', '--no-sandbox', '--disable-gpu', `--js-flags=${flags.join(' ')}`, '--dump-dom', 'data:text/html,<p>1</p>'];
  return spawnSync(CHROMIUM_PATH, args, { encoding: 'utf8', timeout: 60_000 }).stderr;
}

// V8 ignores a flag it does not know, and every flag after it (it only prints an error), so a renamed flag would silently stop working.
describe('the renderer’s V8 flags', () => {
  it.skipIf(!existsSync(CHROMIUM_PATH))('are each known to Chromium’s V8 (skipped without Chromium, which CI installs)', () => {
    expect(chromiumSays(['--no-such-v8-flag-for-jiaokan'])).toMatch(/unrecognized flag --no-such-v8-flag-for-jiaokan/);
    expect(chromiumSays(RENDERER_JS_FLAGS)).not.toMatch(/unrecognized flag|were ignored/);
  }, 120_000);
});
