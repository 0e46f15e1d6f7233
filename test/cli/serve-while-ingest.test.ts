import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { cliBin, repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { documentCount, eventsOf, replayInCommitOrder, storeProblems } from '../support/store-checks.js';

const work = mkdtempSync(join(tmpdir(), 'corroborate-serve-ingest-'));
const sample = join(repoRoot, 'corpus/sample');
const files = readdirSync(sample)
  .filter((f) => f.endsWith('.txt'))
  .sort();
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('serve taking posts while ingest runs on the same store loses no claim', async () => {
  const db = join(work, 'store.db');
  const [first = '', ...rest] = files;
  const half = Math.ceil(rest.length / 2);
  const ingested = join(work, 'ingested');
  mkdirSync(ingested);
  for (const name of rest.slice(0, half)) copyFileSync(join(sample, name), join(ingested, name));
  const posted = rest.slice(half);
  // `serve` reads an existing store only.
  expect((await runCli(['ingest', join(sample, first), '--db', db])).code).toBe(0);
  const server = spawn(process.execPath, [cliBin, 'serve', '--db', db, '--port', '0'], { cwd: repoRoot });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      server.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        out += chunk;
        const found = /at (http:\/\/\S+)/.exec(out);
        if (found?.[1] !== undefined) resolve(found[1]);
      });
      server.on('exit', (code) => reject(new Error(`serve stopped (exit ${code})`)));
    });
    const ingest = runCli(['ingest', ingested, '--db', db, '--batch-size', '2', '--workers', '0']);
    for (const name of posted) {
      const response = await fetch(`${url}/api/documents`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        body: readFileSync(join(sample, name), 'utf8'),
      });
      expect(response.status).toBeLessThan(300);
    }
    expect((await ingest).code).toBe(0);
  } finally {
    server.kill('SIGTERM');
  }
  expect(storeProblems(db)).toEqual([]);
  expect(documentCount(db)).toBe(files.length);
  const serial = join(work, 'serial.db');
  await replayInCommitOrder(db, serial);
  expect(eventsOf(db)).toEqual(eventsOf(serial));
}, 180_000);
