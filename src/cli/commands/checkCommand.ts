import { parseArgs } from 'node:util';
import { chromeKinds } from '../../core/chrome/chromeKinds';
import { pageChrome, type ChromeBlock } from '../../core/chrome/pageChrome';
import type { Finding } from '../../core/finding';
import { t } from '../../core/i18n/messages';
import { lineLookup } from '../../core/review/lineLookup';
import { gazetteerOnDemand } from '../../node/loadGazetteer';
import { loadTypoLexicon } from '../../node/loadTypoLexicon';
import { ParallelChecks } from '../../node/parallelChecks';
import { CHECK_OPTIONS } from './checkOptions';
import { todayCalendarDate } from '../../core/dates/todayCalendarDate';
import { CliUsageError, EXIT_FINDINGS, EXIT_OK, type CliIo } from '../cliIo';
import type { CliCommand } from './command';
import { readInput } from '../readInput';
import { namesLongDraft } from '../namesLongDraft';
import { readFormat } from './readFormat';
import { JsonArrayWriter } from '../jsonArrayWriter';
import { readSources } from '../../node/sources/readSources';
import { draftStyleRules } from './draftStyleRules';
import { noticeMissingData } from '../missingDataNotice';

interface FileReport {
  file: string;
  chars: number;
  findings: Finding[];
  /** The page chrome recognised in the draft and left unchecked (empty with --include-chrome). */
  chrome: ChromeBlock[];
}

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'check FILE...|- [--format json|text] [--style STYLEFILE]... [--no-builtin-style] [--source FILE]... [--include-chrome]',
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      options: CHECK_OPTIONS,
      allowPositionals: true,
    });
    const format = readFormat(values.format, ['json', 'text'], io);
    if (positionals.length === 0) throw new CliUsageError(t(io.lang, 'cli.checkNeedsFile'));
    const checks = new ParallelChecks();
    if (namesLongDraft(positionals)) checks.prepare();
    const gazetteer = gazetteerOnDemand();
    const typoLexicon = await loadTypoLexicon();
    noticeMissingData(io, { gazetteer, typoLexicon });
    const fallbackDate = todayCalendarDate();
    const styleOf = draftStyleRules(values.style, !values['no-builtin-style'], io);
    const sources = await readSources(values.source ?? []);
    // Each file's result is written as soon as it is checked, so memory holds one draft at a time.
    const json = new JsonArrayWriter((text) => io.stdout(text));
    let anyError = false;
    try {
      for (const file of positionals) {
        const draft = await readInput(file, io);
        const style = await styleOf(file);
        // Web-page furniture (breadcrumbs, copyright footers) is not the article: as in the app, it is not checked.
        const chrome = values['include-chrome'] ? [] : pageChrome(draft.text);
        const findings = await checks.run(draft.text, { lang: io.lang, gazetteer, fallbackDate, typoLexicon, style: style.rules, sources, exclude: chrome });
        const report: FileReport = { file, chars: draft.text.length, findings, chrome };
        anyError ||= findings.some((f) => f.severity === 'error');
        if (format === 'json') json.add(report);
        else {
          const lineOf = lineLookup(draft.text);
          io.stdout(renderText(file, lineOf, findings, io) + chromeLines(file, draft.text, lineOf, chrome, io) + styleFilesLine(file, style.files, io));
        }
      }
    } finally {
      // Also when a file fails midway: stdout stays valid JSON for the files already written.
      json.close();
    }
    return anyError ? EXIT_FINDINGS : EXIT_OK;
  },
};

function renderText(file: string, lineColumnOf: ReturnType<typeof lineLookup>, findings: Finding[], io: CliIo): string {
  const lines = findings.map((f) => {
    const first = f.spans[0]!;
    const { line, column } = lineColumnOf(first.start);
    const fix = f.suggestion ? ` → ${f.suggestion.replacement}` : '';
    return `${file}:${line}:${column}: ${f.severity} ${f.rule}: ${f.message} 「${first.text}」${fix}`;
  });
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  lines.push(t(io.lang, 'cli.checkSummary', { file, ...counts }));
  return `${lines.join('\n')}\n`;
}

/** Where the unchecked page chrome is, so nobody wonders why a footer has no findings. */
function chromeLines(file: string, text: string, lineOf: ReturnType<typeof lineLookup>, chrome: readonly ChromeBlock[], io: CliIo): string {
  return chrome
    .map((block) => {
      // A block also holds the line breaks around its lines; the lines named are those with text.
      const body = text.slice(block.start, block.end);
      const first = lineOf(block.start + body.search(/\S/)).line;
      const last = lineOf(block.start + body.trimEnd().length - 1).line;
      const lines = first === last ? String(first) : t(io.lang, 'chrome.lineRange', { first, last });
      return `${t(io.lang, 'chrome.cliNotChecked', { file, lines, kinds: chromeKinds(io.lang, [block]) })}\n`;
    })
    .join('');
}

/** Which style files the draft was checked with, so a surprising style finding can be traced. */
function styleFilesLine(file: string, styleFiles: string[], io: CliIo): string {
  return styleFiles.length === 0 ? '' : `${t(io.lang, 'cli.checkStyleFiles', { file, files: styleFiles.join(', ') })}\n`;
}
