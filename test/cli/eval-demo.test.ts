import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cliFixtures, runCli } from '../support/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'corroborate-cli-eval-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('corroborate eval', () => {
  test('prints the three levels with precision, recall and F1, then recalls and accuracies', async () => {
    const run = await runCli(['eval', join(cliFixtures, 'gold')]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^event {18}P=\d\.\d{3} R=\d\.\d{3} F1=\d\.\d{3}$/);
    expect(lines[1]).toMatch(/^event_status {11}P=\d\.\d{3} R=\d\.\d{3} F1=\d\.\d{3}$/);
    expect(lines[2]).toMatch(/^event_status_source {4}P=\d\.\d{3} R=\d\.\d{3} F1=\d\.\d{3}$/);
    expect(lines.slice(3, 7).map((l) => l.split(/ +/)[0])).toEqual([
      'entity_recall',
      'source_recall',
      'published_accuracy',
      'outlet_accuracy',
    ]);
  });

  test('--json --detail prints score.py JSON with the counts and a detail entry per document', async () => {
    const run = await runCli(['eval', join(cliFixtures, 'gold'), '--json', '--detail']);
    expect(run.code).toBe(0);
    const scores = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(scores)).toEqual([
      'event',
      'event_status',
      'event_status_source',
      'counts',
      'entity_recall',
      'source_recall',
      'published_accuracy',
      'outlet_accuracy',
      'detail',
    ]);
    expect(scores.published_accuracy).toBe(1);
    expect(scores.detail).toEqual([expect.objectContaining({ doc: 'kirby-iran' })]);
  });

  test('a gold file without its document is scored as empty, with a warning on stderr', async () => {
    const dir = mkdtempSync(join(work, 'gold-'));
    writeFileSync(
      join(dir, 'lonely.gold.json'),
      JSON.stringify({ claims: [{ type: 'transfer', status: 'asserted' }] }),
    );
    const run = await runCli(['eval', dir, '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('lonely');
    expect(JSON.parse(run.stdout).counts['1']).toEqual({ tp: 0, fp: 0, fn: 1 });
  });

  test('a malformed gold file exits 2 naming the file and the field', async () => {
    const dir = mkdtempSync(join(work, 'gold-'));
    writeFileSync(join(dir, 'broken.gold.json'), JSON.stringify({ claims: [{ type: 'transfer' }] }));
    const run = await runCli(['eval', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/broken\.gold\.json: .*claims\.0\.status/);
  });

  test('a gold folder that does not exist exits 4', async () => {
    const run = await runCli(['eval', join(work, 'nowhere')]);
    expect(run.code).toBe(4);
  });
});

describe('corroborate demo', () => {
  test('ingests the bundled sample corpus into a fresh store and prints its counts, from any folder', async () => {
    const cwd = mkdtempSync(join(work, 'demo-'));
    const first = await runCli(['demo'], { cwd });
    expect(first.code).toBe(0);
    expect(existsSync(join(cwd, 'corroborate-demo.db'))).toBe(true);
    expect(first.stdout).toMatch(/^documents +[1-9]\d* \([1-9]\d* stored, 0 duplicates\)$/m);
    for (const label of ['entities', 'attributions', 'claims', '  by type', '  by status', 'rejections']) {
      expect(first.stdout).toMatch(new RegExp(`^${label} +\\S`, 'm'));
    }
    // A second run recreates the store: nothing is a duplicate.
    const second = await runCli(['demo'], { cwd });
    expect(second.stdout).toMatch(/ 0 duplicates\)$/m);
  });
});
