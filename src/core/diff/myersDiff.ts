/** A maximal run of non-matching tokens: a[aStart, aEnd) was replaced by b[bStart, bEnd). */
export interface TokenEdit {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/**
 * Myers' O(ND) diff of two token-id arrays, returning the runs of change in order, or null when
 * more than `maxD` edits would be needed. Written over typed arrays rather than through jsdiff's
 * diffArrays: inside changed paragraphs that call was most of the time and garbage of the whole
 * comparison (1 MB, 10 % edited). Paragraph alignment still uses jsdiff.
 */
export function myersDiff(a: Int32Array, b: Int32Array, maxD: number): TokenEdit[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxD);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        trace.push(v.slice(offset - d, offset + d + 1));
        return backtrack(trace, n, m);
      }
    }
    trace.push(v.slice(offset - d, offset + d + 1));
  }
  return null;
}

/** Walks the saved frontiers back from the end, collecting the runs of change. */
function backtrack(trace: Int32Array[], n: number, m: number): TokenEdit[] {
  const edits: TokenEdit[] = [];
  let x = n;
  let y = m;
  let open: TokenEdit | null = null;
  for (let d = trace.length - 1; d > 0; d--) {
    const prev = trace[d - 1]!;
    const k = x - y;
    // prev holds k' in [-(d-1), d-1] at index k' + d - 1.
    const down = k === -d || (k !== d && prev[k - 1 + d - 1]! < prev[k + 1 + d - 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = prev[prevK + d - 1]!;
    const prevY = prevX - prevK;
    const startX = down ? prevX : prevX + 1;
    const startY = down ? prevY + 1 : prevY;
    if (x > startX) open = null; // a diagonal (equal tokens) separates this edit from the later one
    if (!open) {
      open = { aStart: prevX, aEnd: startX, bStart: prevY, bEnd: startY };
      edits.push(open);
    } else {
      open.aStart = prevX;
      open.bStart = prevY;
    }
    x = prevX;
    y = prevY;
  }
  return edits.reverse();
}
