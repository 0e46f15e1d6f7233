import { type Kysely, type Selectable, sql } from 'kysely';
import { z } from 'zod';
import type { CompiledQueries } from './compiled-queries.js';
import type { Database, DocumentFingerprintsTable } from './schema.js';
import type { BandCandidate, StoredFingerprint } from './store.js';

// Near-duplicate candidates read per LSH band: the most recently published within the window (and as
// many undated). A story copied thousands of times fills its bands; a copy needs only a few of its
// nearest copies (their roots say where the story was first printed), so the lookup stays flat.
export const CANDIDATES_PER_BAND = 16;
// Bands per statement: each band is two subqueries of four values.
const BANDS_PER_STATEMENT = 64;
// Keeps each `in` list well under the databases' limits on bound parameters.
const IDS_PER_STATEMENT = 500;
// Signatures kept in memory (about 1 KB each): the candidates of a story's copies are its most recent
// copies, read again and again, so a few thousand hold nearly all the lookups.
const MAX_SIGNATURES = 20_000;

const Signature = z.array(z.number().int());

/** A stored signature as a list of integers: the store writes them itself, anything else goes through the schema. */
export function signatureOf(value: unknown): number[] {
  const parsed = typeof value === 'string' ? JSON.parse(value) : value;
  return Array.isArray(parsed) && parsed.every(Number.isInteger)
    ? (parsed as number[])
    : Signature.parse(parsed);
}

/**
 * Signatures read before, by document, least recently used dropped first. A fingerprint row is written
 * once and never changed (its document id is a hash of the text the signature is taken from), so a
 * signature read once stays true.
 */
export class SignatureCache {
  readonly #entries = new Map<string, readonly number[]>();

  get(document: string): readonly number[] | undefined {
    const hit = this.#entries.get(document);
    if (hit !== undefined) {
      this.#entries.delete(document);
      this.#entries.set(document, hit);
    }
    return hit;
  }

  set(document: string, signature: readonly number[]): void {
    this.#entries.delete(document);
    this.#entries.set(document, signature);
    if (this.#entries.size > MAX_SIGNATURES) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
  }
}

function bandPart(band: string, published: { readonly from: string; readonly to: string } | null) {
  const undated = sql`select document_id, published from (select document_id, published from fingerprint_bands
    where band = ${band} and published is null order by document_id limit ${CANDIDATES_PER_BAND}) as u`;
  if (published === null) {
    return sql`select document_id, published from (select document_id, published from fingerprint_bands
      where band = ${band} order by document_id limit ${CANDIDATES_PER_BAND}) as a`;
  }
  return sql`select document_id, published from (select document_id, published from fingerprint_bands
    where band = ${band} and published >= ${published.from} and published <= ${published.to}
    order by published desc, document_id limit ${CANDIDATES_PER_BAND}) as d union all ${undated}`;
}

/**
 * The documents sharing a band, as the band index alone holds them (document and date: the index
 * `(band, published desc, document_id)` covers them, so no fingerprint row is read), by document id.
 */
export async function bandCandidateIds(
  db: Kysely<Database>,
  queries: CompiledQueries,
  bands: readonly string[],
  published: { readonly from: string; readonly to: string } | null,
): Promise<{ document: string; published: string | null }[]> {
  const found = new Map<string, string | null>();
  const distinct = [...new Set(bands)];
  for (let start = 0; start < distinct.length; start += BANDS_PER_STATEMENT) {
    const batch = distinct.slice(start, start + BANDS_PER_STATEMENT);
    // One statement a document, compiled once per band count: built by Kysely each time, it cost more
    // than SQLite took to run it.
    const values: Record<string, string> = published === null ? {} : { ...published };
    batch.forEach((band, i) => {
      values[`b${i}`] = band;
    });
    const shape = `band candidates of ${batch.length} bands${published === null ? '' : ' dated'}`;
    const rows = await queries.execute(shape, values, (v) => {
      const span = published === null ? null : { from: `${v.from}`, to: `${v.to}` };
      const parts = batch.map((_, i) => bandPart(`${v[`b${i}`]}`, span));
      const query = sql<{
        document_id: string;
        published: string | null;
      }>`${sql.join(parts, sql` union all `)}`;
      return { compile: () => query.compile(db) };
    });
    for (const r of rows) found.set(r.document_id, r.published);
  }
  return [...found]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([document, date]) => ({ document, published: date }));
}

/** The signatures of these documents, from the cache or read (and kept) where it has none. */
export async function signaturesOf(
  db: Kysely<Database>,
  cache: SignatureCache,
  ids: readonly string[],
): Promise<Map<string, readonly number[]>> {
  const out = new Map<string, readonly number[]>();
  const missing: string[] = [];
  for (const id of ids) {
    const hit = cache.get(id);
    if (hit === undefined) missing.push(id);
    else out.set(id, hit);
  }
  for (let start = 0; start < missing.length; start += IDS_PER_STATEMENT) {
    const rows = await db
      .selectFrom('document_fingerprints')
      .select(['document_id', 'signature'])
      .where('document_id', 'in', missing.slice(start, start + IDS_PER_STATEMENT))
      .execute();
    for (const r of rows) {
      const signature = signatureOf(r.signature);
      cache.set(r.document_id, signature);
      out.set(r.document_id, signature);
    }
  }
  return out;
}

/** The candidates of a near-duplicate lookup with their signatures, by document id. */
export async function bandCandidates(
  db: Kysely<Database>,
  queries: CompiledQueries,
  cache: SignatureCache,
  bands: readonly string[],
  published: { readonly from: string; readonly to: string } | null,
): Promise<BandCandidate[]> {
  if (bands.length === 0) return [];
  const ids = await bandCandidateIds(db, queries, bands, published);
  const signatures = await signaturesOf(
    db,
    cache,
    ids.map((c) => c.document),
  );
  return ids.flatMap((c) => {
    const signature = signatures.get(c.document);
    return signature === undefined ? [] : [{ ...c, signature }];
  });
}

/** One stored fingerprint, or null. */
export async function fingerprintOf(
  db: Kysely<Database>,
  document: string,
): Promise<StoredFingerprint | null> {
  const r = await db
    .selectFrom('document_fingerprints')
    .selectAll()
    .where('document_id', '=', document)
    .executeTakeFirst();
  return r === undefined ? null : storedFingerprint(r);
}

/** A fingerprint row as the store hands it out, its signature parsed. */
export function storedFingerprint(r: Selectable<DocumentFingerprintsTable>): StoredFingerprint {
  return {
    document: r.document_id,
    published: r.published,
    outlet: r.outlet,
    signature: signatureOf(r.signature),
    echoOf: r.echo_of,
    originOutlet: r.origin_outlet,
  };
}
