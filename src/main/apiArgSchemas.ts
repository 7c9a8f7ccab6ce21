import { z } from 'zod';
import type { InvokeMethod } from '../shared/api';
import { settingsSchema } from '../node/appState/settingsStore';
import { DRAFT_FORMATS } from '../core/draftFile';
import { CLEAN_TRANSFORMS } from '../core/cleanCopy/cleanEdit';
import { RECOVERY_KEY_PATTERN } from '../node/recovery/recoveryKey';

const MAX_PATH = 4096;
/** Dropped files are read into memory by the renderer; cap them like the importer does. */
const MAX_DROPPED_BYTES = 64 * 1024 * 1024;

/** Drafts are refused past 20 MB on import; their text can only be that long. */
const MAX_TEXT_CHARS = 25_000_000;

const cleanExportRequest = z
  .object({
    sourcePath: z.string().min(1).max(MAX_PATH).nullable(),
    sourceName: z.string().min(1).max(1024),
    format: z.enum(DRAFT_FORMATS),
    text: z.string().max(MAX_TEXT_CHARS),
    options: z.object(Object.fromEntries(CLEAN_TRANSFORMS.map((t) => [t, z.boolean()])) as Record<(typeof CLEAN_TRANSFORMS)[number], z.ZodBoolean>).strict(),
    accepted: z.array(z.object({ start: z.number().int().min(0), end: z.number().int().min(0), replacement: z.string().max(10_000) }).strict()).max(1_000_000),
    saveLog: z.boolean(),
  })
  .strict();

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
  pickComparisonFile: z.tuple([]),
  exportCleanCopy: z.tuple([cleanExportRequest]),
  autosaveDraft: z.tuple([z.object({ path: z.string().min(1).max(MAX_PATH).nullable(), name: z.string().min(1).max(1024), text: z.string().max(MAX_TEXT_CHARS) }).strict()]),
  listRecoveries: z.tuple([]),
  discardRecovery: z.tuple([z.string().regex(RECOVERY_KEY_PATTERN)]),
} satisfies Record<InvokeMethod, z.ZodTuple>;
