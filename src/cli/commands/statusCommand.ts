import { parseArgs } from 'node:util';
import { runChecks } from '../../core/checkEngine';
import type { ChromeBlock } from '../../core/chrome/pageChrome';
import { extractClaims } from '../../core/claims/extractClaims';
import { t } from '../../core/i18n/messages';
import { effectiveVerdict } from '../../core/review/dismissRule';
import { lineLookup } from '../../core/review/lineLookup';
import { itemSpan, VERDICTS, type Review } from '../../core/review/review';
import { blocksPublication, reviewProgress, type ReviewProgress } from '../../core/review/reviewProgress';
import { loadGazetteer } from '../../node/loadGazetteer';
import { loadTypoLexicon } from '../../node/loadTypoLexicon';
import { noticeMissingData } from '../missingDataNotice';
import { readDraft } from '../../node/readDraft';
import { openReview } from '../../node/review/openReview';
import { todayCalendarDate } from '../../core/dates/todayCalendarDate';
import { CliUsageError, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliIo } from '../cliIo';
import type { CliCommand } from './command';
import { readFormat } from './readFormat';

/**
 * `jiaokan status FILE`: the review's progress as a gate before publication. Reads the draft
 * and its sidecar (never writes either), reconciles them with a fresh check run, and exits 1
 * while an error is open or a claim needs a source. No sidecar: everything is open.
 */
export const statusCommand: CliCommand = {
  name: 'status',
  summary: 'status FILE [--format json|text]',
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { format: { type: 'string', default: 'text' }, lang: { type: 'string' } },
      allowPositionals: true,
    });
    const format = readFormat(values.format, ['text', 'json'], io);
    const [file, ...extra] = positionals;
    if (file === undefined || extra.length > 0) throw new CliUsageError(t(io.lang, 'review.status.needsFile'));
    const draft = await readDraft(file);
    const gazetteer = await loadGazetteer();
    const typoLexicon = await loadTypoLexicon();
    // As in the app, page chrome is checked only when the draft's review says so.
    const check = (exclude: readonly ChromeBlock[]) => runChecks(draft.text, { lang: io.lang, gazetteer, typoLexicon, fallbackDate: todayCalendarDate(), exclude });
    const opened = await openReview(file, draft.text, check, (exclude) => extractClaims(draft.text, gazetteer, exclude), new Date().toISOString());
    if (!opened.ok) {
      io.stderr(`jiaokan: ${t(io.lang, opened.error.key, opened.error.params)}\n`);
      return EXIT_USAGE;
    }
    noticeMissingData(io, { gazetteer, typoLexicon });
    const progress = reviewProgress(opened.review);
    if (format === 'json') {
      io.stdout(`${JSON.stringify(statusJson(file, opened.existed ? opened.sidecarPath : null, opened.review, progress), null, 2)}\n`);
    } else {
      io.stdout(statusText(file, opened.existed, opened.review, progress, io));
    }
    return progress.blocking ? EXIT_FINDINGS : EXIT_OK;
  },
};

function statusJson(file: string, sidecar: string | null, review: Review, progress: ReviewProgress): unknown {
  return {
    file,
    sidecar,
    ...progress,
    items: review.items.map((item) => ({
      id: item.id,
      kind: item.kind,
      rule: item.rule,
      severity: item.severity,
      span: itemSpan(item),
      verdict: effectiveVerdict(review, item),
      reviewer: item.reviewer,
      time: item.time,
      orphaned: item.orphaned,
      reported: item.reported,
    })),
  };
}

function statusText(file: string, existed: boolean, review: Review, progress: ReviewProgress, io: CliIo): string {
  const lines: string[] = [];
  if (!existed) lines.push(t(io.lang, 'review.status.noSidecar', { file }));
  lines.push(`${file}: ${t(io.lang, 'review.report.progress', { reviewed: progress.reviewed, total: progress.total })}`);
  lines.push(`  ${VERDICTS.map((v) => `${t(io.lang, `review.verdict.${v}`)} ${progress.byVerdict[v]}`).join(' · ')}`);
  lines.push(`  ${t(io.lang, 'review.status.openErrors', { count: progress.openErrors })}`);
  lines.push(`  ${t(io.lang, 'review.status.claimsNeedingSource', { count: progress.claimsNeedingSource })}`);
  if (progress.orphaned > 0) lines.push(`  ${t(io.lang, 'review.status.orphaned', { count: progress.orphaned })}`);
  const position = lineLookup(review.text);
  for (const item of review.items) {
    if (!blocksPublication(review, item)) continue;
    const verdict = effectiveVerdict(review, item);
    const { line, column } = position(item.anchor.offset);
    lines.push(`${file}:${line}:${column}: ${t(io.lang, `review.verdict.${verdict}`)} ${item.rule}: ${item.message} 「${item.anchor.text}」`);
  }
  lines.push(t(io.lang, progress.blocking ? 'review.report.gateBlocked' : 'review.report.gateClear'));
  return `${lines.join('\n')}\n`;
}
