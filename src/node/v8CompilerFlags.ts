/**
 * V8 flags the CLI sets on itself and gives its check process (node/checkProcess.ts). A check is
 * a short burst on a cold engine: on a 2-core machine TurboFan's background compiles compete with
 * the check for the second core, and most of their cost is inlining large callees and peeling
 * loops. Inlining only small functions and not peeling loops cuts that compile work by about a
 * quarter and the whole run of a long draft by 12–17 %, with the warm engine's times unchanged. An interrupt budget four times V8's (264,000 bytes of
 * bytecode run, not 67,584, before a function is weighed for optimizing) halves the functions
 * TurboFan compiles in a 1 MB run, which then takes about 25 ms less (measured on Node 20;
 * docs/architecture.md, "Start-up and generated data"). The app's renderer runs Chromium's newer V8,
 * where Maglev as the top tier pays (in Node 20 it made the 1 MB check slower): its list is
 * shared/rendererJsFlags.ts.
 */
export const V8_COMPILER_FLAGS: readonly string[] = ['--max-inlined-bytecode-size=60', '--no-turbo-loop-peeling', '--interrupt-budget=264000'];
