import { z } from 'zod';
import type { InvokeMethod } from '../shared/api';
import { settingsSchema } from '../node/appState/settingsStore';
import { EXPORT_FORMATS } from '../core/draftFile';
import { CLEAN_TRANSFORMS } from '../core/cleanCopy/cleanEdit';
import { RECOVERY_KEY_PATTERN } from '../node/recovery/recoveryKey';
import { attachedSourceSchema, parseSidecar, SIDECAR_SCHEMA_VERSION } from '../core/review/sidecarFormat';
import type { Review } from '../core/review/review';
import { MAX_ATTACHED_SOURCES } from '../core/review/sidecarLimits';
import { REVIEW_REPORT_FORMATS } from '../shared/api';
import { CLAIM_TYPES } from '../core/claims/claim';
import { isWritableEntry, type UserStyleEntry } from '../core/checks/style/editStyleFile';

const MAX_PATH = 4096;
/** Dropped files are read into memory by the renderer; cap them like the importer does. */
const MAX_DROPPED_BYTES = 64 * 1024 * 1024;

/** Drafts are refused past 20 MB on import; their text can only be that long. */
const MAX_TEXT_CHARS = 25_000_000;

const cleanExportRequest = z
  .object({
    sourcePath: z.string().min(1).max(MAX_PATH).nullable(),
    sourceName: z.string().min(1).max(1024),
    format: z.enum(EXPORT_FORMATS),
    text: z.string().max(MAX_TEXT_CHARS),
    options: z.object(Object.fromEntries(CLEAN_TRANSFORMS.map((t) => [t, z.boolean()])) as Record<(typeof CLEAN_TRANSFORMS)[number], z.ZodBoolean>).strict(),
    accepted: z.array(z.object({ start: z.number().int().min(0), end: z.number().int().min(0), replacement: z.string().max(10_000) }).strict()).max(1_000_000),
    saveLog: z.boolean(),
  })
  .strict();

const span = z.object({ start: z.number().int().min(0), end: z.number().int().min(0), text: z.string().max(MAX_TEXT_CHARS) }).strict();
const finding = z
  .object({
    id: z.string().min(1).max(1024),
    rule: z.string().regex(/^[a-z]+\.[\w.-]+$/).max(200),
    severity: z.enum(['error', 'warning', 'info']),
    message: z.string().max(10_000),
    spans: z.array(span).min(1).max(10_000),
    suggestion: z.object({ replacement: z.string().max(10_000) }).strict().optional(),
    evidence: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

const claim = z
  .object({
    id: z.string().min(1).max(1024),
    type: z.enum(CLAIM_TYPES),
    span,
    label: z.string().max(10_000),
    occurrences: z.number().int().min(1),
  })
  .strict();

/**
 * A review as the renderer sends it, checked by the sidecar's own schema (the one a file on
 * disk must pass), so main never writes a review it would refuse to read back.
 */
const review = z.unknown().transform((value, ctx): Review => {
  const parsed = parseSidecar(JSON.stringify({ schemaVersion: SIDECAR_SCHEMA_VERSION, draft: '', review: value }));
  if (parsed.ok) return parsed.review;
  ctx.addIssue({ code: 'custom', message: 'detail' in parsed ? `review ${parsed.detail}` : 'review' });
  return z.NEVER;
});

const MAX_STYLE_FORM = 200;
const userStyleEntry = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('ignore'), word: z.string().min(1).max(MAX_STYLE_FORM) }).strict(),
    z.object({ kind: z.literal('term'), forbidden: z.string().min(1).max(MAX_STYLE_FORM), preferred: z.string().min(1).max(MAX_STYLE_FORM) }).strict(),
  ])
  .refine((entry: UserStyleEntry) => isWritableEntry(entry), 'style entry that does not fit on one style-file line');

/** The arguments each IPC method accepts; anything else from the renderer is rejected. */
export const API_ARG_SCHEMAS = {
  openDialog: z.tuple([]),
  saveDraft: z.tuple([z.string().min(1).max(MAX_PATH), z.string().max(MAX_TEXT_CHARS), z.boolean()]),
  saveDraftAs: z.tuple([
    z
      .object({ sourcePath: z.string().min(1).max(MAX_PATH).nullable(), sourceName: z.string().min(1).max(1024), text: z.string().max(MAX_TEXT_CHARS), review: review.nullable() })
      .strict(),
  ]),
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
  openReview: z.tuple([z.string().min(1).max(MAX_PATH), z.string().max(MAX_TEXT_CHARS), z.array(finding).max(1_000_000), z.array(claim).max(1_000_000)]),
  saveReview: z.tuple([z.string().min(1).max(MAX_PATH), review]),
  exportReviewReport: z.tuple([z.string().min(1).max(1024), review, z.enum(REVIEW_REPORT_FORMATS)]),
  listStyleFiles: z.tuple([z.string().min(1).max(MAX_PATH).nullable()]),
  addStyleFile: z.tuple([]),
  removeStyleFile: z.tuple([z.string().min(1).max(MAX_PATH)]),
  addUserStyleEntry: z.tuple([userStyleEntry]),
  removeUserStyleEntry: z.tuple([userStyleEntry]),
  addSources: z.tuple([]),
  addDroppedSources: z.tuple([z.array(z.string().min(1).max(MAX_PATH)).min(1).max(MAX_ATTACHED_SOURCES)]),
  attachedSources: z.tuple([z.array(attachedSourceSchema.strict()).max(MAX_ATTACHED_SOURCES)]),
} satisfies Record<InvokeMethod, z.ZodTuple>;
