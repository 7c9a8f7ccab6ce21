/** The app and the CLI agree on offsets only because both see `\n` line endings. */
export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?|\u2028|\u2029/g, '\n');
}
