// Types of the plain-JavaScript build script's exports, for the tests that import it.
export const FORMAT: number;
export function nameEndings(names: readonly string[]): string;
export function buildGazetteer(options?: { root?: string; force?: boolean }): string;
export function packGazetteer(source: string, divisions: readonly (readonly [string, string])[]): Uint8Array;
