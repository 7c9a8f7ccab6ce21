import { z } from 'zod';
import type { InvokeMethod } from '../shared/api';
import { settingsSchema } from '../node/appState/settingsStore';

const MAX_PATH = 4096;
/** Dropped files are read into memory by the renderer; cap them like the importer does. */
const MAX_DROPPED_BYTES = 64 * 1024 * 1024;

/** The arguments each IPC method accepts; anything else from the renderer is rejected. */
export const API_ARG_SCHEMAS = {
  openDialog: z.tuple([]),
  openPath: z.tuple([z.string().min(1).max(MAX_PATH)]),
  openBytes: z.tuple([
    z.string().min(1).max(1024),
    z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_DROPPED_BYTES, 'file too large'),
  ]),
  openStartupDraft: z.tuple([]),
  listRecent: z.tuple([]),
  getSettings: z.tuple([]),
  setSettings: z.tuple([settingsSchema.partial().strict()]),
} satisfies Record<InvokeMethod, z.ZodTuple>;
