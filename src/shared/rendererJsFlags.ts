/**
 * V8 flags main passes to the app's renderer as Chromium's `--js-flags` (src/main/index.ts), for
 * the page and its two check workers. What the renderer runs is bursts on a cold engine (opening a
 * draft checks all of it, comparing revisions diffs all of it), and on a 2-core machine the two
 * workers, the page and the optimizing compilers' background jobs share the cores: a trace of
 * opening 1 MB showed those jobs taking about as much CPU as the checks, TurboFan's the larger part.
 * So Maglev, V8's quick optimizing compiler, is the top tier (`--max-opt=2`: TurboFan never runs),
 * and a function runs twice as often as by default (400 → 800 calls) before Maglev compiles it.
 * Against the TurboFan thresholds kept before, opening a 1 MB draft to all its findings shown takes
 * 7–10 % less, opening another 1 MB draft in the same window ≈ 10 % less, comparing two 1 MB
 * revisions ≈ 25 % less, and a keystroke's re-check is unchanged (docs/architecture.md, "Start-up
 * and generated data"). The CLI's Node 20 has an early Maglev that did not pay, so its flags are
 * its own (node/v8CompilerFlags.ts).
 */
export const RENDERER_JS_FLAGS: readonly string[] = ['--max-opt=2', '--invocation-count-for-maglev=800'];
