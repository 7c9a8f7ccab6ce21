import type { ConfusionKind } from './typoLexicon';
import type { WindowCandidate, WindowCandidates } from './windowSearch';
import { windowSearchLayout, type WindowSearchTables } from './windowSearchTables';
import { BOUND_COST, CLASSIFIERS, CONFUSION_MARGIN, CONTEXT_SLACK, LENGTH_MARGIN, NUMERALS } from './windowSearch';
import { CONTEXT } from './hanContext';
import { MAX_WORD_LENGTH } from './wordTables';

/**
 * The typo check's window search (windowSearch.ts) run by its compiled twin (windowSearch.c, built
 * to resources/wasm/window-search.wasm): the same candidates, about three times faster warm and twice
 * on a cold engine, which is what a CLI run is (docs/architecture.md, "Layers"). Hosts that have the
 * module and the stored tables hand it to the lexicon (TypoLexicon.compiledSearch); where they do
 * not, the TypeScript search runs.
 */
export interface CompiledWindowSearch {
  /**
   * The best candidate of each unbound character of `paragraph`, in text order, and which characters
   * likely words bind; undefined for a paragraph longer than MAX_COMPILED_CHARS or one the module's
   * memory cannot hold, which the TypeScript search then takes.
   */
  search(paragraph: string): WindowCandidates | undefined;
}

/**
 * The longest paragraph the module searches: it keeps 42 bytes a character for the longest it has
 * seen (the text, per-character flags, costs and room for candidates), and never gives memory back.
 */
export const MAX_COMPILED_CHARS = 1_000_000;

/** What the lexicon knows that the search needs besides its tables. */
export interface SearchFacts {
  costScale: number;
  /** In natural-log units, as TypoLexicon gives them. */
  unknownCost: number;
  cheapest(length: number): number;
}

/**
 * The module's exports, as the host instantiated them (core/ runs where WebAssembly exists but does
 * not name its types): the memory, the functions, and the addresses of `layout` and `constants`.
 */
export interface WindowSearchExports {
  memory: { buffer: ArrayBuffer };
  reserve(bytes: number): number;
  prepare(length: number): number;
  search(length: number): number;
  init(): number;
  boundAddress(): number;
  foundAddress(): number;
  gainsAddress(): number;
  layout: { value: unknown };
  constants: { value: unknown };
}

/** By windowSearch.c's Kind: 1 sound, 2 shape, 3 both (0, none, is never a candidate's). */
const KINDS: readonly (ConfusionKind | undefined)[] = [undefined, 'sound', 'shape', 'soundShape'];
/** windowSearch.c's Constant enum: where each number goes. */
const C_LENGTH_MARGIN = 3;
const C_CHEAPEST = 8;
const C_BOUND_COST = 13;
const C_SIZE = 21;
/** Flags by UTF-16 code the search reads (countsWithNumeral). */
const CLASSIFIER = 1;
const NUMERAL = 2;

/** Writes `text`'s UTF-16 code units into `memory` from `byteOffset` (room is made): a host may have a native way. */
export type TextWriter = (text: string, memory: ArrayBuffer, byteOffset: number) => void;

function writeCodeUnits(text: string, memory: ArrayBuffer, byteOffset: number): void {
  const into = new Uint16Array(memory, byteOffset, text.length);
  for (let i = 0; i < text.length; i++) into[i] = text.charCodeAt(i);
}

/**
 * The tables, read by the host into room in the module's memory: `room(bytes)` is a view on that much
 * of it (undefined when memory runs out). The host unpacks them there (unpackWindowSearchTables), so
 * the search reads them where they lie: nothing is copied.
 */
export type TablesLoader = (room: (bytes: number) => Uint8Array | undefined) => WindowSearchTables | undefined;

/**
 * The compiled search in a new instance of the module (its `exports`) over the tables `load` puts in
 * its memory, or undefined when the module is not the one this code expects (its exports differ),
 * the tables are not there, or memory runs out.
 */
