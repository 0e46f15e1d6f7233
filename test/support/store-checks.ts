import Database from 'better-sqlite3';
import { corroborationDeps } from '../../src/corroborate/index.js';
import { loadKnowledge } from '../../src/knowledge/index.js';
import { storeBatch } from '../../src/pipeline/index.js';
import { openStore } from '../../src/store/index.js';

/** An event as stored: its id, its head and state, and its claim rows in order. */
export interface StoredEventRow {
  readonly id: string;
  readonly data: { readonly state: { readonly claims: number } };
  readonly claims: readonly { readonly document: string; readonly claim: string; readonly data: unknown }[];
}

/** Every stored event of a SQLite store file, by id, with the claims placed in it. */
export function eventsOf(file: string): StoredEventRow[] {
  const db = new Database(file, { readonly: true });
  try {
    const rows = db.prepare('select id, data from events order by id').all() as {
      id: string;
      data: string;
    }[];
    const claims = db
      .prepare(
        'select event_id, document_id, claim_id, data from event_claims order by event_id, document_id, claim_id',
      )
      .all() as { event_id: string; document_id: string; claim_id: string; data: string | null }[];
    const byEvent = new Map<string, StoredEventRow['claims'][number][]>();
    for (const c of claims) {
      const list = byEvent.get(c.event_id) ?? [];
      list.push({
        document: c.document_id,
        claim: c.claim_id,
        data: c.data === null ? null : JSON.parse(c.data),
      });
      byEvent.set(c.event_id, list);
    }
    return rows.map((r) => ({
      id: r.id,
      data: JSON.parse(r.data) as StoredEventRow['data'],
      claims: byEvent.get(r.id) ?? [],
    }));
  } finally {
    db.close();
  }
}

/** The stored documents of a SQLite store file, in the order they were committed (rowid). */
export function documentsInCommitOrder(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('select id from documents order by rowid').all() as { id: string }[]).map((r) => r.id);
  } finally {
    db.close();
  }
}

/** For each stored document, the ids of its claims placed in events, sorted. */
export function placedClaims(file: string): Map<string, string[]> {
  const db = new Database(file, { readonly: true });
  try {
    const out = new Map<string, string[]>();
    for (const { id } of db.prepare('select id from documents').all() as { id: string }[]) out.set(id, []);
    const rows = db
      .prepare('select document_id, claim_id from event_claims order by document_id, claim_id')
      .all() as { document_id: string; claim_id: string }[];
    for (const r of rows) out.get(r.document_id)?.push(r.claim_id);
    return out;
  } finally {
    db.close();
  }
}

/**
 * What is wrong with a SQLite store's events, empty when nothing: the file's integrity, documents
 * never merged, claims placed in an event that does not exist or without their data, and events
 * whose state counts other claims than are placed in them.
 */
export function storeProblems(file: string): string[] {
  const db = new Database(file, { readonly: true });
  const problems: string[] = [];
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const unmerged = db
      .prepare('select id from documents where id not in (select document_id from document_fingerprints)')
      .all() as { id: string }[];
    for (const { id } of unmerged) problems.push(`document ${id} is not merged`);
  } finally {
    db.close();
  }
  const events = eventsOf(file);
  const ids = new Set(events.map((e) => e.id));
  const db2 = new Database(file, { readonly: true });
  try {
    const placements = db2
      .prepare('select document_id, claim_id, event_id, data from event_claims')
      .all() as {
      document_id: string;
      claim_id: string;
      event_id: string;
      data: string | null;
    }[];
    for (const p of placements) {
      const key = `${p.document_id}#${p.claim_id}`;
      if (!ids.has(p.event_id)) problems.push(`${key} is placed in ${p.event_id}, which is not stored`);
      if (p.data === null) problems.push(`${key} is placed in ${p.event_id} without its claim`);
    }
  } finally {
    db2.close();
  }
  for (const e of events)
    if (e.data.state.claims !== e.claims.length)
      problems.push(`${e.id} counts ${e.data.state.claims} claims but holds ${e.claims.length}`);
  return problems;
}

/** How many documents a SQLite store file holds (0 while it does not exist yet or is locked). */
export function documentCount(file: string): number {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('select count(*) as n from documents').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

/**
 * Stores the documents of one SQLite store file into another, one writer taking them in the order the
 * first committed them, from their stored extractions: what concurrent writers must be equal to.
 */
export async function replayInCommitOrder(fromFile: string, toFile: string): Promise<void> {
  const from = await openStore({ kind: 'sqlite', file: fromFile });
  const to = await openStore({ kind: 'sqlite', file: toFile });
  try {
    const deps = { store: to, ...corroborationDeps(loadKnowledge()), at: '2026-01-01T00:00:00.000Z' };
    for (const id of documentsInCommitOrder(fromFile)) {
      const stored = await from.getDocument(id);
      if (stored === null) throw new Error(`${id} vanished`);
      const { published, outlet, title, url, text, origin, format, warnings, extraction } = stored;
      const document = { id, published, outlet, title, url, text, origin, format, warnings: [...warnings] };
      await storeBatch([{ ok: true, document, extraction }], deps);
    }
  } finally {
    await from.close();
    await to.close();
  }
}
