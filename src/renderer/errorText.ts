/** What a caught error says, for a banner. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