export function instantiateWindowSearch(exports: Record<string, unknown>, load: TablesLoader, facts: SearchFacts, writeText: TextWriter = writeCodeUnits): CompiledWindowSearch | undefined {
  if (!isSearchModule(exports)) return undefined;
  const tables = load((bytes) => {
    const at = exports.reserve(bytes);
    return at ? new Uint8Array(exports.memory.buffer, at, bytes) : undefined;
  });
  if (!tables) return undefined;
  // Addresses and sizes are read before anything else is reserved: growing the memory detaches the views.
  const addresses: number[] = [];
  for (const { name, size } of windowSearchLayout()) {
    const array = tables[name]!;
    if (array.buffer !== exports.memory.buffer) return undefined;
    addresses.push(size === 'length' ? array.length : size === 'groups' ? array.length - 1 : array.byteOffset);
  }
  const flagsAt = exports.reserve(0x10000);
  if (!flagsAt) return undefined;
  const flags = new Uint8Array(exports.memory.buffer, flagsAt, 0x10000);
  for (const code of CLASSIFIERS) flags[code]! |= CLASSIFIER;
  for (const code of NUMERALS) flags[code]! |= NUMERAL;
  addresses.push(flagsAt);
  new Int32Array(exports.memory.buffer, exports.layout.value as number, addresses.length).set(addresses);
  const constants = new Float64Array(exports.memory.buffer, exports.constants.value as number, C_SIZE);
  constants.set([CONFUSION_MARGIN.sound, CONFUSION_MARGIN.shape, CONFUSION_MARGIN.soundShape]);
  for (let length = 0; length <= MAX_WORD_LENGTH; length++) {
    constants[C_LENGTH_MARGIN + length] = LENGTH_MARGIN[length] ?? 0;
    constants[C_CHEAPEST + length] = facts.cheapest(length);
  }
  // The last two let the module refuse a word length or a layout it was not written for.
  constants.set([BOUND_COST, CONTEXT_SLACK, facts.costScale, facts.unknownCost, Math.min(...Object.values(CONFUSION_MARGIN)), CONTEXT, MAX_WORD_LENGTH, addresses.length], C_BOUND_COST);
  if (!exports.init()) return undefined;
  // Views on the whole memory, made again only when it grows (its buffer is then replaced).
  let memory = exports.memory.buffer;
  let bytes = new Uint8Array(memory);
  let ints = new Int32Array(memory);
  let doubles = new Float64Array(memory);
  return {
    search(paragraph) {
      const textAt = paragraph.length > MAX_COMPILED_CHARS ? 0 : exports.prepare(paragraph.length);
      if (!textAt) return undefined;
      if (exports.memory.buffer !== memory) {
        memory = exports.memory.buffer;
        bytes = new Uint8Array(memory);
        ints = new Int32Array(memory);
        doubles = new Float64Array(memory);
      }
      writeText(paragraph, memory, textAt);
      const count = exports.search(paragraph.length);
      const candidates: WindowCandidate[] = [];
      const found = exports.foundAddress() >> 2;
      const gains = exports.gainsAddress() >> 3;
      for (let n = 0; n < count; n++) {
        const base = found + n * 5;
        candidates.push({ at: ints[base]!, start: ints[base + 1]!, end: ints[base + 2]!, to: String.fromCharCode(ints[base + 3]!), kind: KINDS[ints[base + 4]!]!, gain: doubles[gains + n]! });
      }
      const bound = exports.boundAddress();
      return { candidates, isBound: (k) => bytes[bound + k] === 1 };
    },
  };
}

function isSearchModule(exports: Record<string, unknown>): exports is Record<string, unknown> & WindowSearchExports {
  const hasValue = (name: string) => typeof (exports[name] as { value?: unknown } | undefined)?.value === 'number';
  const memory = exports.memory as { buffer?: unknown } | undefined;
  return (
    memory?.buffer instanceof ArrayBuffer &&
    hasValue('layout') &&
    hasValue('constants') &&
    ['reserve', 'prepare', 'search', 'init', 'boundAddress', 'foundAddress', 'gainsAddress'].every((name) => typeof exports[name] === 'function')
  );
}
