/**
 * A set of UTF-16 code units as one flag per unit: asking it at every position of a draft costs an
 * array read, where a Set of numbers hashes each question.
 */
export class CodeSet {
  private readonly flags = new Uint8Array(0x10000);

  constructor(codes: Iterable<number>) {
    for (const code of codes) this.flags[code] = 1;
  }

  has(code: number): boolean {
    return this.flags[code] === 1;
  }
}
