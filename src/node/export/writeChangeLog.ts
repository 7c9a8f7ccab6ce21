import { extname } from 'node:path';
import type { ChangeLog } from '../../core/cleanCopy/changeLog';
import { renderChangeLog } from '../../core/cleanCopy/renderChangeLog';
import type { Lang } from '../../core/i18n/lang';
import { writeExportFile } from './writeExportFile';

/** Saves the change log beside an export: JSON for a `.json` path (for tools), readable text otherwise. */
export async function writeChangeLog(path: string, log: ChangeLog, lang: Lang): Promise<void> {
  const data = extname(path).toLowerCase() === '.json' ? `${JSON.stringify(log, null, 2)}\n` : renderChangeLog(log, lang);
  await writeExportFile(path, data);
}
