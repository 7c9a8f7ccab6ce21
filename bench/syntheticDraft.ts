import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DraftSize } from './benchSuite';

const BYTES: Record<DraftSize, number> = { '10KB': 10_000, '100KB': 100_000, '1MB': 1_000_000, '10MB': 10_000_000 };

/** A small seeded PRNG (mulberry32) so every run measures the same drafts. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const paragraphs = readFileSync(join(__dirname, 'corpus', 'paragraphs.txt'), 'utf8').split('\n').filter(Boolean);

/**
 * A Chinese news draft of about `size` UTF-8 bytes built from the team's own paragraphs. Numbers
 * are redrawn and sentences recombined per paragraph so no two paragraphs are the same (a
 * repeated paragraph would hit the engine's cache and flatter the timings).
 */
export function syntheticDraft(size: DraftSize, seed = 1): string {
  const random = seededRandom(seed);
  const out: string[] = ['青石县秋季产业发展观察', '本报记者 陈思远'];
  let bytes = 0;
  while (bytes < BYTES[size]) {
    const a = paragraphs[Math.floor(random() * paragraphs.length)]!;
    const b = paragraphs[Math.floor(random() * paragraphs.length)]!;
    const text = `${a}${b}`.replace(/\d+/g, (digits) => String(Math.max(1, Math.round(Number(digits) * (0.5 + random())))));
    out.push(text);
    bytes += Buffer.byteLength(text) + 1;
  }
  return out.join('\n');
}
