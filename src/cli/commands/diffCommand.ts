import { parseArgs } from 'node:util';
import { diffRevisions } from '../../core/diff/diffRevisions';
import type { InlinePart, RevisionDiff } from '../../core/diff/revisionDiff';
import { t } from '../../core/i18n/messages';
import { readDraft } from '../../node/readDraft';
import { CliUsageError, EXIT_OK, type CliIo } from '../cliIo';
import type { CliCommand } from './command';
import { readFormat } from './readFormat';

/** `jiaokan diff OLD NEW`: differences are the answer, not an error, so the exit status is 0. */
export const diffCommand: CliCommand = {
  name: 'diff',
  summary: 'diff OLD NEW [--format json|text] [--ignore-whitespace] [--ignore-punctuation-width]',
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        format: { type: 'string', default: 'text' },
        lang: { type: 'string' },
        'ignore-whitespace': { type: 'boolean', default: false },
        'ignore-punctuation-width': { type: 'boolean', default: false },
      },
      allowPositionals: true,
    });
    const format = readFormat(values.format, ['text', 'json'], io);
    if (positionals.length !== 2) throw new CliUsageError(t(io.lang, 'diff.needsTwoFiles'));
    const [oldFile, newFile] = positionals as [string, string];
    const [oldDraft, newDraft] = await Promise.all([readDraft(oldFile), readDraft(newFile)]);
    const result = diffRevisions(oldDraft.text, newDraft.text, {
      ignoreWhitespace: values['ignore-whitespace'],
      ignorePunctuationWidth: values['ignore-punctuation-width'],
    });
    if (format === 'json') io.stdout(`${JSON.stringify({ old: oldFile, new: newFile, ...result }, null, 2)}\n`);
    else io.stdout(renderText(oldFile, newFile, oldDraft.text, newDraft.text, result, io));
    return EXIT_OK;
  },
};

function renderText(oldFile: string, newFile: string, oldText: string, newText: string, d: RevisionDiff, io: CliIo): string {
  const s = d.summary;
  const lines = [
    t(io.lang, 'diff.header', { old: oldFile, new: newFile }),
    t(io.lang, 'diff.summary', { added: s.paragraphsAdded, removed: s.paragraphsRemoved, changed: s.paragraphsChanged, moved: s.paragraphsMoved, charsAdded: s.charsAdded, charsRemoved: s.charsRemoved }),
  ];
  if (d.hunks.every((h) => h.trivial)) lines.push(t(io.lang, 'diff.identical'));
  if (d.moves.length > 0) {
    lines.push('', t(io.lang, 'diff.movesHeading'));
    for (const m of d.moves) {
      lines.push(t(io.lang, m.identical ? 'diff.move' : 'diff.moveEdited', { oldLine: m.oldIndex + 1, newLine: m.newIndex + 1, text: m.text }));
    }
  }
  if (d.changes.length > 0 || d.changesTruncated) {
    lines.push('', t(io.lang, 'diff.changesHeading'));
    for (const c of d.changes) {
      lines.push(t(io.lang, `diff.change.${c.kind}`, { line: c.newIndex + 1, old: c.old, new: c.new }));
    }
    if (d.changesTruncated) lines.push(t(io.lang, 'diff.changesTruncated'));
  }
  const changed = d.paragraphs.filter((r) => r.kind === 'changed' || r.kind === 'added' || r.kind === 'removed');
  if (changed.length > 0) {
    lines.push('', t(io.lang, 'diff.paragraphsHeading'));
    for (const r of changed) {
      if (r.kind === 'changed') {
        lines.push(t(io.lang, 'diff.changedParagraph', { oldLine: r.oldIndex! + 1, newLine: r.newIndex! + 1, text: markParts(r.parts ?? []) }));
      } else if (r.kind === 'added') {
        lines.push(t(io.lang, 'diff.addedParagraph', { newLine: r.newIndex! + 1, text: newText.slice(r.newStart!, r.newEnd!) }));
      } else {
        lines.push(t(io.lang, 'diff.removedParagraph', { oldLine: r.oldIndex! + 1, text: oldText.slice(r.oldStart!, r.oldEnd!) }));
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

/** [-removed-]{+added+} markers, as git's word diff prints them; trivial changes read as their new text. */
function markParts(parts: readonly InlinePart[]): string {
  return parts
    .map((p) => {
      if (p.op === 'equal') return p.text;
      if (p.trivial) return p.op === 'added' ? p.text : '';
      return p.op === 'removed' ? `[-${p.text}-]` : `{+${p.text}+}`;
    })
    .join('');
}

