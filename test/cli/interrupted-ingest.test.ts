import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cliBin, repoRoot } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import {
  documentCount,
  eventsOf,
  placedClaims,
  replayInCommitOrder,
  storeProblems,
} from '../support/store-checks.js';

// A small corpus, stored two documents a transaction, so that a kill lands between and inside many commits.
const work = mkdtempSync(join(tmpdir(), 'corroborate-kill-'));
const corpus = join(work, 'corpus');
const sample = join(repoRoot, 'corpus/sample');
const files = readdirSync(sample)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const INGEST = ['--workers', '1', '--batch-size', '2'];
afterAll(() => rmSync(work, { recursive: true, force: true }));

function copyInto(dir: string, names: readonly string[]): string {
  mkdirSync(dir, { recursive: true });
  for (const name of names) copyFileSync(join(sample, name), join(dir, name));
  return dir;
}

function ingest(paths: readonly string[], db: string): ChildProcess {
  return spawn(process.execPath, [cliBin, 'ingest', ...paths, '--db', db, ...INGEST], {
    cwd: repoRoot,
    stdio: 'ignore',
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.on('exit', (code) => resolve(code));
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Kills an ingest with SIGKILL once it has committed more documents than before, after a random pause. */
async function killMidway(db: string): Promise<void> {
  const before = documentCount(db);
  const child = ingest([corpus], db);
  let done = false;
  void exited(child).then(() => {
    done = true;
  });
  while (!done && documentCount(db) <= before) await pause(15);
  await pause(Math.random() * 150);
  child.kill('SIGKILL');
  await exited(child);
}

beforeAll(() => {
  copyInto(corpus, files);
});

describe('ingest killed at random points', () => {
  test('leaves a sound store each time, and a rerun completes the batch with the events of an uninterrupted run', async () => {
    const clean = join(work, 'clean.db');
    expect((await runCli(['ingest', corpus, '--db', clean, ...INGEST])).code).toBe(0);
    const killed = join(work, 'killed.db');
    for (let run = 0; run < 10; run += 1) {
      await killMidway(killed);
      expect(storeProblems(killed)).toEqual([]);
      // Each stored document has all the placements it has in the uninterrupted run.
      const expected = placedClaims(clean);
      for (const [doc, claims] of placedClaims(killed)) expect(claims).toEqual(expected.get(doc));
    }
    const rerun = await runCli(['ingest', corpus, '--db', killed, ...INGEST]);
    expect(rerun.code).toBe(0);
    expect(storeProblems(killed)).toEqual([]);
    expect(documentCount(killed)).toBe(files.length);
    expect(eventsOf(killed)).toEqual(eventsOf(clean));
  }, 240_000);
});

describe('two ingest processes on one store', () => {
  test('on identical inputs give the events of one process', async () => {
    const single = join(work, 'single.db');
    expect((await runCli(['ingest', corpus, '--db', single, ...INGEST])).code).toBe(0);
    const shared = join(work, 'identical.db');
    const codes = await Promise.all([exited(ingest([corpus], shared)), exited(ingest([corpus], shared))]);
    expect(codes).toEqual([0, 0]);
    expect(storeProblems(shared)).toEqual([]);
    expect(eventsOf(shared)).toEqual(eventsOf(single));
  }, 120_000);

  test('on disjoint inputs give the events of one process merging the documents in the order they were committed', async () => {
    const half = Math.ceil(files.length / 2);
    const a = copyInto(join(work, 'a'), files.slice(0, half));
    const b = copyInto(join(work, 'b'), files.slice(half));
    const shared = join(work, 'disjoint.db');
    const codes = await Promise.all([exited(ingest([a], shared)), exited(ingest([b], shared))]);
    expect(codes).toEqual([0, 0]);
    expect(storeProblems(shared)).toEqual([]);
    expect(documentCount(shared)).toBe(files.length);
    // Merging depends on the order documents arrive in; no claim is lost if the two writers' events are
    // those of one writer taking the documents in the order the store committed them.
    const serial = join(work, 'serial.db');
    await replayInCommitOrder(shared, serial);
    expect(eventsOf(shared)).toEqual(eventsOf(serial));
  }, 120_000);
});
