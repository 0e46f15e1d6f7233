import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { storeSuite } from './store-suite.js';

const dir = mkdtempSync(join(tmpdir(), 'corroborate-store-'));
let count = 0;
let file = '';

afterAll(() => rmSync(dir, { recursive: true, force: true }));

storeSuite('SQLite store', {
  open: () => {
    count += 1;
    file = join(dir, `store-${count}.sqlite`);
    return openStore({ kind: 'sqlite', file });
  },
  reopen: () => openStore({ kind: 'sqlite', file }),
});
