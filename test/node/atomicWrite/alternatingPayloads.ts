/**
 * Two large, different payloads for the kill-mid-write test: big enough that writing and
 * fsyncing one takes a while, so a random kill often lands inside writeFileAtomic. Every
 * line is numbered, so no mix or truncation of the two can equal either.
 */
export const PAYLOAD_NAMES = ['A', 'B'] as const;
export type PayloadName = (typeof PAYLOAD_NAMES)[number];

const LINES: Record<PayloadName, number> = { A: 70_000, B: 50_000 };

export function payload(name: PayloadName): Buffer {
  const lines: string[] = [];
  for (let i = 0; i < LINES[name]; i++) lines.push(`${name}${i.toString().padStart(7, '0')} 稿件第${i}行，用来测试写到一半被杀掉的情形。`);
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}
