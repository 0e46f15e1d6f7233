import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { type ApiDeps, createApp } from '../../src/api/index.js';
import {
  ingestInputs,
  type Knowledge,
  loadKnowledge,
  openStore,
  type Store,
  sampleCorpusDir,
} from '../../src/index.js';

/** A store filled with the bundled sample corpus, in a temporary SQLite file, and how to remove it. */
export interface SampleStore {
  readonly store: Store;
  readonly knowledge: Knowledge;
  readonly documents: readonly string[];
  readonly dispose: () => Promise<void>;
}

/** Ingests corpus/sample into a fresh temporary SQLite store. */
export async function sampleStore(): Promise<SampleStore> {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-api-'));
  const store = await openStore({ kind: 'sqlite', file: join(dir, 'store.db') });
  const knowledge = loadKnowledge();
  const report = await ingestInputs([sampleCorpusDir], {
    store,
    knowledge,
    now: () => new Date('2026-01-01T00:00:00Z'),
  });
  return {
    store,
    knowledge,
    documents: report.documents,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The app over a sample store, with a fixed clock and any extra options. */
export function appOver(
  sample: SampleStore,
  extra: Partial<Pick<ApiDeps, 'token' | 'maxBodyBytes' | 'cacheMs'>> = {},
): Hono {
  return createApp({
    store: sample.store,
    knowledge: sample.knowledge,
    now: () => new Date('2026-01-02T00:00:00Z'),
    ...extra,
  });
}

/** An article whose text and metadata carry markup and scripts that must never run. */
export const HOSTILE_ARTICLE = [
  'date 2024-03-01',
  'outlet <b>Evil Outlet</b>',
  'title <script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2">',
  'url javascript:alert(1)',
  '',
  'Iran delivered 40 Shahed drones to Russia <script>window.__pwned = 3</script>, Reuters reported, citing <img src=x onerror="window.__pwned=4"> officials.',
  '',
  '"We sent nothing," Foreign Minister Abbas Araghchi said </textarea><script>window.__pwned = 5</script> on Monday.',
].join('\n');

/** Reads a JSON body of an error response. */
export async function errorOf(response: Response): Promise<{ code: string; message: string }> {
  const body = (await response.json()) as { error: { code: string; message: string } };
  return body.error;
}
