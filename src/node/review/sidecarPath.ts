import { basename } from 'node:path';

export const SIDECAR_SUFFIX = '.jiaokan.json';

/**
 * The sidecar keeps the draft's whole file name: `稿件.docx` → `稿件.docx.jiaokan.json`. Dropping
 * the extension would give `稿件.txt` and `稿件.md` in one folder the same sidecar (a desk often
 * keeps both); keeping it also sorts the sidecar right after its draft in a file browser.
 */
export function sidecarPathFor(draftPath: string): string {
  return `${draftPath}${SIDECAR_SUFFIX}`;
}

/** The draft's file name a sidecar belongs to, as stored inside it. */
export function draftNameOf(sidecarPath: string): string {
  const name = basename(sidecarPath);
  return name.endsWith(SIDECAR_SUFFIX) ? name.slice(0, -SIDECAR_SUFFIX.length) : name;
}
