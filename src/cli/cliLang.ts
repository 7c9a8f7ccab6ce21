import { langFromLocale, LANGS, type Lang } from '../core/i18n/lang';

/** `--lang zh|en` wins; otherwise the system locale as POSIX tools read it. */
export function cliLang(argv: readonly string[], env: NodeJS.ProcessEnv): { lang: Lang; rest: string[]; bad?: string } {
  const rest: string[] = [];
  let lang: Lang = langFromLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale);
  let bad: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const inline = arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (arg !== '--lang' && inline === undefined) {
      rest.push(arg);
      continue;
    }
    const value = inline ?? argv[++i] ?? '';
    if ((LANGS as readonly string[]).includes(value)) lang = value as Lang;
    else bad = value;
  }
  return bad === undefined ? { lang, rest } : { lang, rest, bad };
}
