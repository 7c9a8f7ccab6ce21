import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DraftReadError } from '../../src/node/draftReadError';
import { IMPORT_LIMITS, importInWorker, type ImportLimits } from '../../src/node/importInWorker';

/** Sized so each format runs in a few seconds (a PDF import costs tens of milliseconds). */
const RUNS = 40;
/**
 * Documents are imported as the app and the CLI import them: in the import worker, whose time
 * limit refuses a file an importer would never finish with (pdf.js can spin on a damaged embedded
 * Type 1 font). In-process such a file blocked the test's thread, past any test timeout. The limit
 * is shorter than the app's minute so such a draw costs seconds; the fixtures import in milliseconds.
 */
const LIMITS: ImportLimits = { ...IMPORT_LIMITS, timeoutMs: 5_000 };
const FORMATS = fileURLToPath(new URL('../fixtures/formats', import.meta.url));

/** A copy cut short (a broken download) or with bytes overwritten past the signature (disk or mail damage). */
function damaged(whole: Uint8Array): fc.Arbitrary<Uint8Array> {
  const cut = fc.integer({ min: 0, max: whole.length - 1 }).map((length) => whole.slice(0, length));
  const overwritten = fc
    .array(fc.tuple(fc.integer({ min: 8, max: whole.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 30 })
    .map((edits) => {
      const copy = whole.slice();
      for (const [at, value] of edits) copy[at] = value;
      return copy;
    });
  return fc.oneof(cut, overwritten);
}

describe('damaged documents', () => {
  it.each(['doc', 'rtf', 'odt', 'pdf'])('a damaged .%s opens or is refused with a message, never another error', async (ext) => {
    const whole = new Uint8Array(readFileSync(`${FORMATS}/irrigation.${ext}`));
    await fc.assert(
      fc.asyncProperty(damaged(whole), async (bytes) => {
        const outcome = await importInWorker(`damaged.${ext}`, bytes, null, LIMITS).then(
          (draft) => typeof draft.text,
          (error: unknown) => (error instanceof DraftReadError ? 'refused' : error),
        );
        expect(['string', 'refused']).toContain(outcome);
      }),
      { numRuns: RUNS },
    );
  });
});
