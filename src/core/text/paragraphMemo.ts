/**
 * What was computed per paragraph in the last run over a draft, kept for the next: after an edit
 * only the changed paragraphs are computed again. The engine keeps paragraph checks' findings in
 * one per check; entity extraction and the number-style check keep their readings in one. Entries
 * the last run did not use are dropped, so memory follows the draft.
 */
export class ParagraphMemo<T> {
  private previous = new Map<string, T>();
  private current = new Map<string, T>();

  /** Starts a run over a draft. */
  begin(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  get(paragraph: string, compute: (paragraph: string) => T): T {
    let value = this.current.get(paragraph) ?? this.previous.get(paragraph);
    if (value === undefined) value = compute(paragraph);
    this.current.set(paragraph, value);
    return value;
  }
}
