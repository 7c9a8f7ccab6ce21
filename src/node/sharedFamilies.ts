import { closeSync, mkdtempSync, openSync, rmdirSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Family } from '../core/finding';

/**
 * Families either process of a long draft's check may run (node/parallelChecks.ts), each taken by
 * whichever process asks first once its own families are done: how long each family takes depends
 * on the draft (a list of dates, a page of quotations), so no fixed split suits every draft. A
 * family is taken by making a file of its name in a folder both processes know, with O_EXCL: the
 * system lets exactly one make it, and neither waits for the other.
 */
export interface SharedFamilies {
  dir: string;
  /** In the order they are asked for. */
  families: readonly Family[];
}

/** A new folder for `families`; undefined when none can be made (the CLI's process then runs them all). */
export function openSharedFamilies(families: readonly Family[]): SharedFamilies | undefined {
  try {
    return { dir: mkdtempSync(join(tmpdir(), 'jiaokan-shared-')), families };
  } catch {
    return undefined;
  }
}

/**
 * Whether this process takes `family`. False when the other took it first, and on any other error:
 * the CLI's process runs afterwards whatever neither took, so a family is never run twice or lost.
 */
export function takeFamily(shared: SharedFamilies, family: Family): boolean {
  try {
    closeSync(openSync(join(shared.dir, family), 'wx'));
    return true;
  } catch {
    return false;
  }
}

/**
 * Removes the folder. Only the families' files are ever made in it: each is removed by name, which
 * takes a third of the time of a recursive removal, whose first use loads Node's rimraf (≈ 1 ms at
 * the end of every long check). Best effort: a folder left in the temporary directory harms nothing.
 */
export function closeSharedFamilies(shared: SharedFamilies): void {
  try {
    for (const family of shared.families) removeIfThere(join(shared.dir, family));
    rmdirSync(shared.dir);
  } catch {
    // Left for the system's temporary-file cleaning.
  }
}

function removeIfThere(file: string): void {
  try {
    unlinkSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
