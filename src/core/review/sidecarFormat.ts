import { z } from 'zod';
import { SOURCE_KINDS, VERDICTS, type Review } from './review';
import { MAX_ANCHOR_CONTEXT, MAX_ATTACHED_SOURCES, MAX_ANCHOR_TEXT, MAX_FIELD_CHARS, MAX_HISTORY, MAX_REVIEW_ITEMS, MAX_REVISIONS } from './sidecarLimits';

/** The sidecar's schema version; bump it (and migrate older files) when the shape changes. */
export const SIDECAR_SCHEMA_VERSION = 1;

/** A string field a colleague wrote; past the limit the file is refused (see sidecarLimits). */
const field = z.string().max(MAX_FIELD_CHARS);
const source = z.object({ kind: z.enum(SOURCE_KINDS), value: field, label: field.optional() });
const sources = z.array(source).max(MAX_HISTORY);
const verdict = z.enum(VERDICTS);
const anchor = z.object({
  text: z.string().max(MAX_ANCHOR_TEXT),
  before: z.string().max(MAX_ANCHOR_CONTEXT),
  after: z.string().max(MAX_ANCHOR_CONTEXT),
  offset: z.number().int().nonnegative(),
});
const historyEntry = z.object({
  id: field,
  who: field,
  time: field,
  from: verdict,
  to: verdict,
  note: field.optional(),
  reason: field.optional(),
  sources: sources.optional(),
});
const item = z.object({
  id: field.min(1),
  kind: z.enum(['finding', 'claim']),
  rule: field.min(1),
  severity: z.enum(['error', 'warning', 'info']).optional(),
  message: field,
  suggestion: z.object({ replacement: z.string().max(MAX_ANCHOR_TEXT) }).optional(),
  anchor,
  orphaned: z.boolean(),
  fuzzy: z.boolean().optional(),
  changedSinceVerified: z.object({ oldText: z.string().max(MAX_ANCHOR_TEXT), newText: z.string().max(MAX_ANCHOR_TEXT) }).optional(),
  occurrences: z.number().int().positive().optional(),
  reported: z.boolean(),
  verdict,
  note: field,
  reason: field.optional(),
  sources,
  reviewer: field,
  time: field,
  history: z.array(historyEntry).max(MAX_HISTORY),
});
/** Also validates the records the renderer sends main to read again. */
export const attachedSourceSchema = z.object({
  path: field.min(1),
  name: field.min(1),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
const sidecar = z.object({
  schemaVersion: z.literal(SIDECAR_SCHEMA_VERSION),
  /** The draft's file name, so a sidecar copied elsewhere still says what it reviews. */
  draft: z.string(),
  review: z.object({
    text: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    items: z.array(item).max(MAX_REVIEW_ITEMS),
    dismissedRules: z.array(z.object({ rule: field, reason: field, who: field, time: field })).max(MAX_HISTORY),
    revisions: z.array(z.object({ id: field, label: field, time: field, author: field, text: z.string() })).max(MAX_REVISIONS),
    attachedSources: z.array(attachedSourceSchema).max(MAX_ATTACHED_SOURCES).optional(),
    chromeIncluded: z.boolean().optional(),
  }),
});

/** The schema and the Review type must describe the same data. */
const reviewMatchesSchema: z.infer<typeof sidecar>['review'] extends Review ? true : never = true;
void reviewMatchesSchema;

export type SidecarParse =
  | { ok: true; review: Review; draft: string }
  | { ok: false; problem: 'corrupt'; detail: string }
  /** Well formed but past a limit of sidecarLimits: `detail` says which field and which limit. */
  | { ok: false; problem: 'overLimit'; detail: string }
  | { ok: false; problem: 'newer'; version: number };

export function serializeSidecar(review: Review, draftName: string): string {
  return `${JSON.stringify({ schemaVersion: SIDECAR_SCHEMA_VERSION, draft: draftName, review }, null, 2)}\n`;
}

/**
 * Reads a sidecar's text; a newer schema version, anything malformed or anything past a limit
 * of sidecarLimits is reported, not repaired.
 */
export function parseSidecar(text: string): SidecarParse {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: 'corrupt', detail: error instanceof Error ? error.message : String(error) };
  }
  const version = typeof data === 'object' && data !== null ? (data as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (typeof version === 'number' && version > SIDECAR_SCHEMA_VERSION) return { ok: false, problem: 'newer', version };
  const parsed = sidecar.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const detail = issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid';
    return { ok: false, problem: issue?.code === 'too_big' ? 'overLimit' : 'corrupt', detail };
  }
  return { ok: true, review: parsed.data.review, draft: parsed.data.draft };
}
