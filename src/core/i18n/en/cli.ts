export const cli = {
  'cli.usage': 'Usage: jiaokan <command> [options] (--lang zh|en picks the language)',
  'cli.unknownCommand': 'unknown command "{name}"; run jiaokan --help to list the commands',
  'cli.badLang': 'unsupported language "{lang}"; use --lang zh or --lang en',
  'cli.badFormat': 'unsupported format "{format}"; use one of {allowed}',
  'cli.badArguments': 'bad arguments: {reason}',
  'cli.internalError': 'internal error: {reason}; please report this to the developers',
  'cli.checkNeedsFile': 'give at least one file to check: jiaokan check FILE...',
  'cli.checkSummary': '{file}: {error} errors, {warning} warnings, {info} notes',
  'cli.checkStyleFiles': '{file}: style lists used: {files}',
} as const;
