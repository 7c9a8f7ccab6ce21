import { z } from 'zod';
import { SOURCE_KINDS, VERDICTS, type Review } from './review';

/** The sidecar's schema version; bump it (and migrate older files) when the shape changes. */
export const SIDECAR_SCHEMA_VERSION = 1;

const source = z.object({ kind: z.enum(SOURCE_KINDS), value: z.string(), label: z.string().optional() });
const verdict = z.enum(VERDICTS);
const anchor = z.object({ text: z.string(), before: z.string(), after: z.string(), offset: z.number().int().nonnegative() });
const historyEntry = z.object({
  id: z.string(),
  who: z.string(),
  time: z.string(),
  from: verdict,
  to: verdict,
  note: z.string().optional(),
  reason: z.string().optional(),
  sources: z.array(source).optional(),
});
const item = z.object({
  id: z.string().min(1),
  kind: z.enum(['finding', 'claim']),
  rule: z.string().min(1),
  severity: z.enum(['error', 'warning', 'info']).optional(),
  message: z.string(),
  suggestion: z.object({ replacement: z.string() }).optional(),
  anchor,
  orphaned: z.boolean(),
  fuzzy: z.boolean().optional(),
  changedSinceVerified: z.object({ oldText: z.string(), newText: z.string() }).optional(),
  reported: z.boolean(),
  verdict,
  note: z.string(),
  reason: z.string().optional(),
  sources: z.array(source),
  reviewer: z.string(),
  time: z.string(),
  history: z.array(historyEntry),
});
const sidecar = z.object({
  schemaVersion: z.literal(SIDECAR_SCHEMA_VERSION),
  /** The draft's file name, so a sidecar copied elsewhere still says what it reviews. */
  draft: z.string(),
  review: z.object({
    text: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    items: z.array(item),
    dismissedRules: z.array(z.object({ rule: z.string(), reason: z.string(), who: z.string(), time: z.string() })),
    revisions: z.array(z.object({ id: z.string(), label: z.string(), time: z.string(), author: z.string(), text: z.string() })),
  }),
});

/** The schema and the Review type must describe the same data. */
const reviewMatchesSchema: z.infer<typeof sidecar>['review'] extends Review ? true : never = true;
void reviewMatchesSchema;

export type SidecarParse =
  | { ok: true; review: Review; draft: string }
  | { ok: false; problem: 'corrupt'; detail: string }
  | { ok: false; problem: 'newer'; version: number };

export function serializeSidecar(review: Review, draftName: string): string {
  return `${JSON.stringify({ schemaVersion: SIDECAR_SCHEMA_VERSION, draft: draftName, review }, null, 2)}\n`;
}

/** Reads a sidecar's text; a newer schema version or anything malformed is reported, not repaired. */
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
    return { ok: false, problem: 'corrupt', detail: issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid' };
  }
  return { ok: true, review: parsed.data.review, draft: parsed.data.draft };
}
