import { MAX_DOCX_BYTES } from '../node/draftLimits';

/**
 * The process's standard input, read to its end, but never more than one byte past the largest
 * draft the CLI accepts: a runaway pipe is cut off and refused, not kept in memory.
 */
export async function stdinBytes(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.byteLength;
    if (size > MAX_DOCX_BYTES) break;
  }
  return Buffer.concat(chunks);
}
