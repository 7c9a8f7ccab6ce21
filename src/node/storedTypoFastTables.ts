import { readFileSync } from 'node:fs';
import type { TypoData } from '../core/checks/typo/typoLexicon';
import { unpackFastTables, type TypoFastTables } from '../core/checks/typo/typoFastTables';
import { generatedFilePath } from './readGeneratedJson';

/**
 * The typo check's fast tables as the build stored them beside `data` (resources/generated/typo-tables.bin);
 * undefined when they are missing, unreadable or from another build, and the check then makes its own.
 */
export function storedTypoFastTables(data: TypoData): TypoFastTables | undefined {
  const path = generatedFilePath('typo-tables.bin');
  if (!path || !data.tablesId) return undefined;
  try {
    const bytes = readFileSync(path);
    return unpackFastTables(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), data.tablesId);
  } catch {
    return undefined;
  }
}
