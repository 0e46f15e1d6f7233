import { PGlite } from '@electric-sql/pglite';
import { createPostgresStore } from '../../src/store/index.js';
import { storeSuite } from './store-suite.js';

storeSuite('PGlite store', { open: () => createPostgresStore({ pglite: new PGlite() }) });
