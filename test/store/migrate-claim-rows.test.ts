import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import SqliteDatabase from 'better-sqlite3';
import { type Dialect, Kysely, type Migration, SqliteDialect } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corroborate, corroborationDeps, eventBlock, updateEvents } from '../../src/corroborate/index.js';
import type { SourceDocument } from '../../src/domain/document.js';
import { type Event, EventFilter } from '../../src/domain/event.js';
import type { Extraction } from '../../src/domain/extraction.js';
import { extract } from '../../src/extract/index.js';
import { parseText } from '../../src/ingest/index.js';
import { loadKnowledge } from '../../src/knowledge/index.js';
import {
  createPostgresStore,
  openStore,
  parseSummaries,
  type Store,
  summaryOf,
} from '../../src/store/index.js';
import { migrateToLatest } from '../../src/store/migrate.js';
import { postgresMigrations } from '../../src/store/postgres/migrations.js';
import { pgliteDialect } from '../../src/store/postgres/pglite-dialect.js';
import type { Database } from '../../src/store/schema.js';
import { sqliteMigrations } from '../../src/store/sqlite/migrations.js';
import { repoRoot } from '../support/paths.js';
import { migrationsBefore } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'corroborate-claim-rows-'));
const pglite = new PGlite();
const knowledge = loadKnowledge();
const deps = corroborationDeps(knowledge);

interface Input {
  readonly document: SourceDocument;
  readonly extraction: Extraction;
}

let inputs: Input[] = [];

beforeAll(() => {
  const folder = resolve(repoRoot, 'corpus/scenario');
  inputs = readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, 14)
    .flatMap((f) => {
      const parsed = parseText(readFileSync(join(folder, f), 'utf8'), f);
      return parsed.ok
        ? [{ document: parsed.document, extraction: extract(parsed.document, knowledge) }]
        : [];
    });
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await pglite.close();
});

function corroborationInput({ document, extraction }: Input) {
  const { id, published, outlet, origin: file, url } = document;
  return { document: { id, published, outlet, file, url }, extraction };
}

/** Merges documents in memory, whole events as versions before claims were rows held and stored them. */
function mergeInMemory(list: readonly Input[], start: readonly Event[] = []): Map<string, Event> {
  const events = new Map(start.map((e) => [e.id, e]));
  for (const input of list) {
    const result = corroborate([...events.values()], corroborationInput(input), deps);
    for (const e of result.events) events.set(e.id, e);
  }
  return events;
}

/** Writes events as a store before claims were rows did: the whole event as `data`, placements alone. */
async function writeOldStore(
  dialect: Dialect,
  migrations: Readonly<Record<string, Migration>>,
  events: readonly Event[],
) {
  const db = new Kysely<Database>({ dialect });
  await migrateToLatest(db, migrationsBefore(migrations, '0008'));
  for (const event of events) {
    await db
      .insertInto('events')
      .values({
        id: event.id,
        block: eventBlock(event),
        type: event.type,
        phase: event.phase,
        actor: event.actor,
        target: event.target,
        status: event.status,
        first_reported: event.firstReported,
        last_reported: event.lastReported,
        event_time: event.eventTime,
        event_time_end: event.eventTimeEnd,
        claim_count: event.claims.length,
        origin_count: event.independentOrigins,
        weapon_terms: '',
        report_span: 0,
        data: JSON.stringify(event),
        version: 1,
      })
      .execute();
    await db
      .insertInto('event_summaries')
      .values({ event_id: event.id, summary: JSON.stringify(summaryOf(event)) })
      .execute();
    for (const c of event.claims) {
      await db
        .insertInto('event_claims')
        .values({ document_id: c.document, claim_id: c.claim, event_id: event.id })
        .execute();
    }
  }
  await db.destroy();
}

async function expectUpgraded(
  open: () => Promise<Store>,
  write: (events: readonly Event[]) => Promise<void>,
) {
  const before = inputs.slice(0, -1);
  const last = inputs.at(-1) as Input;
  const old = mergeInMemory(before);
  await write([...old.values()]);
  const store = await open();
  try {
    const all = EventFilter.parse({ limit: 1000 });
    // Every event reads back as it was stored whole, its claims now rows.
    for (const event of old.values()) expect(await store.getEvent(event.id)).toEqual(event);
    const listed = (await store.listEvents(all)).events;
    expect(listed).toHaveLength(old.size);
    expect(parseSummaries((await store.listEventSummaries(all)).events)).toEqual(listed.map(summaryOf));
    // A document merged into the upgraded store changes its events as merging them whole does.
    const expected = mergeInMemory([last], [...old.values()]);
    expect([...expected.values()].some((e) => old.has(e.id) && old.get(e.id) !== e)).toBe(true);
    await store.transaction(async (trx) => {
      await trx.saveDocument(last.document, last.extraction, '2026-12-07T00:00:00Z');
      await updateEvents(last.document, last.extraction, { ...deps, store: trx });
    });
    for (const event of expected.values()) expect(await store.getEvent(event.id)).toEqual(event);
  } finally {
    await store.close();
  }
}

describe('migrating a store whose events held their claims (0009-claim-rows)', () => {
  it('moves the claims into rows, keeps every event as it was, and merges on top (SQLite)', async () => {
    const file = join(dir, 'old.sqlite');
    await expectUpgraded(
      () => openStore({ kind: 'sqlite', file }),
      (events) =>
        writeOldStore(new SqliteDialect({ database: new SqliteDatabase(file) }), sqliteMigrations, events),
    );
  });

  it('moves the claims into rows, keeps every event as it was, and merges on top (PGlite)', async () => {
    await expectUpgraded(
      () => createPostgresStore({ pglite }),
      (events) => writeOldStore(pgliteDialect(pglite), postgresMigrations, events),
    );
  });
});
