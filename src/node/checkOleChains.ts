import { DraftReadError } from './draftReadError';

const HEADER_BYTES = 512;
const HEADER_DIFAT_ENTRIES = 109;

/**
 * Refuses an OLE compound file (.doc, .wps) whose sector chains loop, before word-extractor reads
 * it: that reader stops a chain only at a sector pointing to itself, so a crafted two-sector loop
 * in the allocation table (or the short-stream one) would grow an array until memory runs out.
 * Both tables are read from the header's list of their sectors, as every reader does, and each
 * chain is walked once (a sector visited twice on one walk is a loop). A table that points past
 * the file's end, as a truncated download does, is refused as damaged too.
 */
export function checkOleChains(bytes: Uint8Array, name: string): void {
  const corrupt = new DraftReadError('importer.docCorrupt', { name });
  if (bytes.byteLength < HEADER_BYTES) throw corrupt;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) throw corrupt;
  const sectorSize = 1 << shift;
  // Sector n starts at (n + 1) × size: the header takes the first sector's place, whatever its size.
  const sectorCount = Math.max(0, Math.floor((bytes.byteLength - sectorSize) / sectorSize));
  const entriesPerSector = sectorSize / 4;
  const readTable = (sectors: readonly number[]): Int32Array => {
    const table = new Int32Array(sectors.length * entriesPerSector);
    sectors.forEach((sector, i) => {
      if (sector < 0 || sector >= sectorCount) throw corrupt;
      const at = (sector + 1) * sectorSize;
      for (let k = 0; k < entriesPerSector; k++) table[i * entriesPerSector + k] = view.getInt32(at + k * 4, true);
    });
    return table;
  };

  const fatSectors = allocationSectors(view, sectorSize, sectorCount, corrupt);
  const fat = readTable(fatSectors);
  if (hasLoop(fat)) throw corrupt;
  const miniFatSectors = chain(fat, view.getInt32(0x3c, true), view.getUint32(0x40, true));
  if (hasLoop(readTable(miniFatSectors))) throw corrupt;
}

/** The sectors holding the allocation table: the header's first 109, then the DIFAT chain's. */
function allocationSectors(view: DataView, sectorSize: number, sectorCount: number, corrupt: Error): number[] {
  const wanted = view.getUint32(0x2c, true);
  if (wanted > sectorCount) throw corrupt;
  const sectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_ENTRIES && sectors.length < wanted; i++) sectors.push(view.getInt32(0x4c + i * 4, true));
  let difat = view.getInt32(0x44, true);
  for (let hops = 0; sectors.length < wanted; hops++) {
    if (difat < 0 || difat >= sectorCount || hops > sectorCount) throw corrupt;
    const at = (difat + 1) * sectorSize;
    for (let k = 0; k < sectorSize / 4 - 1 && sectors.length < wanted; k++) sectors.push(view.getInt32(at + k * 4, true));
    difat = view.getInt32(at + sectorSize - 4, true);
  }
  return sectors;
}

/** Up to `count` sectors of the chain starting at `start`, in a table already known to be free of loops. */
function chain(table: Int32Array, start: number, count: number): number[] {
  const sectors: number[] = [];
  for (let sector = start; sector >= 0 && sector < table.length && sectors.length < count; sector = table[sector]!) sectors.push(sector);
  return sectors;
}

/** Whether following next-sector links from some sector comes back to a sector on the same walk. */
function hasLoop(table: Int32Array): boolean {
  const ON_WALK = 1;
  const DONE = 2;
  const state = new Uint8Array(table.length);
  const inTable = (sector: number): boolean => sector >= 0 && sector < table.length;
  for (let start = 0; start < table.length; start++) {
    let sector = start;
    while (inTable(sector) && state[sector] === 0) {
      state[sector] = ON_WALK;
      sector = table[sector]!;
    }
    if (inTable(sector) && state[sector] === ON_WALK) return true;
    for (sector = start; inTable(sector) && state[sector] === ON_WALK; sector = table[sector]!) state[sector] = DONE;
  }
  return false;
}
