import { z } from 'zod';

/** Which backend to open and where: a SQLite file, a PostgreSQL server, or PGlite (in memory without dataDir). */
export const StoreConfig = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sqlite'), file: z.string().min(1) }),
  z.object({ kind: z.literal('postgres'), url: z.string().min(1) }),
  z.object({ kind: z.literal('pglite'), dataDir: z.string().min(1).optional() }),
]);
export type StoreConfig = z.infer<typeof StoreConfig>;
