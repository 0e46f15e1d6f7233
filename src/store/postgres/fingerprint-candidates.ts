import { type Kysely, sql } from 'kysely';
import { z } from 'zod';
import type { Database } from '../schema.js';
import type { StoredFingerprint } from '../store.js';

// As the shared lookup (event-store.ts): the most recently published per band within the window, and as many undated.
const CANDIDATES_PER_BAND = 16;

const Signature = z.array(z.number().int());

interface FingerprintRow {
  readonly document_id: string;
  readonly published: string | null;
  readonly outlet: string | null;
  readonly signature: unknown;
  readonly echo_of: string | null;
  readonly origin_outlet: string | null;
}

/**
 * The near-duplicate candidates of a set of LSH bands in one statement: each band's few candidates
 * through a lateral subquery over the bands as an array, joined to their fingerprints. The shared
 * form (a union of two subqueries per band, 64 per statement, then the fingerprints) cost PostgreSQL
 * 10-15 ms a document in planning alone; this is planned in well under one. Same candidates, same order.
 */
export async function postgresFingerprintCandidates(
  db: Kysely<Database>,
  bands: readonly string[],
  published: { readonly from: string; readonly to: string } | null,
): Promise<StoredFingerprint[]> {
  if (bands.length === 0) return [];
  const distinct = [...new Set(bands)];
  const perBand =
    published === null
      ? sql`(select document_id from fingerprint_bands where band = b.band
            order by document_id limit ${CANDIDATES_PER_BAND})`
      : sql`(select document_id from fingerprint_bands
             where band = b.band and published >= ${published.from} and published <= ${published.to}
             order by published desc, document_id limit ${CANDIDATES_PER_BAND})
            union all
            (select document_id from fingerprint_bands where band = b.band and published is null
             order by document_id limit ${CANDIDATES_PER_BAND})`;
  const { rows } = await sql<FingerprintRow>`select f.* from document_fingerprints as f
    where f.document_id in (
      select c.document_id from unnest(${distinct}::text[]) as b(band) cross join lateral (${perBand}) as c)
    order by f.document_id`.execute(db);
  return rows.map((r) => ({
    document: r.document_id,
    published: r.published,
    outlet: r.outlet,
    signature: Signature.parse(typeof r.signature === 'string' ? JSON.parse(r.signature) : r.signature),
    echoOf: r.echo_of,
    originOutlet: r.origin_outlet,
  }));
}
