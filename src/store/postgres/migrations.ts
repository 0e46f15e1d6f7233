import { type Kysely, type Migration, type RawBuilder, sql } from 'kysely';
import { backfillClaimRows } from '../claim-rows-backfill.js';
import { correctionsMigration } from '../corrections-migration.js';
import { ReportSpan, SHORT_SPAN_DAYS } from '../event-rows.js';
import { backfillEventSummaries } from '../event-summary.js';
import { countsMigration } from '../store-counts.js';

/** The text search configuration used by both the index and every search query. */
export const SEARCH_CONFIG = 'english';

/**
 * How much of a document (title, then text) PostgreSQL indexes for search: a tsvector cannot pass
 * 1 MB, which a long text of distinct tokens (tables of figures) would, failing the whole save.
 */
export const SEARCH_PREFIX_CHARS = 250_000;

/** The tsvector a document is searched by; queries repeat it as is so that PostgreSQL uses the GIN index. */
// Config and length are literals, not parameters, because a parameter would not match the index expression;
// changing either needs a new migration that rebuilds documents_search.
export const DOCUMENT_VECTOR = sql`to_tsvector(${sql.lit(SEARCH_CONFIG)}, left(coalesce(title, '') || ' ' || text, ${sql.lit(SEARCH_PREFIX_CHARS)}))`;

async function run(db: Kysely<unknown>, statements: readonly RawBuilder<unknown>[]): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

const initial: Migration = {
  async up(db) {
    await run(db, [
      // The "C" collation makes ids and names sort bytewise, the same as in SQLite.
      sql`create table if not exists documents (
        id text collate "C" primary key,
        published text,
        outlet text,
        title text,
        url text,
        origin text,
        format text not null,
        text text not null,
        warnings jsonb not null,
        ingested_at text not null,
        extraction jsonb not null,
        entity_count integer not null,
        attribution_count integer not null,
        claim_count integer not null
      )`,
      sql`create index if not exists documents_published on documents (published desc nulls last, id)`,
      sql`create index if not exists documents_search on documents using gin (${DOCUMENT_VECTOR})`,
      sql`create table if not exists entities (
        id text collate "C" primary key,
        kind text not null,
        name text collate "C" not null
      )`,
      sql`create index if not exists entities_kind on entities (kind)`,
      sql`create table if not exists document_entities (
        document_id text collate "C" not null references documents (id) on delete cascade,
        entity_id text collate "C" not null references entities (id),
        mentions integer not null,
        primary key (document_id, entity_id)
      )`,
      sql`create index if not exists document_entities_entity on document_entities (entity_id)`,
      sql`create table if not exists attributions (
        document_id text collate "C" not null references documents (id) on delete cascade,
        id text not null,
        source_name text not null,
        source_entity text,
        source_kind text not null,
        cue text not null,
        mode text,
        parent text,
        content_start integer not null,
        content_end integer not null,
        primary key (document_id, id)
      )`,
      sql`create table if not exists claims (
        document_id text collate "C" not null references documents (id) on delete cascade,
        id text not null,
        type text not null,
        actor text,
        target text,
        status text not null,
        source_id text,
        source_name text,
        weapons jsonb not null,
        quantity jsonb,
        time jsonb,
        chain jsonb not null,
        evidence_start integer not null,
        evidence_end integer not null,
        evidence_text text not null,
        primary key (document_id, id)
      )`,
      sql`create index if not exists claims_type on claims (type)`,
      sql`create index if not exists claims_actor_target on claims (actor, target)`,
      sql`create index if not exists claims_status on claims (status)`,
      sql`create table if not exists rejections (
        id integer generated always as identity primary key,
        origin text not null,
        code text not null,
        reason text not null,
        at text not null
      )`,
    ]);
  },
};

