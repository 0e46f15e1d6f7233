import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { Event } from '../../src/domain/event.js';
import { CSV_COLUMNS, type ExportFormat, exportEvents, MispExport } from '../../src/exchange/index.js';
import { loadKnowledge, type Store } from '../../src/index.js';
import { repoRoot } from '../support/paths.js';
import { cliFixtures, runCli } from '../support/run-cli.js';
import { allEvents, fixtureStore, NOW, parseCsv } from './support.js';

let store: Store;
let events: Event[];
const work = mkdtempSync(join(tmpdir(), 'corroborate-export-'));

beforeAll(async () => {
  store = await fixtureStore();
  events = await allEvents(store);
});
afterAll(async () => {
  await store.close();
  rmSync(work, { recursive: true, force: true });
});

async function exported(format: ExportFormat, filter = {}): Promise<string> {
  const chunks: string[] = [];
  await exportEvents(format, filter, { store, now: () => NOW, write: (c) => void chunks.push(c) });
  return chunks.join('');
}

type StixObject = Record<string, unknown> & { type: string; id: string };

describe('export as CSV and JSON Lines', () => {
  test('CSV has one row per claim with event id, status, grade, chain, outlet, date and evidence', async () => {
    const rows = parseCsv(await exported('csv'));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const claims = events.flatMap((e) => e.claims.map((c) => ({ e, c })));
    expect(rows.length - 1).toBe(claims.length);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    for (const [i, { e, c }] of claims.entries()) {
      const row = rows[i + 1] ?? [];
      expect(row[col('event_id')]).toBe(e.id);
      expect(row[col('event_status')]).toBe(e.status);
      expect(row[col('grade')]).toBe(`${e.grade.reliability}${e.grade.credibility}`);
      expect(row[col('chain')]).toBe(c.chain.join(' > '));
      expect(row[col('outlet')]).toBe(c.outlet ?? '');
      expect(row[col('published')]).toBe(c.published ?? '');
      expect(row[col('evidence')]).toBe(c.evidence.replace(/\s+/g, ' ').trim());
    }
  });

  test('a CSV cell a spreadsheet would run as a formula is quoted away', async () => {
    const [first] = events;
    if (first === undefined) throw new Error('the fixtures made no event');
    const { csvRows } = await import('../../src/exchange/csv.js');
    const claim = { ...(first.claims[0] as Event['claims'][number]), evidence: '=HYPERLINK("http://x")' };
    const row = parseCsv(csvRows({ ...first, claims: [claim] }))[0] ?? [];
    expect(row[CSV_COLUMNS.indexOf('evidence')]).toBe(`'=HYPERLINK("http://x")`);
  });

  test('JSON Lines has one whole event per line, and the filters apply', async () => {
    const lines = (await exported('jsonl')).trim().split('\n');
    expect(lines.map((l) => Event.parse(JSON.parse(l)).id)).toEqual(events.map((e) => e.id));
    const denied = (await exported('jsonl', { status: 'denied' })).trim();
    const expected = events.filter((e) => e.status === 'denied').length;
    expect(denied === '' ? 0 : denied.split('\n').length).toBe(expected);
    expect((await exported('jsonl', { max: 1 })).trim().split('\n')).toHaveLength(1);
  });
});

