/**
 * Every match of the global pattern `re` in `text`, as String.prototype.matchAll gives them. matchAll
 * constructs a copy of the pattern on every call (the species constructor of its specification),
 * which a long draft's per-paragraph scans did 31,000 times a run; this reads with the pattern
 * itself and leaves its lastIndex at 0, so a caller may use the same pattern again inside its loop.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global pattern: ${String(re)}`);
  const matches: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    matches.push(m);
    // An empty match does not move lastIndex: step past it, by a whole code point in a unicode pattern.
    if (m[0] === '') re.lastIndex = nextIndex(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  re.lastIndex = 0;
  return matches;
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}
