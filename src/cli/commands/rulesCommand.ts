import { parseArgs } from 'node:util';
import { ALL_RULES, FAMILY_DESCRIPTORS } from '../../core/checks/families';
import { familyOf } from '../../core/finding';
import { t } from '../../core/i18n/messages';
import { EXIT_OK, type CliIo } from '../cliIo';
import type { CliCommand } from './command';
import { readFormat } from './readFormat';

/** `jiaokan rules`: every rule id with its family, default severity and one-line doc, from the registry. */
export const rulesCommand: CliCommand = {
  name: 'rules',
  summary: 'rules [--format text|json]',
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values } = parseArgs({ args: argv, options: { format: { type: 'string', default: 'text' }, lang: { type: 'string' } } });
    const format = readFormat(values.format, ['text', 'json'], io);
    const rules = ALL_RULES.map((r) => ({ id: r.id, family: familyOf(r.id), severity: r.severity, fixable: r.fixable, doc: r.doc }));
    if (format === 'json') {
      io.stdout(`${JSON.stringify(rules, null, 2)}\n`);
      return EXIT_OK;
    }
    const width = Math.max(...rules.map((r) => r.id.length));
    const lines = [t(io.lang, 'cli.rulesHeader', { count: rules.length, families: FAMILY_DESCRIPTORS.length })];
    for (const r of rules) lines.push(`${r.id.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.fixable ? 'fix' : '   '}  ${r.doc}`);
    io.stdout(`${lines.join('\n')}\n`);
    return EXIT_OK;
  },
};
