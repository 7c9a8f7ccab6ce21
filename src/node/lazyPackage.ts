/**
 * A package loaded on its first use instead of at start-up. For the legacy-encoding libraries
 * (chardet, iconv-lite): nearly every draft is UTF-8 and never needs them, and loading both costs
 * every CLI run ≈ 8 ms of its 150 ms budget. `load` is a plain `require` so bundles keep the package
 * external and resolve it at run time.
 */
export function lazyPackage<T>(load: () => T): () => T {
  let loaded: { value: T } | undefined;
  return () => (loaded ??= { value: load() }).value;
}
