import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { EventFilter } from '../domain/event.js';
import { parseText } from '../ingest/index.js';
import { loadKnowledge } from '../knowledge/index.js';
import { ingestInputs } from '../pipeline/index.js';
import { openStore, type Store } from '../store/index.js';
import type { IngestQueue, PendingJob, TakenJob } from './open-queue.js';
import { runWorker } from './run-worker.js';

const folder = fileURLToPath(new URL('../../corpus/sample/', import.meta.url));
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .slice(0, 4)
  .map((name) => `${folder}${name}`);

type State = 'waiting' | 'mine' | 'other' | 'done';

/**
 * A queue in memory whose first job another worker holds, until the worker under test has looked for
 * its turn `holdFor` times: long enough to stage its first batch and wait.
 */
function queueWithEarlierJob(holdFor: number): IngestQueue {
  const jobs = files.map((file, i) => {
    const parsed = parseText(readFileSync(file, 'utf8'), file);
    if (!parsed.ok) throw new Error(parsed.rejection.reason);
    return { id: `job-${i + 1}`, key: `k${i + 1}`, data: { document: parsed.document } };
  });
  const state = new Map<string, State>(jobs.map((job) => [job.id, 'waiting']));
  const all = [{ id: 'job-0', key: 'k0', data: null }, ...jobs];
  state.set('job-0', 'other');
  let looks = 0;
  const set = (ids: readonly string[], to: State) => {
    for (const id of ids) state.set(id, to);
  };
  return {
    add: async () => false,
    async take(count) {
      const taken: TakenJob[] = all.filter((job) => state.get(job.id) === 'waiting').slice(0, count);
      set(
        taken.map((job) => job.id),
        'mine',
      );
      return taken;
    },
    async pendingBefore(key, ids) {
      looks += 1;
      if (looks > holdFor) state.set('job-0', 'done');
      const pending: PendingJob[] = [];
      for (const job of all) {
        const now = state.get(job.id);
        if (job.key < key && !ids.includes(job.id) && now !== 'done')
          pending.push({ key: job.key, held: now !== 'waiting' });
      }
      return pending;
    },
    renew: async () => {},
    complete: async (ids) => set(ids, 'done'),
    fail: async (ids) => set(ids, 'waiting'),
    channel: 'test',
    reclaimExpired: async () => {},
    async counts() {
      const states = [...state.values()];
      return {
        waiting: states.filter((s) => s === 'waiting').length,
        active: states.filter((s) => s === 'mine' || s === 'other').length,
      };
    },
    close: async () => {},
  };
}

async function eventContents(store: Store): Promise<string[]> {
  const { events } = await store.listEvents(EventFilter.parse({ limit: 1000 }));
  return events
    .map(({ type, actor, target, weapons, status, claims, origins }) =>
      JSON.stringify({ type, actor, target, weapons, status, claims: claims.length, origins }),
    )
    .sort();
}

test('a worker whose batch waits its turn takes and extracts its next batch meanwhile', async () => {
  const knowledge = loadKnowledge();
  const store = await openStore({ kind: 'sqlite', file: ':memory:' });
  const reference = await openStore({ kind: 'sqlite', file: ':memory:' });
  try {
    const report = await runWorker({
      store,
      queue: queueWithEarlierJob(30),
      knowledge,
      batchSize: 2,
      drain: true,
      pollMs: 10,
    });
    expect(report).toMatchObject({ jobs: 4, stored: 4, failedBatches: 0, gaveWay: 0 });
    // Jobs 1 and 2 waited on job 0; jobs 3 and 4, taken meanwhile, were extracted before job 0 was done.
    expect(report.extractedAhead).toBe(2);
    await ingestInputs(files, { store: reference, workers: 0, knowledge });
    expect(await eventContents(store)).toEqual(await eventContents(reference));
  } finally {
    await store.close();
    await reference.close();
  }
}, 120_000);
