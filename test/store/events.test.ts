import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll } from 'vitest';
import { createPostgresStore, openStore } from '../../src/store/index.js';
import { eventSuite } from './event-suite.js';

const dir = mkdtempSync(join(tmpdir(), 'corroborate-events-'));
let count = 0;
const pglite = new PGlite();

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await pglite.close();
});

eventSuite('SQLite store', () => {
  count += 1;
  return openStore({ kind: 'sqlite', file: join(dir, `events-${count}.sqlite`) });
});

eventSuite('PGlite store', async () => {
  await pglite.exec('drop schema public cascade; create schema public;');
  return createPostgresStore({ pglite });
});
