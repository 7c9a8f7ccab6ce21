import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { TypoData } from '../core/checks/typo/typoLexicon';
import { instantiateWindowSearch, type CompiledWindowSearch, type SearchFacts } from '../core/checks/typo/compiledWindowSearch';
import { unpackWindowSearchTables } from '../core/checks/typo/windowSearchTables';
import { generatedFilePath } from './readGeneratedJson';
import { packageRoot } from './packageRoot';
import { NODE_GENERATED_DIR, WINDOW_SEARCH_MODULE, WINDOW_SEARCH_TABLES_FILE } from './generatedFiles';

/** Where the module and its tables are; tests name others. */
export interface WindowSearchFiles {
  module: string;
  tables: string;
}

/**
 * The compiled window search over `data` (core/checks/typo/compiledWindowSearch.ts): the module the
 * repository carries, over the tables the build stored beside the data, read straight into the
 * module's memory. Undefined when either is missing, unreadable, of another build or refused by this
 * Node: the TypeScript search then serves, with the same findings.
 */
export function loadWindowSearch(data: TypoData, facts: SearchFacts, files = packagedFiles()): CompiledWindowSearch | undefined {
  const dataId = data.tablesId;
  if (!files || !dataId) return undefined;
  try {
    const module = new WebAssembly.Module(readFileSync(files.module));
    const instance = new WebAssembly.Instance(module, {});
    return instantiateWindowSearch(
      instance.exports,
      (room) => {
        const fd = openSync(files.tables, 'r');
        try {
          const into = room(fstatSync(fd).size);
          return into && readSync(fd, into, 0, into.length, 0) === into.length ? unpackWindowSearchTables(into, dataId) : undefined;
        } finally {
          closeSync(fd);
        }
      },
      facts,
      // Node writes a string's UTF-16 natively: the paragraph's code units one by one cost 10 ns each on a cold engine.
      utf16Writer(),
    );
  } catch {
    return undefined;
  }
}

/** The module in the package and the tables the build stored; undefined when the tables were never built. */
function packagedFiles(): WindowSearchFiles | undefined {
  const tables = generatedFilePath(WINDOW_SEARCH_TABLES_FILE, NODE_GENERATED_DIR);
  const root = packageRoot(typeof __dirname === 'string' ? __dirname : process.cwd());
  return tables && root ? { module: join(root, WINDOW_SEARCH_MODULE), tables } : undefined;
}

/** Writes through one Buffer on the module's memory, made again when the memory grows. */
function utf16Writer(): (text: string, memory: ArrayBuffer, byteOffset: number) => void {
  let buffer: Buffer | undefined;
  return (text, memory, byteOffset) => {
    if (buffer?.buffer !== memory) buffer = Buffer.from(memory);
    buffer.write(text, byteOffset, 'utf16le');
  };
}
