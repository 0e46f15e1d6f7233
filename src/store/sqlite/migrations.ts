import { type Kysely, type Migration, type RawBuilder, sql } from 'kysely';
import { backfillClaimRows } from '../claim-rows-backfill.js';
import { correctionsMigration } from '../corrections-migration.js';
import { ReportSpan, SHORT_SPAN_DAYS } from '../event-rows.js';
import { backfillEventSummaries } from '../event-summary.js';
import { countsMigration } from '../store-counts.js';

async function run(db: Kysely<unknown>, statements: readonly RawBuilder<unknown>[]): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}

const initial: Migration = {
  async up(db) {
    await run(db, [
      sql`create table if not exists documents (
        id text primary key,
        published text,
        outlet text,
        title text,
        url text,
        origin text,
        format text not null,
        text text not null,
        warnings text not null,
        ingested_at text not null,
        extraction text not null,
        entity_count integer not null,
        attribution_count integer not null,
        claim_count integer not null
      )`,
      sql`create index if not exists documents_published on documents (published desc, id)`,
      sql`create table if not exists entities (
        id text primary key,
        kind text not null,
        name text not null
      )`,
      sql`create index if not exists entities_kind on entities (kind)`,
      sql`create table if not exists document_entities (
        document_id text not null references documents (id) on delete cascade,
        entity_id text not null references entities (id),
        mentions integer not null,
        primary key (document_id, entity_id)
      )`,
      sql`create index if not exists document_entities_entity on document_entities (entity_id)`,
      sql`create table if not exists attributions (
        document_id text not null references documents (id) on delete cascade,
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
        document_id text not null references documents (id) on delete cascade,
        id text not null,
        type text not null,
        actor text,
        target text,
        status text not null,
        source_id text,
        source_name text,
        weapons text not null,
        quantity text,
        time text,
        chain text not null,
        evidence_start integer not null,
        evidence_end integer not null,
        evidence_text text not null,
        primary key (document_id, id)
      )`,
      sql`create index if not exists claims_type on claims (type)`,
      sql`create index if not exists claims_actor_target on claims (actor, target)`,
      sql`create index if not exists claims_status on claims (status)`,
      sql`create table if not exists rejections (
        id integer primary key autoincrement,
        origin text not null,
        code text not null,
        reason text not null,
        at text not null
      )`,
      // A standalone FTS table keyed by document id: an external-content table would key on the
      // documents rowid, which VACUUM may renumber since documents has a text primary key.
      sql`create virtual table if not exists documents_fts using fts5(
        document_id unindexed,
        title,
        text,
        tokenize = 'porter unicode61 remove_diacritics 2'
      )`,
      sql`create trigger if not exists documents_fts_insert after insert on documents begin
        insert into documents_fts (document_id, title, text) values (new.id, coalesce(new.title, ''), new.text);
      end`,
      sql`create trigger if not exists documents_fts_delete after delete on documents begin
        delete from documents_fts where document_id = old.id;
      end`,
      sql`create trigger if not exists documents_fts_update after update of title, text on documents begin
        delete from documents_fts where document_id = old.id;
        insert into documents_fts (document_id, title, text) values (new.id, coalesce(new.title, ''), new.text);
      end`,
    ]);
  },
};

