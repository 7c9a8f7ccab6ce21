/** The options of `jiaokan check` (node:util parseArgs), shared with the launcher, which reads the command line before the CLI is loaded. */
export const CHECK_OPTIONS = {
  format: { type: 'string', default: 'text' },
  lang: { type: 'string' },
  style: { type: 'string', multiple: true },
  'no-builtin-style': { type: 'boolean' },
  source: { type: 'string', multiple: true },
  'include-chrome': { type: 'boolean' },
} as const;
