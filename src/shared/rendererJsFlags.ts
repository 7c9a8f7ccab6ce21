/**
 * V8 flags main passes to the app's renderer as Chromium's `--js-flags` (src/main/index.ts), for
 * the page and its two check workers. Opening a draft is a burst of checks on a cold engine, and on
 * a 2-core machine the two workers, the page and the optimizing compilers' background jobs share
 * the cores: a trace of opening 1 MB showed those jobs taking about as much CPU as the checks. So,
 * as the CLI does for Node's V8 (node/v8CompilerFlags.ts), TurboFan inlines only small functions and
 * peels no loops, and a function must run four times as often as by default before Maglev (400 →
 * 1,600 calls) or TurboFan (3,000 → 12,000) compiles it. Opening a 1 MB draft to all its findings
 * shown then takes 5–16 % less (four comparisons, medians); a keystroke's re-check is unchanged
 * within the noise (docs/architecture.md, "Start-up and generated data"). Chromium's V8 is newer
 * than Node 20's and names its tiering thresholds differently, hence a list of its own.
 */
export const RENDERER_JS_FLAGS: readonly string[] = [
  '--max-inlined-bytecode-size=60',
  '--no-turbo-loop-peeling',
  '--invocation-count-for-maglev=1600',
  '--invocation-count-for-turbofan=12000',
];
