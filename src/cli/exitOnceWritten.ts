/**
 * Ends the process with `code` once everything written to stdout and stderr has left it. Leaving
 * through process.exit skips tearing down the heap, which after a long check costs the run 2–3 ms
 * more (docs/speed-log.md, 2026-12-07 evening); but process.exit drops output still
 * queued for a pipe where pipes are asynchronous (macOS), so it waits for an empty write on each
 * stream, which completes only after the writes before it.
 */
export function exitOnceWritten(code: number, streams: readonly NodeJS.WritableStream[] = [process.stdout, process.stderr]): void {
  let pending = streams.length;
  const written = (): void => {
    pending--;
    if (pending === 0) process.exit(code);
  };
  for (const stream of streams) stream.write('', written);
}
