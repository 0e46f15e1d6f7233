import { z } from 'zod';
import { EntityKind } from '../domain/extraction.js';
import { InvalidArgumentError } from '../errors.js';
import { DATABASE_URL_VARIABLE } from './store-location.js';

/** The store file of `ingest`, `documents`, `show` and `entities` when `--db` is not given. */
export const DEFAULT_DB = 'corroborate.db';
/** The store file of `demo`, recreated on every run. */
export const DEFAULT_DEMO_DB = 'corroborate-demo.db';

const Db = z.string().trim().min(1, 'expected a file name or a postgres:// URL');

/** The `--db` option of the commands over the store: given, else CORROBORATE_DATABASE_URL, else ./corroborate.db. */
export const StoreOption = Db.default(() => process.env[DATABASE_URL_VARIABLE]?.trim() || DEFAULT_DB);

/** The help of the `--db` option of the commands over the store. */
export const DB_HELP = `the SQLite file or postgres:// URL of the store (default $${DATABASE_URL_VARIABLE}, else ./${DEFAULT_DB})`;
const Json = z.boolean().default(false);
// Commander hands option values over as strings; they become numbers here.
const Count = (max: number) =>
  z.coerce
    .number({ error: 'expected a whole number' })
    .int('expected a whole number')
    .positive('expected a number above 0')
    .max(max, `expected at most ${max}`);

/** The time one document may take to extract from the command line, unless `--budget-ms` says otherwise. */
export const DEFAULT_CLI_BUDGET_MS = 120_000;
const BudgetMs = Count(24 * 3_600_000).default(DEFAULT_CLI_BUDGET_MS);

/** Options of `extract`. */
export const ExtractOptions = z.object({
  json: Json,
  maxBytes: Count(1024 ** 3).optional(),
  budgetMs: BudgetMs,
  maxChars: Count(1024 ** 3).optional(),
});
/** How many extraction threads (`--workers`): 0 extracts on the main thread. */
const WorkerThreads = z.coerce
  .number({ error: 'expected a whole number' })
  .int('expected a whole number')
  .min(0, 'expected 0 or more')
  .max(256, 'expected at most 256')
  .optional();

/** Options of `ingest`. */
export const IngestOptions = z.object({
  db: StoreOption,
  maxBytes: Count(1024 ** 3).optional(),
  budgetMs: BudgetMs,
  maxChars: Count(1024 ** 3).optional(),
  workers: WorkerThreads,
  batchSize: Count(10_000).optional(),
  enqueue: z.boolean().default(false),
  leaseSeconds: Count(23 * 3600).optional(),
  json: Json,
});
/** Options of `worker`. */
export const WorkerOptions = z.object({
  db: StoreOption,
  budgetMs: BudgetMs,
  maxChars: Count(1024 ** 3).optional(),
  workers: WorkerThreads,
  batchSize: Count(1000).optional(),
  drain: z.boolean().default(false),
  json: Json,
});
/** Options of `documents`. */
export const DocumentsOptions = z.object({
  db: StoreOption,
  limit: Count(100_000).default(50),
  json: Json,
});
/** Options of `show`. */
export const ShowOptions = z.object({ db: StoreOption, json: Json });
/** Options of `entities`. */
export const EntitiesOptions = z.object({
  db: StoreOption,
  kind: EntityKind.optional(),
  limit: Count(100_000).default(100),
  json: Json,
});
/** Options of `eval`. */
export const EvalOptions = z.object({
  detail: z.boolean().default(false),
  json: Json,
  corrections: Db.optional(),
});
/** Options of `demo`. */
export const DemoOptions = z.object({ db: Db.default(DEFAULT_DEMO_DB) });

const kebab = (key: PropertyKey) => String(key).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Parses a command's options with its schema, naming the bad option (`--limit: expected ...`) when it fails. */
export function parseOptions<T extends z.ZodType>(schema: T, raw: unknown): z.output<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const flag = issue?.path[0] === undefined ? 'options' : `--${kebab(issue.path[0])}`;
  throw new InvalidArgumentError(`${flag}: ${issue?.message ?? 'invalid value'}`);
}