// Events merged across documents, where each claim went, and near-duplicate fingerprints (issue 5).
const events: Migration = {
  async up(db) {
    await run(db, [
      sql`create table if not exists events (
        id text collate "C" primary key,
        block text collate "C" not null,
        type text not null,
        phase text not null,
        actor text collate "C",
        target text collate "C",
        status text not null,
        first_reported text collate "C",
        last_reported text collate "C",
        event_time text collate "C",
        event_time_end text collate "C",
        claim_count integer not null,
        origin_count integer not null,
        weapon_terms text collate "C" not null,
        data jsonb not null
      )`,
      sql`create index if not exists events_block on events (block, event_time_end)`,
      sql`create index if not exists events_last_reported on events (last_reported desc nulls last, id)`,
      sql`create index if not exists events_actor_target on events (actor, target)`,
      sql`create index if not exists events_target on events (target)`,
      sql`create index if not exists events_status on events (status)`,
      sql`create table if not exists event_claims (
        document_id text collate "C" not null,
        claim_id text collate "C" not null,
        event_id text collate "C" not null,
        primary key (document_id, claim_id)
      )`,
      sql`create index if not exists event_claims_event on event_claims (event_id)`,
      sql`create table if not exists document_fingerprints (
        document_id text collate "C" primary key,
        published text collate "C",
        outlet text,
        signature jsonb not null,
        echo_of text collate "C",
        origin_outlet text
      )`,
      sql`create table if not exists fingerprint_bands (
        band text collate "C" not null,
        document_id text collate "C" not null,
        primary key (band, document_id)
      )`,
    ]);
  },
};

// Listing events at scale (issue 6): an index per filter in the default order, covering indexes for the
// dates and the other sorts, weapon terms in a table of their own, and which events were reported over
// a long span, so that a date window can bound its scan (see event-list.ts).
const eventListing: Migration = {
  async up(db) {
    await run(db, [
      sql`drop index if exists events_last_reported`,
      sql`drop index if exists events_target`,
      sql`drop index if exists events_status`,
      sql`create index if not exists events_reported on events (last_reported desc nulls last, id, first_reported)`,
      sql`create index if not exists events_type_reported on events (type, last_reported desc nulls last, id)`,
      sql`create index if not exists events_actor_reported on events (actor, last_reported desc nulls last, id)`,
      sql`create index if not exists events_target_reported on events (target, last_reported desc nulls last, id)`,
      sql`create index if not exists events_status_reported on events (status, last_reported desc nulls last, id)`,
      sql`create index if not exists events_first_reported on events (first_reported desc nulls last, id)`,
      sql`create index if not exists events_claim_count on events (claim_count desc, id)`,
      sql`create index if not exists events_origin_count on events (origin_count desc, id)`,
      sql`alter table events add column if not exists long_span integer not null default 0`,
      // An unreadable date counts as a long span: the long branch of a window query checks every such event.
      sql`update events set long_span = case
        when first_reported is null or last_reported is null then 0
        when first_reported !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' or last_reported !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' then 1
        when last_reported::date - first_reported::date <= ${sql.lit(SHORT_SPAN_DAYS)} then 0
        else 1 end`,
      sql`create index if not exists events_span_reported on events (long_span, last_reported desc nulls last, id, first_reported)`,
      sql`create table if not exists event_weapons (
        term text collate "C" not null,
        event_id text collate "C" not null,
        primary key (term, event_id)
      )`,
      sql`create index if not exists event_weapons_event on event_weapons (event_id)`,
      sql`insert into event_weapons (term, event_id)
        select distinct lower(t.term), e.id from events e
        cross join lateral jsonb_array_elements(e.data -> 'weapons') w
        cross join lateral (values (w ->> 'class'), (w ->> 'system')) t (term)
        where t.term is not null
        on conflict do nothing`,
    ]);
  },
};

