import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { WatchRule } from '../alerts/rules.js';
import { InvalidInputError, NotFoundError } from '../errors.js';

/** The config file `watch` reads when `--config` is not given. */
export const DEFAULT_CONFIG_FILE = 'corroborate.config.json';

const Seconds = z
  .number()
  .positive('expected seconds above 0')
  .max(7 * 24 * 3600, 'expected at most a week');

/** A folder to scan for new files, every `interval` seconds. */
export const WatchedFolder = z.strictObject({
  path: z.string().trim().min(1),
  interval: Seconds.default(60),
});
export type WatchedFolder = z.infer<typeof WatchedFolder>;

/** An RSS, Atom or JSON Feed to poll every `interval` seconds; `fetchArticles` fetches each new item's page. */
export const WatchedFeed = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: 'expected an http or https URL' }),
  interval: Seconds.default(900),
  fetchArticles: z.boolean().default(false),
});
export type WatchedFeed = z.infer<typeof WatchedFeed>;

/** `corroborate.config.json`: what `watch` follows, where it stores, and how it fetches. */
export const WatchConfig = z
  .strictObject({
    db: z.string().trim().min(1).optional(),
    pagesDir: z.string().trim().min(1).optional(),
    stateFile: z.string().trim().min(1).optional(),
    userAgent: z.string().trim().min(1).optional(),
    allowPrivate: z.boolean().default(false),
    timeout: Seconds.default(20),
    maxBytes: z
      .number()
      .int()
      .positive()
      .default(5 * 1024 * 1024),
    maxBackoff: Seconds.default(3600),
    folders: z.array(WatchedFolder).default([]),
    feeds: z.array(WatchedFeed).default([]),
    rules: z.array(WatchRule).default([]),
  })
  .refine((c) => c.folders.length + c.feeds.length > 0, { error: 'names no folders and no feeds to watch' })
  .refine((c) => new Set(c.rules.map((r) => r.name)).size === c.rules.length, {
    error: 'two rules have the same name',
    path: ['rules'],
  });
export type WatchConfig = z.infer<typeof WatchConfig>;

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue?.path.length ? issue.path.map(String).join('.') : 'the config';
  return `${where}: ${issue?.message ?? 'invalid'}`;
}

/** Parses a config object, naming the first bad field; relative paths are read from `baseDir`. */
export function parseWatchConfig(raw: unknown, baseDir: string, origin = 'the config'): WatchConfig {
  const parsed = WatchConfig.safeParse(raw);
  if (!parsed.success) throw new InvalidInputError(`${origin}: ${describe(parsed.error)}`);
  const at = (path: string) => (isAbsolute(path) ? path : resolve(baseDir, path));
  const config = parsed.data;
  return {
    ...config,
    // A postgres:// URL names a server, not a path to resolve.
    ...(config.db === undefined
      ? {}
      : { db: /^postgres(?:ql)?:\/\//i.test(config.db) ? config.db : at(config.db) }),
    ...(config.pagesDir === undefined ? {} : { pagesDir: at(config.pagesDir) }),
    ...(config.stateFile === undefined ? {} : { stateFile: at(config.stateFile) }),
    folders: config.folders.map((f) => ({ ...f, path: at(f.path) })),
  };
}

/** Reads and checks a JSON config file. */
export async function loadWatchConfig(file: string): Promise<WatchConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new NotFoundError(`no config at ${file}: write one (see README, "Watching folders and feeds")`, {
      cause: error,
    });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new InvalidInputError(`${file}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  return parseWatchConfig(raw, dirname(resolve(file)), file);
}
