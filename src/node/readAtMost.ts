import { open } from 'node:fs/promises';

/**
 * Reads a file's first `maxBytes` bytes at most, in 1 MB chunks: a file that is (or grows)
 * larger than a limit is judged by reading one byte past it, never by loading all of it.
 */
export async function readAtMost(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, maxBytes - total));
      if (chunk.byteLength === 0) break;
      const { bytesRead } = await handle.read(chunk, 0, chunk.byteLength, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}
