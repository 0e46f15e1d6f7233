// Near-duplicate detection from the text itself: word shingles, a MinHash signature, and LSH bands
// so that a new document is compared only with stored documents sharing at least one band.

/** Words per shingle; three keeps lightly rewritten reposts above the threshold. */
export const SHINGLE_WORDS = 3;
/** Hash functions in a signature. */
export const SIGNATURE_SIZE = 128;
/** Signature values per LSH band: 32 bands of 4, so pairs above about 0.5 Jaccard nearly always share one. */
export const BAND_ROWS = 4;
/** Estimated Jaccard similarity from which two documents count as one origin. */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;

/** A document's MinHash signature and the LSH band keys it is indexed under. */
export interface Fingerprint {
  readonly signature: readonly number[];
  readonly bands: readonly string[];
}

/** A stored document that may be a near-duplicate of a new one. */
export interface FingerprintCandidate {
  readonly document: string;
  readonly published: string | null;
  readonly outlet: string | null;
  readonly signature: readonly number[];
}

/** A near-duplicate found for a document: the earlier document and the estimated similarity. */
export interface NearDuplicate extends FingerprintCandidate {
  readonly similarity: number;
}

// FNV-1a over UTF-16 code units, 32 bits.
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// The murmur3 finaliser, to spread a 32-bit value over all bits.
function mix(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS: readonly number[] = Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(i * 0x9e3779b9 + 1));

/** The lower-cased words of a text, punctuation dropped. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The hashed word shingles of a text; a text shorter than a shingle gives one shingle of all its words. */
export function shingles(text: string, size: number = SHINGLE_WORDS): Set<number> {
  const w = words(text);
  const out = new Set<number>();
  if (w.length === 0) return out;
  if (w.length < size) {
    out.add(fnv1a(w.join(' ')));
    return out;
  }
  for (let i = 0; i + size <= w.length; i += 1) out.add(fnv1a(w.slice(i, i + size).join(' ')));
  return out;
}

/** The MinHash signature of a set of shingle hashes: per hash function, the least value over the set. */
export function minhash(set: ReadonlySet<number>): number[] {
  const signature = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (const x of set) {
    for (let i = 0; i < SIGNATURE_SIZE; i += 1) {
      const v = mix(x ^ (SEEDS[i] ?? 0));
      if (v < (signature[i] ?? 0xffffffff)) signature[i] = v;
    }
  }
  return signature;
}

/** The LSH band keys of a signature (`band index:hash of its rows`). */
export function lshBands(signature: readonly number[]): string[] {
  const bands: string[] = [];
  for (let start = 0, band = 0; start < signature.length; start += BAND_ROWS, band += 1) {
    const rows = signature.slice(start, start + BAND_ROWS).join(',');
    bands.push(`${band}:${fnv1a(rows).toString(16)}`);
  }
  return bands;
}

/** The estimated Jaccard similarity of two signatures: the share of positions where they agree. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i += 1) if (a[i] === b[i]) same += 1;
  return same / n;
}

/** The fingerprint of a document's text. */
export function fingerprint(text: string): Fingerprint {
  const signature = minhash(shingles(text));
  return { signature, bands: lshBands(signature) };
}

type Dated = Pick<FingerprintCandidate, 'document' | 'published'>;

function earlier(a: Dated, b: Dated): boolean {
  const pa = a.published ?? '9999-99-99';
  const pb = b.published ?? '9999-99-99';
  return pa < pb || (pa === pb && a.document < b.document);
}

/**
 * The earliest-published candidate at least `threshold` similar to a fingerprint (the origin of a
 * syndicated copy), or null; candidates are the stored documents sharing an LSH band.
 */
export function findNearDuplicate<C extends Omit<FingerprintCandidate, 'outlet'> = FingerprintCandidate>(
  print: Fingerprint,
  candidates: readonly C[],
  threshold: number = NEAR_DUPLICATE_THRESHOLD,
): (C & { readonly similarity: number }) | null {
  let best: (C & { readonly similarity: number }) | null = null;
  for (const candidate of candidates) {
    const s = similarity(print.signature, candidate.signature);
    if (s < threshold) continue;
    if (best === null || earlier(candidate, best)) best = { ...candidate, similarity: s };
  }
  return best;
}