describe('export as a STIX 2.1 bundle', () => {
  const schema = JSON.parse(
    readFileSync(join(repoRoot, 'test/fixtures/exchange/stix-2.1-bundle.schema.json'), 'utf8'),
  ) as object;

  test('validates against the STIX 2.1 schema, and every reference resolves inside the bundle', async () => {
    const bundle = JSON.parse(await exported('stix')) as { objects: StixObject[] };
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(bundle) ? [] : validate.errors).toEqual([]);
    const ids = new Set(bundle.objects.map((o) => o.id));
    expect(ids.size).toBe(bundle.objects.length);
    for (const o of bundle.objects) {
      const refs = [o.created_by_ref, o.source_ref, o.target_ref, ...((o.object_refs as string[]) ?? [])];
      for (const ref of refs.filter((r) => r !== undefined)) expect(ids).toContain(ref);
      expect(Date.parse(String(o.modified))).toBeGreaterThanOrEqual(Date.parse(String(o.created)));
    }
  });

  test('a report per event carries the Admiralty grade; claims are notes, denials opinions; sources and outlets are identities', async () => {
    const bundle = JSON.parse(await exported('stix')) as { objects: StixObject[] };
    const of = (type: string) => bundle.objects.filter((o) => o.type === type);
    expect(of('report')).toHaveLength(events.length);
    const claims = events.flatMap((e) => e.claims);
    expect(of('note').length + of('opinion').length).toBe(claims.length);
    expect(of('opinion')).toHaveLength(claims.filter((c) => c.status === 'denied').length);
    for (const event of events) {
      const report = of('report').find((r) => (r.x_corroborate_event as { id: string }).id === event.id);
      const { reliability, credibility } = event.grade;
      expect(report?.x_corroborate_grade).toBe(`${reliability}${credibility}`);
      expect(report?.labels).toContain(`admiralty-scale:source-reliability="${reliability.toLowerCase()}"`);
      expect(report?.labels).toContain(`admiralty-scale:information-credibility="${credibility}"`);
    }
    const names = of('identity').map((i) => i.name);
    for (const claim of claims) if (claim.outlet !== null) expect(names).toContain(claim.outlet);
    const types = new Set(of('relationship').map((r) => r.relationship_type));
    expect(types).toEqual(new Set(['attributed-to', 'published-by']));
  });

  test('the same store and clock give the same bundle, ids included', async () => {
    expect(await exported('stix')).toBe(await exported('stix'));
  });

  const python = spawnSync('python3', ['-c', 'import stix2validator'], { encoding: 'utf8' });
  const oasis = python.status === 0;
  test.skipIf(!oasis)(
    `the OASIS validator accepts the bundle (needs python3 with stix2-validator${oasis ? '' : ': not installed here, skipped'})`,
    async () => {
      const file = join(work, 'bundle.json');
      writeFileSync(file, await exported('stix'));
      const run = spawnSync('python3', ['-m', 'stix2validator', '--strict-types', file], {
        encoding: 'utf8',
      });
      expect(run.stdout + run.stderr).not.toMatch(/\[X\]/);
      expect(run.status).toBe(0);
    },
  );
});

describe('export as MISP events', () => {
  test('round-trips through the MISP event schema, with the grade as admiralty-scale tags', async () => {
    const text = await exported('misp');
    const parsed = MispExport.parse(JSON.parse(text));
    expect(parsed).toEqual(JSON.parse(text));
    expect(`${JSON.stringify(parsed, null, 2)}\n`).toBe(text);
    expect(parsed.response).toHaveLength(events.length);
    for (const [i, event] of events.entries()) {
      const tags = parsed.response[i]?.Event.Tag.map((t) => t.name);
      expect(tags).toContain(`admiralty-scale:source-reliability="${event.grade.reliability.toLowerCase()}"`);
      expect(tags).toContain(`admiralty-scale:information-credibility="${event.grade.credibility}"`);
      const evidence = parsed.response[i]?.Event.Attribute.filter((a) => a.type === 'text');
      expect(evidence).toHaveLength(event.claims.length);
    }
  });

  test('the schema refuses an attribute type its category does not allow', () => {
    const bad = {
      response: [
        {
          Event: {
            uuid: '11111111-1111-4111-8111-111111111111',
            info: 'x',
            date: '2024-01-01',
            threat_level_id: '4',
            analysis: '1',
            distribution: '0',
            published: false,
            timestamp: '1',
            Tag: [],
            Attribute: [
              {
                uuid: '11111111-1111-4111-8111-111111111112',
                type: 'datetime',
                category: 'External analysis',
                value: 'x',
                comment: '',
                to_ids: false,
                distribution: '5',
                timestamp: '1',
              },
            ],
          },
        },
      ],
    };
    expect(MispExport.safeParse(bad).success).toBe(false);
  });
});

describe('export from the CLI and the API', () => {
  test('`export --format csv --out FILE` writes the file; a bad format exits 2; no store exits 4', async () => {
    const db = join(work, 'cli.db');
    expect((await runCli(['ingest', join(cliFixtures, 'docs'), '--db', db])).code).toBe(0);
    const out = join(work, 'events.csv');
    const run = await runCli(['export', '--format', 'csv', '--db', db, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/exported \d+ event\(s\) as csv/);
    expect(readFileSync(out, 'utf8').split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    const bad = await runCli(['export', '--format', 'xml', '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format');
    expect((await runCli(['export', '--format', 'stix', '--db', join(work, 'none.db')])).code).toBe(4);
  });

  test('GET /api/export answers each format with its media type; a missing format is a 400', async () => {
    const app = createApp({ store, knowledge: loadKnowledge(), now: () => NOW });
    const stix = await app.request('/api/export?format=stix');
    expect(stix.status).toBe(200);
    expect(stix.headers.get('content-type')).toBe('application/stix+json;version=2.1');
    expect(await stix.text()).toBe(await exported('stix'));
    const csv = await app.request('/api/export?format=csv&status=denied');
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(await csv.text()).toBe(await exported('csv', { status: 'denied' }));
    expect((await app.request('/api/export')).status).toBe(400);
  });
});
