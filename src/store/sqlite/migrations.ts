import { type Kysely, type Migration, type RawBuilder, sql } from 'kysely';

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

/** The SQLite schema, one migration per change, applied in name order. */
export const sqliteMigrations: Readonly<Record<string, Migration>> = { '0001-initial': initial };
