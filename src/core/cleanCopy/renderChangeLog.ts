import type { Lang } from '../i18n/lang';
import { t, type MessageKey } from '../i18n/messages';
import { CLEAN_TRANSFORMS, type CleanTransform } from './cleanEdit';
import type { CleanKind } from './cleanKind';
import type { ChangeLog } from './changeLog';

const TRANSFORM_NAMES: Record<CleanTransform, MessageKey> = {
  stripChrome: 'cleanCopy.transform.stripChrome',
  applySuggestions: 'cleanCopy.transform.applySuggestions',
  punctuation: 'cleanCopy.transform.punctuation',
  whitespace: 'cleanCopy.transform.whitespace',
};

const KIND_NAMES: Record<CleanKind, MessageKey> = {
  breadcrumb: 'cleanCopy.kind.breadcrumb',
  stamp: 'cleanCopy.kind.stamp',
  widget: 'cleanCopy.kind.widget',
  copyright: 'cleanCopy.kind.copyright',
  editor: 'cleanCopy.kind.editor',
  accepted: 'cleanCopy.kind.accepted',
  mark: 'cleanCopy.kind.mark',
  bracket: 'cleanCopy.kind.bracket',
  quote: 'cleanCopy.kind.quote',
  ellipsis: 'cleanCopy.kind.ellipsis',
  dash: 'cleanCopy.kind.dash',
  indent: 'cleanCopy.kind.indent',
  trailingSpace: 'cleanCopy.kind.trailingSpace',
  innerSpace: 'cleanCopy.kind.innerSpace',
  blankLines: 'cleanCopy.kind.blankLines',
};

export function transformName(lang: Lang, transform: CleanTransform): string {
  return t(lang, TRANSFORM_NAMES[transform]);
}

/** One line per transform with its count, e.g. for the CLI's summary and the export dialog. */
export function renderChangeCounts(log: ChangeLog, lang: Lang): string {
  return CLEAN_TRANSFORMS.map((tr) => t(lang, 'cleanCopy.logCount', { transform: transformName(lang, tr), count: log.counts[tr] })).join(
    t(lang, 'cleanCopy.listSeparator'),
  );
}

/** The change log as plain text: the counts, then each edit with its line and before/after snippets. */
export function renderChangeLog(log: ChangeLog, lang: Lang): string {
  const visible = (s: string): string => s.replace(/\n/g, '⏎');
  const lines = [t(lang, 'cleanCopy.logHeading'), renderChangeCounts(log, lang), ''];
  for (const e of log.entries) {
    lines.push(
      t(lang, 'cleanCopy.logEntry', {
        line: e.line,
        transform: transformName(lang, e.transform),
        kind: t(lang, KIND_NAMES[e.kind]),
        before: visible(e.before),
        after: visible(e.after),
      }),
    );
  }
  return `${lines.join('\n')}\n`;
}
