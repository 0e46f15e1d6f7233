import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Extraction } from '../../src/domain/extraction.js';
import { cliFixtures, runCli } from '../support/run-cli.js';

const docs = join(cliFixtures, 'docs');
const bad = join(cliFixtures, 'bad');
const work = mkdtempSync(join(tmpdir(), 'corroborate-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ReportLine = (name: string, n: number) => new RegExp(`^${name} +${n}$`, 'm');

describe('corroborate ingest, documents, show and entities over one store', () => {
  const db = join(work, 'store.db');

  beforeAll(async () => {
    const run = await runCli(['ingest', docs, '--db', db]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(ReportLine('stored', 2));
  });

  test('documents --json lists the two stored documents with their counts', async () => {
    const run = await runCli(['documents', '--db', db, '--json']);
    expect(run.code).toBe(0);
    const documents = JSON.parse(run.stdout) as { id: string; published: string; claims: number }[];
    expect(documents.map((d) => d.published).sort()).toEqual(['2023-10-13', '2024-02-22']);
    for (const d of documents) expect(d.id).toMatch(/^doc_[0-9a-f]{16}$/);
  });

  test('show --json prints the stored extraction, equal to what extract --json prints', async () => {
    const extracted = await runCli(['extract', join(docs, 'kirby-iran.txt'), '--json']);
    const fresh = Extraction.parse(JSON.parse(extracted.stdout));
    const run = await runCli(['show', fresh.document.id, '--db', db, '--json']);
    expect(run.code).toBe(0);
    expect(Extraction.parse(JSON.parse(run.stdout))).toEqual(fresh);
  });

  test('entities --kind country --json lists only countries, Russia in both documents', async () => {
    const run = await runCli(['entities', '--kind', 'country', '--db', db, '--json']);
    expect(run.code).toBe(0);
    const entities = JSON.parse(run.stdout) as { id: string; kind: string; documents: number }[];
    expect(entities.length).toBeGreaterThan(0);
    expect(entities.every((e) => e.kind === 'country')).toBe(true);
    expect(entities.find((e) => e.id === 'RUS')?.documents).toBe(2);
  });

  test('an unknown --kind is refused with exit 2', async () => {
    const run = await runCli(['entities', '--kind', 'planet', '--db', db]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--kind');
  });

  test('show of an id that is not stored exits 4', async () => {
    const run = await runCli(['show', 'doc_0000000000000000', '--db', db]);
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('doc_0000000000000000');
  });
});

describe('corroborate ingest batches', () => {
  test('ingesting the same files twice stores them once and counts duplicates the second time', async () => {
    const db = join(work, 'twice.db');
    const first = await runCli(['ingest', docs, '--db', db, '--json']);
    const second = await runCli(['ingest', docs, '--db', db, '--json']);
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(JSON.parse(first.stdout)).toMatchObject({ stored: 2, duplicates: 0, rejected: [] });
    expect(JSON.parse(second.stdout)).toMatchObject({ stored: 0, duplicates: 2, rejected: [] });
    const listed = await runCli(['documents', '--db', db, '--json']);
    expect(JSON.parse(listed.stdout)).toHaveLength(2);
  });

  test('a batch with bad files exits 3, lists each reason and still stores the good ones', async () => {
    const db = join(work, 'mixed.db');
    const run = await runCli(['ingest', docs, bad, '--db', db]);
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(ReportLine('stored', 2));
    expect(run.stdout).toMatch(ReportLine('rejected', 2));
    expect(run.stdout).toMatch(/bad-date\.txt: .*month 13.*\(bad_date\)/);
    expect(run.stdout).toMatch(/empty\.txt: .*\(empty\)/);
    const listed = await runCli(['documents', '--db', db, '--json']);
    expect(JSON.parse(listed.stdout)).toHaveLength(2);
  });

  test('ingest writes no progress line when stderr is not a terminal', async () => {
    const run = await runCli(['ingest', docs, '--db', join(work, 'quiet.db')]);
    expect(run.stderr).toBe('');
  });

  test('reading commands refuse a store that does not exist, exit 4, and do not create it', async () => {
    const db = join(work, 'missing.db');
    const run = await runCli(['documents', '--db', db]);
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('no store at');
    expect(existsSync(db)).toBe(false);
  });

  test('ingest uses ./corroborate.db in the working folder by default', async () => {
    const cwd = mkdtempSync(join(work, 'cwd-'));
    const run = await runCli(['ingest', docs], { cwd });
    expect(run.code).toBe(0);
    expect(existsSync(join(cwd, 'corroborate.db'))).toBe(true);
  });
});
