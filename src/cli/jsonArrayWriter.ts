/**
 * Writes a JSON array one element at a time, laid out exactly as `JSON.stringify(array, null, 2)`
 * would, so a caller streams thousands of elements without holding them all. Nothing is written
 * until the first element, so a run that fails before it leaves stdout empty.
 */
export class JsonArrayWriter {
  private written = 0;

  constructor(private readonly write: (text: string) => void) {}

  add(value: unknown): void {
    // JSON strings never hold a raw newline, so indenting line by line cannot touch a value.
    const element = JSON.stringify(value, null, 2).replace(/^/gm, '  ');
    this.write(`${this.written === 0 ? '[\n' : ',\n'}${element}`);
    this.written++;
  }

  /** Ends the array if one was begun; writes nothing otherwise. */
  close(): void {
    if (this.written > 0) this.write('\n]\n');
  }
}
