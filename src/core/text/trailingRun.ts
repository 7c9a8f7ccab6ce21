/**
 * Where the run of characters that `belongs` accepts, ending at `end`, begins: `end` itself
 * when the character before it does not belong. A backward scan, so trimming the end of a line
 * costs the length of what is trimmed; `/[…]+$/` retries from every character of a long run
 * that does not reach the end, which is quadratic on a line of spaces followed by a letter.
 */
export function trailingRunStart(text: string, belongs: (code: number) => boolean, end = text.length): number {
  let start = end;
  while (start > 0 && belongs(text.charCodeAt(start - 1))) start--;
  return start;
}

/** A predicate for trailingRunStart accepting exactly the characters of `chars`. */
export function oneOf(chars: string): (code: number) => boolean {
  const codes = new Set([...chars].map((ch) => ch.charCodeAt(0)));
  return (code) => codes.has(code);
}