// Event summaries (issue 6): what a list shows of each event, kept apart from the whole event so that a
// page of events reads and sends a few hundred bytes an event, not its claims, origins and timeline.
const eventSummaries: Migration = {
  async up(db) {
    await run(db, [
      sql`create table if not exists event_summaries (
        event_id text collate "C" primary key,
        summary jsonb not null
      )`,
    ]);
    await backfillEventSummaries(db);
  },
};

// Merge candidates at scale (issue 5): the events a denial may answer are found by when they were last
// reported, within their block, as the overlapping ones are by the end of their span (events_block).
const mergeCandidates: Migration = {
  async up(db) {
    await run(db, [sql`create index if not exists events_block_reported on events (block, last_reported)`]);
  },
};

// Date windows by report span (issue 6): the events reported on one day are told apart from the other
// short ones, so that a window reads them along its own days alone (see event-list.ts). Their index,
// events_span_reported, follows the renamed column.
const reportSpan: Migration = {
  async up(db) {
    await run(db, [
      sql`alter table events rename column long_span to report_span`,
      // long_span was 1 for a long span, 0 for any other: the short ones of more than one day become 1.
      sql`update events set report_span = ${sql.lit(ReportSpan.long)} where report_span = 1`,
      sql`update events set report_span = ${sql.lit(ReportSpan.short)}
        where report_span = 0 and first_reported <> last_reported`,
    ]);
  },
};

// Event versions (issue 16): each save raises it, so that merging reads again only the events that
// changed since it last held them (another writer's, or none).
const eventVersion: Migration = {
  async up(db) {
    await run(db, [sql`alter table events add column version integer not null default 0`]);
  },
};

// Claims as rows (issue 16): an event's claims move out of its JSON into event_claims, and the event
// keeps its head and the state of its claims, so that adding a claim writes a row and a few hundred
// bytes whatever the event's size. Existing events are rewritten in that form. The near-duplicate lookup
// reads each LSH band by publication date, a few candidates per band.
const claimRows: Migration = {
  async up(db) {
    await run(db, [
      sql`alter table event_claims add column published text collate "C"`,
      sql`alter table event_claims add column outlet text`,
      sql`alter table event_claims add column cites text`,
      sql`alter table event_claims add column data jsonb`,
      sql`create index if not exists event_claims_event_published on event_claims (event_id, published)`,
      sql`create index if not exists event_claims_event_outlet on event_claims (event_id, outlet, published)`,
      sql`drop index if exists event_claims_event`,
      // Near-duplicate candidates by band and date, so that a band holding thousands of copies is read
      // only near the new document's date.
      sql`alter table fingerprint_bands add column published text collate "C"`,
      sql`update fingerprint_bands set published = (select f.published from document_fingerprints f
        where f.document_id = fingerprint_bands.document_id)`,
      sql`create index if not exists fingerprint_bands_published on fingerprint_bands (band, published)`,
    ]);
    await backfillClaimRows(db);
  },
};

// Origins as rows (issue 16): each claim row carries its origin, so that when a new story moves a stored
// claim to another origin, the origin it leaves is folded again from its own claims (index
// `(event_id, origin)`) rather than from every claim of the event.
const claimOrigins: Migration = {
  async up(db) {
    await run(db, [
      sql`alter table event_claims add column origin text`,
      sql`update event_claims set origin = data->>'origin' where data is not null`,
      sql`create index if not exists event_claims_origin on event_claims (event_id, origin)`,
    ]);
  },
};

/** The PostgreSQL schema, one migration per change, applied in name order. */
export const postgresMigrations: Readonly<Record<string, Migration>> = {
  '0001-initial': initial,
  '0002-events': events,
  '0003-event-listing': eventListing,
  '0004-event-summaries': eventSummaries,
  '0005-merge-candidates': mergeCandidates,
  '0006-report-span': reportSpan,
  '0007-event-version': eventVersion,
  '0008-corrections': correctionsMigration,
  '0009-claim-rows': claimRows,
  '0010-store-counts': countsMigration,
  '0012-claim-origins': claimOrigins,
};
