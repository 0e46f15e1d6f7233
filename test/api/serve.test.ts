import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cliBin } from '../support/paths.js';
import { cliFixtures, runCli } from '../support/run-cli.js';

const work = mkdtempSync(join(tmpdir(), 'corroborate-serve-'));
const db = join(work, 'store.db');
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('corroborate serve', () => {
  beforeAll(async () => {
    const run = await runCli(['ingest', join(cliFixtures, 'docs'), '--db', db]);
    expect(run.code).toBe(0);
  });

  test('refuses to listen beyond loopback without CORROBORATE_TOKEN', async () => {
    const run = await runCli(['serve', '--db', db, '--host', '0.0.0.0', '--port', '0']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('CORROBORATE_TOKEN');
  });

  test('rejects a bad port and a missing store', async () => {
    const port = await runCli(['serve', '--db', db, '--port', '70000']);
    expect(port.code).toBe(2);
    expect(port.stderr).toContain('--port');
    const missing = await runCli(['serve', '--db', join(work, 'none.db')]);
    expect(missing.code).toBe(4);
  });

  test('serves the store on loopback until SIGTERM', async () => {
    const child = spawn(process.execPath, [cliBin, 'serve', '--db', db, '--port', '0']);
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        out += chunk;
        const found = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
        if (found) resolve(found);
      });
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
    });
    const summary = (await (await fetch(`${url}/api/summary`)).json()) as { documents: number };
    expect(summary.documents).toBe(2);
    const closed = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await closed).toBe(0);
  });
});