// Events merged across documents, where each claim went, and near-duplicate fingerprints (issue 5).
const events: Migration = {
  async up(db) {
    await run(db, [
      sql`create table if not exists events (
        id text primary key,
        block text not null,
        type text not null,
        phase text not null,
        actor text,
        target text,
        status text not null,
        first_reported text,
        last_reported text,
        event_time text,
        event_time_end text,
        claim_count integer not null,
        origin_count integer not null,
        weapon_terms text not null,
        data text not null
      )`,
      sql`create index if not exists events_block on events (block, event_time_end)`,
      sql`create index if not exists events_last_reported on events (last_reported desc, id)`,
      sql`create index if not exists events_actor_target on events (actor, target)`,
      sql`create index if not exists events_target on events (target)`,
      sql`create index if not exists events_status on events (status)`,
      sql`create table if not exists event_claims (
        document_id text not null,
        claim_id text not null,
        event_id text not null,
        primary key (document_id, claim_id)
      )`,
      sql`create index if not exists event_claims_event on event_claims (event_id)`,
      sql`create table if not exists document_fingerprints (
        document_id text primary key,
        published text,
        outlet text,
        signature text not null,
        echo_of text,
        origin_outlet text
      )`,
      sql`create table if not exists fingerprint_bands (
        band text not null,
        document_id text not null,
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
      sql`create index if not exists events_reported on events (last_reported desc, id, first_reported)`,
      sql`create index if not exists events_type_reported on events (type, last_reported desc, id)`,
      sql`create index if not exists events_actor_reported on events (actor, last_reported desc, id)`,
      sql`create index if not exists events_target_reported on events (target, last_reported desc, id)`,
      sql`create index if not exists events_status_reported on events (status, last_reported desc, id)`,
      sql`create index if not exists events_first_reported on events (first_reported desc, id)`,
      sql`create index if not exists events_claim_count on events (claim_count desc, id)`,
      sql`create index if not exists events_origin_count on events (origin_count desc, id)`,
      sql`alter table events add column long_span integer not null default 0`,
      // An unreadable date counts as a long span: the long branch of a window query checks every such event.
      sql`update events set long_span = case
        when first_reported is null or last_reported is null then 0
        when julianday(last_reported) - julianday(first_reported) <= ${sql.lit(SHORT_SPAN_DAYS)} then 0
        else 1 end`,
      sql`create index if not exists events_span_reported on events (long_span, last_reported desc, id, first_reported)`,
      sql`create table if not exists event_weapons (
        term text not null,
        event_id text not null,
        primary key (term, event_id)
      ) without rowid`,
      sql`create index if not exists event_weapons_event on event_weapons (event_id)`,
      sql`insert or ignore into event_weapons (term, event_id)
        select lower(json_extract(w.value, '$.class')), e.id from events e, json_each(e.data, '$.weapons') w
        where json_extract(w.value, '$.class') is not null`,
      sql`insert or ignore into event_weapons (term, event_id)
        select lower(json_extract(w.value, '$.system')), e.id from events e, json_each(e.data, '$.weapons') w
        where json_extract(w.value, '$.system') is not null`,
    ]);
  },
};

// Event summaries (issue 6): what a list shows of each event, kept apart from the whole event so that a
// page of events reads and sends a few hundred bytes an event, not its claims, origins and timeline.
const eventSummaries: Migration = {
  async up(db) {
    await run(db, [
      sql`create table if not exists event_summaries (
        event_id text primary key,
        summary text not null
      ) without rowid`,
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
      sql`alter table event_claims add column published text`,
      sql`alter table event_claims add column outlet text`,
      sql`alter table event_claims add column cites text`,
      sql`alter table event_claims add column data text`,
      sql`create index if not exists event_claims_event_published on event_claims (event_id, published)`,
      sql`create index if not exists event_claims_event_outlet on event_claims (event_id, outlet, published)`,
      sql`drop index if exists event_claims_event`,
      // Near-duplicate candidates by band and date, so that a band holding thousands of copies is read
      // only near the new document's date.
      sql`alter table fingerprint_bands add column published text`,
      sql`update fingerprint_bands set published = (select f.published from document_fingerprints f
        where f.document_id = fingerprint_bands.document_id)`,
      sql`create index if not exists fingerprint_bands_published on fingerprint_bands (band, published)`,
    ]);
    await backfillClaimRows(db);
  },
};

// Near-duplicate candidates read in their index's order (issue 16): a band's copies newest first, ties by
// document, so that reading the 16 a band gives stops after 16 rows; with (band, published) SQLite read
// every copy of the band within the window and sorted them, and a story retold thousands of times a
// month made that most of a document's cost. Undated copies are a range of the same index. The claims
// that cite an outlet have an index of their own, so that linking a new story reads those near its
// date, not every claim of a big story's days.
const ingestIndexes: Migration = {
  async up(db) {
    await run(db, [
      sql`create index if not exists event_claims_citing on event_claims (event_id, published) where cites is not null`,
      sql`create index if not exists fingerprint_bands_recent on fingerprint_bands (band, published desc, document_id)`,
      sql`drop index if exists fingerprint_bands_published`,
    ]);
  },
};

// Origins as rows (issue 16): each claim row carries its origin, so that when a new story moves a stored
// claim to another origin, the origin it leaves is folded again from its own claims (index
// `(event_id, origin)`) rather than from every claim of the event.
const claimOrigins: Migration = {
  async up(db) {
    await run(db, [
      sql`alter table event_claims add column origin text`,
      sql`update event_claims set origin = json_extract(data, '$.origin') where data is not null`,
      sql`create index if not exists event_claims_origin on event_claims (event_id, origin)`,
    ]);
  },
};

/** The SQLite schema, one migration per change, applied in name order. */
export const sqliteMigrations: Readonly<Record<string, Migration>> = {
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
  '0011-ingest-indexes': ingestIndexes,
  '0012-claim-origins': claimOrigins,
};
