import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../node/import/buildDocx';
import { cliContractBreach, runCliCaptured, type CliRun } from '../cli/badInput/runCliCaptured';
import { arbitraryUnicode, newsLikeText } from './draftTextArbitraries';

/** Sized so the file runs in well under 20 s (a .docx import costs tens of milliseconds). */
const IN_PROCESS_RUNS = 300;
const SPAWNED_RUNS = 6;
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUNDLE = join(ROOT, 'out', 'cli', 'index.cjs');
const EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.docx', '.doc', '.bin', '', '.TXT', '.Docx'];
const PLACES = ['青石县', '北坡镇', '渡口镇', '河湾村'];

let dir: string;
let realDocx: Uint8Array;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jiaokan-cli-prop-'));
  realDocx = await buildDocx([{ text: '标题', heading: 1 }, { text: '镇里的冷库建成投用，总投资2860万元，其中1200万元，占比约42%。' }]);
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

const text = fc.oneof(arbitraryUnicode, newsLikeText(PLACES));

const htmlNode = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map((s) => s.replace(/[<&]/g, '')),
    fc.constantFrom('<script>document.write("x")</script>', '<style>p{}</style>', '<!-- 注释', '&nbsp;&amp;&#x4e2d;&#99999999;&bogus;', '<br>', '</p></div>', '<![CDATA[', '<meta charset="gbk">'),
    fc
      .tuple(fc.constantFrom('p', 'div', 'span', 'a', 'td', 'h1', 'li', 'img', 'iframe', 'svg'), fc.string({ maxLength: 20 }), fc.array(tie('node'), { maxLength: 4 }), fc.boolean())
      .map(([tag, attribute, children, closed]) => `<${tag} on${tag}="${attribute}">${children.join('')}${closed ? `</${tag}>` : ''}`),
  ),
})).node;

/** File content of every kind a newsroom might feed the CLI, well-formed or not. */
const content: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 4000 }),
  text.map((s) => Buffer.from(s, 'utf8')),
  text.map((s) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])),
  text.map((s) => iconv.encode(s, 'gb18030')),
  fc.array(htmlNode, { maxLength: 8 }).map((nodes) => Buffer.from(`<html><body>${nodes.join('')}</body></html>`, 'utf8')),
  fc.nat().map((n) => realDocx.subarray(0, n % realDocx.byteLength)),
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 16 })).map(([at, noise]) => {
    const damaged = Buffer.from(realDocx);
    damaged.set(noise, at % (damaged.byteLength - noise.byteLength));
    return damaged;
  }),
);

const command = fc.constantFrom<(file: string) => string[]>(
  (file) => ['check', file, '--format', 'json'],
  (file) => ['check', file],
  (file) => ['diff', file, file, '--format', 'json'],
  (file) => ['export', file, '--out', `${file}.out.txt`],
);

let counter = 0;
async function inputFile(bytes: Uint8Array, extension: string): Promise<string> {
  const file = join(dir, `input-${counter++}${extension}`);
  await writeFile(file, bytes);
  return file;
}

function expectContract(run: CliRun, args: string[]): void {
  expect(cliContractBreach(run), `jiaokan ${args.join(' ')}`).toBeUndefined();
  if (run.code !== 2 && args[0] === 'check' && args.includes('json')) expect(() => JSON.parse(run.stdout)).not.toThrow();
}

describe('the CLI on arbitrary input files', () => {
  it('exits 0, 1 or 2, says a bad input in one line, and never prints a stack trace (in process)', async () => {
    const started = performance.now();
    const codes = { 0: 0, 1: 0, 2: 0 } as Record<number, number>;
    await fc.assert(
      fc.asyncProperty(content, fc.constantFrom(...EXTENSIONS), command, async (bytes, extension, toArgs) => {
        const args = toArgs(await inputFile(bytes, extension));
        const run = await runCliCaptured(args);
        codes[run.code] = (codes[run.code] ?? 0) + 1;
        expectContract(run, args);
      }),
      { numRuns: IN_PROCESS_RUNS },
    );
    // Both outcomes must have been exercised: inputs that open and inputs that are refused.
    expect(codes[2]).toBeGreaterThan(0);
    expect((codes[0] ?? 0) + (codes[1] ?? 0)).toBeGreaterThan(0);
    console.info(`property cli (in process): ${IN_PROCESS_RUNS} runs in ${Math.round(performance.now() - started)} ms, exit codes ${JSON.stringify(codes)}`);
  }, 60_000);

  it.skipIf(!existsSync(BUNDLE))('behaves the same through the built `jiaokan` binary (needs out/cli/index.cjs: npm run build)', async () => {
    const started = performance.now();
    const samples = fc.sample(fc.tuple(content, fc.constantFrom(...EXTENSIONS), command), { numRuns: SPAWNED_RUNS, seed: 8 });
    for (const [bytes, extension, toArgs] of samples) {
      const args = toArgs(await inputFile(bytes, extension));
      const child = spawnSync(process.execPath, [join(ROOT, 'bin', 'jiaokan.cjs'), ...args, '--lang', 'en'], { encoding: 'utf8', timeout: 20_000 });
      expectContract({ code: child.status ?? -1, stdout: child.stdout, stderr: child.stderr }, args);
    }
    console.info(`property cli (spawned): ${SPAWNED_RUNS} runs in ${Math.round(performance.now() - started)} ms`);
  }, 60_000);
});
