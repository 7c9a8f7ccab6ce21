import { parseArgs } from 'node:util';
import { runChecks } from '../../core/checkEngine';
import type { ChromeBlock } from '../../core/chrome/pageChrome';
import { extractClaims } from '../../core/claims/extractClaims';
import { acceptedFixes, type AcceptedFix } from '../../core/cleanCopy/acceptedFixes';
import { cleanCopy } from '../../core/cleanCopy/cleanCopy';
import { renderChangeCounts } from '../../core/cleanCopy/renderChangeLog';
import { ALL_RULES } from '../../core/checks/families';
import { FAMILIES, familyOf, type Finding } from '../../core/finding';
import { confirmedFindingIds } from '../../core/review/confirmedFindingIds';
import { openReview } from '../../node/review/openReview';
import { t } from '../../core/i18n/messages';
import { defaultExportPath } from '../../node/export/defaultExportPath';
import { ExportError } from '../../node/export/exportError';
import { EXPORT_FORMATS, formatFromPath, type ExportFormat } from '../../node/export/exportFormat';
import { refuseSourcePath, writeExport } from '../../node/export/writeExport';
import { writeChangeLog } from '../../node/export/writeChangeLog';
import { loadGazetteer } from '../../node/loadGazetteer';
import { loadTypoLexicon } from '../../node/loadTypoLexicon';
import { noticeMissingData } from '../missingDataNotice';
import { todayCalendarDate } from '../../core/dates/todayCalendarDate';
import { exportFormatOf } from '../../core/draftFile';
import { draftFormatOfName } from '../../node/draftFormatOfName';
import { CliUsageError, EXIT_OK, type CliIo } from '../cliIo';
import type { CliCommand } from './command';
import { readInput } from '../readInput';
import { STDIN_ARGUMENT } from '../stdinArgument';
import { readFormat } from './readFormat';

/**
 * `jiaokan export FILE --out OUT`: clean copy with every transform on unless switched off.
 * As in the app, the suggestions of findings confirmed in the draft's review file are applied
 * (confirmedFindingIds); `--accept RULE` (repeatable; a family such as `punctuation` or a rule
 * id such as `repetition.word`) adds every suggestion of those rules.
 */
export const exportCommand: CliCommand = {
  name: 'export',
  summary:
    'export FILE|- --out OUT [--format txt|md|html|docx] [--no-strip-chrome] [--no-punctuation] [--no-whitespace] [--accept RULE]... [--log LOG.json|LOG.txt]',
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        out: { type: 'string' },
        format: { type: 'string' },
        log: { type: 'string' },
        accept: { type: 'string', multiple: true },
        'no-strip-chrome': { type: 'boolean' },
        'no-punctuation': { type: 'boolean' },
        'no-whitespace': { type: 'boolean' },
        lang: { type: 'string' },
      },
      allowPositionals: true,
    });
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) throw new CliUsageError(t(io.lang, 'cleanCopy.exportNeedsFile'));
    const out = values.out;
    if (out === undefined) {
      const suggested = defaultExportPath(file, exportFormatOf(draftFormatOfName(file) ?? null));
      throw new CliUsageError(t(io.lang, 'cleanCopy.exportNeedsOut', { suggested }));
    }
    const format = exportFormat(values.format, out, io);
    const rules = (values.accept ?? []).map((rule) => acceptRule(rule, io));
    try {
      await refuseSourcePath(file, out, format);
      if (values.log !== undefined) await refuseSourcePath(file, values.log, format);
      const draft = await readInput(file, io);
      const accepted = await fixesToApply(file, draft.text, rules, io);
      const options = { stripChrome: !values['no-strip-chrome'], punctuation: !values['no-punctuation'], whitespace: !values['no-whitespace'] };
      const result = cleanCopy(draft.text, options, accepted);
      await writeExport({ sourcePath: file, outPath: out, format, text: result.text });
      if (values.log !== undefined) await writeChangeLog(values.log, result.log, io.lang);
      io.stdout(`${t(io.lang, 'cleanCopy.exportDone', { out, counts: renderChangeCounts(result.log, io.lang) })}\n`);
      return EXIT_OK;
    } catch (error) {
      if (error instanceof ExportError) throw new CliUsageError(t(io.lang, error.key, error.params));
      throw error;
    }
  },
};

/** `--format` wins; otherwise OUT's extension decides. */
function exportFormat(value: string | undefined, out: string, io: CliIo): ExportFormat {
  if (value !== undefined) return readFormat(value, EXPORT_FORMATS, io);
  const format = formatFromPath(out);
  if (format === undefined) throw new CliUsageError(t(io.lang, 'cleanCopy.exportUnknownFormat', { out }));
  return format;
}

/** The ids `--accept` takes: every family and every rule id of the registry. */
const ACCEPTABLE_RULES: readonly string[] = [...FAMILIES, ...ALL_RULES.map((r) => r.id)];

/** A family (`punctuation`) or a rule id (`punctuation.half-width`) of the registry. */
function acceptRule(rule: string, io: CliIo): string {
  if (!ACCEPTABLE_RULES.includes(rule)) throw new CliUsageError(t(io.lang, 'cleanCopy.exportBadAccept', { rule, valid: ACCEPTABLE_RULES.join(', ') }));
  return rule;
}

/** The fixes the app would apply (confirmed in the review file) plus those of the rules named by --accept. */
async function fixesToApply(file: string, text: string, rules: readonly string[], io: CliIo): Promise<AcceptedFix[]> {
  const gazetteer = await loadGazetteer();
  const typoLexicon = await loadTypoLexicon();
  noticeMissingData(io, { gazetteer, typoLexicon });
  const findings = runChecks(text, { lang: io.lang, gazetteer, typoLexicon, fallbackDate: todayCalendarDate() });
  // Standard input has no review file beside it.
  const claimsOf = (exclude: readonly ChromeBlock[]) => extractClaims(text, gazetteer, exclude);
  const opened = file === STDIN_ARGUMENT ? undefined : await openReview(file, text, () => findings, claimsOf, new Date().toISOString());
  if (opened && !opened.ok) throw new CliUsageError(t(io.lang, opened.error.key, opened.error.params));
  const ids = confirmedFindingIds(opened?.review ?? null, findings);
  const named = (f: Finding): boolean => rules.includes(f.rule) || rules.includes(familyOf(f.rule));
  for (const f of findings) if (named(f)) ids.add(f.id);
  return acceptedFixes(findings, ids);
}
