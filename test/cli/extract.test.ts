import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { Extraction } from '../../src/domain/extraction.js';
import { cliFixtures, runCli } from '../support/run-cli.js';

const kirby = join(cliFixtures, 'docs/kirby-iran.txt');
const dprk = join(cliFixtures, 'docs/dprk-containers.txt');

function lines(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line !== '');
}

describe('corroborate extract', () => {
  test('--json on one file prints one line holding one valid Extraction of that document', async () => {
    const run = await runCli(['extract', kirby, '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const [line, ...rest] = lines(run.stdout);
    expect(rest).toEqual([]);
    const extraction = Extraction.parse(JSON.parse(line ?? ''));
    expect(extraction.document).toMatchObject({ published: '2024-02-22', outlet: 'Censor.NET' });
    expect(extraction.document.text.startsWith('Iran is providing Russia')).toBe(true);
  });

  test('--json on several files prints JSON Lines, one Extraction per document in input order', async () => {
    const run = await runCli(['extract', kirby, dprk, '--json']);
    expect(run.code).toBe(0);
    const extractions = lines(run.stdout).map((line) => Extraction.parse(JSON.parse(line)));
    expect(extractions.map((e) => e.document.published)).toEqual(['2024-02-22', '2023-10-13']);
    expect(new Set(extractions.map((e) => e.document.id)).size).toBe(2);
  });

  test('a rejected input is reported on stderr with its reason and exits 1, the good ones still printed', async () => {
    const run = await runCli(['extract', join(cliFixtures, 'bad/bad-date.txt'), kirby, '--json']);
    expect(run.code).toBe(1);
    expect(lines(run.stdout)).toHaveLength(1);
    expect(run.stderr).toContain('bad-date.txt');
    expect(run.stderr).toContain('month 13');
    expect(run.stderr).toContain('(bad_date)');
  });

  test('without --json prints a readable summary with the outlet, date, entities and claims', async () => {
    const run = await runCli(['extract', kirby]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^doc_[0-9a-f]{16} {2}2024-02-22 {2}Censor\.NET/);
    expect(run.stdout).toMatch(/^entities \(\d+\)$/m);
    expect(run.stdout).toMatch(/^attributions \(\d+\)$/m);
    expect(run.stdout).toMatch(/^claims \(\d+\)$/m);
  });

  test('an option that is not a positive number is refused with exit 2, naming the option', async () => {
    const run = await runCli(['extract', kirby, '--max-bytes', 'lots']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--max-bytes');
    expect(run.stdout).toBe('');
  });

  test('--max-bytes rejects a file over the limit as too large', async () => {
    const run = await runCli(['extract', kirby, '--max-bytes', '10', '--json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('(too_large)');
  });
});

describe('corroborate --help', () => {
  test('lists every command and the exit codes', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    const commands = [
      'extract',
      'ingest',
      'documents',
      'show',
      'entities',
      'eval',
      'demo',
      'export',
      'fetch',
      'watch',
      'deliveries',
    ];
    for (const command of commands) {
      expect(run.stdout).toMatch(new RegExp(`^ {2}${command} `, 'm'));
    }
    expect(run.stdout).toContain('Exit codes:');
  });

  test('an unknown command exits 2 with a hint', async () => {
    const run = await runCli(['frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown command 'frobnicate'");
  });
});
