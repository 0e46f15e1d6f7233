import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../support/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'corroborate-robust-batch-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a batch with a hostile file among good ones', () => {
  test('stores the good files, rejects the 5,000-deep page as too_deep, and exits 3', async () => {
    const docs = join(work, 'docs');
    mkdirSync(docs);
    writeFileSync(
      join(docs, 'a-good.txt'),
      'date 2024-03-01\noutlet Reuters\n\nIran sent drones to Russia, officials said.\n',
    );
    writeFileSync(
      join(docs, 'b-deep.html'),
      `<html><body>${'<div>'.repeat(5000)}Iran sent drones.${'</div>'.repeat(5000)}</body></html>`,
    );
    writeFileSync(
      join(docs, 'c-good.txt'),
      'date 2024-03-02\noutlet AP\n\nNorth Korea shipped artillery shells to Russia, the ministry said.\n',
    );
    const run = await runCli(['ingest', docs, '--db', join(work, 'store.db'), '--json']);
    expect(run.code).toBe(3);
    const report = JSON.parse(run.stdout) as { stored: number; rejected: { origin: string; code: string }[] };
    expect(report.stored).toBe(2);
    expect(report.rejected).toEqual([expect.objectContaining({ code: 'too_deep' })]);
    expect(report.rejected[0]?.origin).toContain('b-deep.html');
  });
});
