import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs';
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

export function closeSharedFamilies(shared: SharedFamilies): void {
  rmSync(shared.dir, { recursive: true, force: true });
}
