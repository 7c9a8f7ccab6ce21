import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderExport } from '../../src/node/export/writeExport';
import { importDraftBytes } from '../../src/node/importDraftBytes';
import type { BenchContext, BenchRow, BenchSuite } from '../benchSuite';

/** Formats LibreOffice writes from the .docx; the benchmark needs `soffice` for them, as the fixtures do. */
const CONVERTED = ['doc', 'rtf', 'odt', 'pdf'] as const;

/**
 * Converts the 1 MB .docx with LibreOffice once per draft text: the copies are cached in the
 * system temp folder under the text's hash, since converting a 300-page article takes a minute.
 */
function convertedCopies(docx: Uint8Array, text: string): Map<string, Uint8Array> {
  const dir = join(tmpdir(), `jiaokan-bench-import-${createHash('sha256').update(text).digest('hex').slice(0, 12)}`);
  mkdirSync(dir, { recursive: true });
  const source = join(dir, 'article.docx');
  writeFileSync(source, docx);
  const copies = new Map<string, Uint8Array>();
  for (const ext of CONVERTED) {
    const target = join(dir, `article.${ext}`);
    if (!existsSync(target)) {
      const run = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', ext, source, '--outdir', dir], { stdio: 'ignore' });
      if (run.error !== undefined || run.status !== 0) continue;
    }
    if (existsSync(target)) copies.set(ext, readFileSync(target));
  }
  return copies;
}

/** Time to import a 1 MB article (about 350,000 characters) from each format a draft arrives in. */
export const suite: BenchSuite = {
  name: 'import',
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const text = ctx.draft('1MB');
    const docx = (await renderExport(text, 'docx', 'bench')) as Uint8Array;
    const files = new Map<string, Uint8Array>([
      ['txt', new TextEncoder().encode(text)],
      ['docx', docx],
      ...convertedCopies(docx, text),
    ]);
    const rows: BenchRow[] = [];
    for (const ext of ['txt', 'docx', ...CONVERTED]) {
      const bytes = files.get(ext);
      if (bytes === undefined) {
        rows.push({ suite: 'import', name: `1MB .${ext}`, medianMs: Number.NaN, extra: { skipped: 'needs LibreOffice (soffice) to make the file' } });
        continue;
      }
      let chars = 0;
      const ms = await ctx.medianAsync(async () => {
        chars = (await importDraftBytes(`article.${ext}`, bytes, null)).text.length;
      }, ext === 'pdf' ? 3 : 5);
      rows.push({ suite: 'import', name: `1MB .${ext}`, medianMs: ms, extra: { fileKB: Math.round(bytes.byteLength / 1024), chars, charsVsTxt: `${((chars / text.length) * 100).toFixed(1)}%` } });
    }
    return rows;
  },
};
