// Tidying (tidyBody) and header reading only ever drop whitespace (a BOM, CRs, trailing spaces, extra
// blank lines, header lines), so a stored body is a whitespace-thinned copy of its input and each of
// its characters can be found again in the input by walking both texts in step.

const SKIPPABLE = /[\s\uFEFF]/;

/**
 * For each offset of a stored body (and one past its end), the offset of the same character in the raw
 * input it was ingested from; null when the body is not a whitespace-thinned copy of the input.
 */
export function rawOffsets(body: string, raw: string): Int32Array | null {
  // The body's first line finds where it starts (after any header); line ends may differ in the input.
  const head = body.slice(0, Math.min(40, (body.indexOf('\n') + 1 || body.length + 1) - 1));
  let j = head === '' ? 0 : raw.indexOf(head);
  if (j < 0) return null;
  const map = new Int32Array(body.length + 1);
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    while (j < raw.length && !sameChar(c, raw[j] as string)) {
      if (!SKIPPABLE.test(raw[j] as string)) return null;
      j += 1;
    }
    if (j >= raw.length) return null;
    map[i] = j;
    j += 1;
  }
  map[body.length] = j;
  return map;
}

// A lone CR became LF on the way in.
const sameChar = (stored: string, raw: string): boolean =>
  stored === raw || (stored === '\n' && raw === '\r');

/** A span of the stored body as a span of the raw input (end exclusive), through a map from `rawOffsets`. */
export function rawSpan(map: Int32Array, start: number, end: number): { start: number; end: number } {
  const last = map.length - 1;
  const s = map[Math.min(Math.max(start, 0), last)] as number;
  const e = end > start ? (map[Math.min(end - 1, last)] as number) + 1 : s;
  return { start: s, end: e };
}
