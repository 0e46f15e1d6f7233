import { setTimeout as sleep } from 'node:timers/promises';
import type { IngestResult } from '../domain/document.js';
import type { IngestReport } from '../index.js';
import type { Knowledge } from '../knowledge/index.js';
import type { Store } from '../store/store.js';
import type { WatchConfig } from './config.js';
import { DEFAULT_LIMITS, type FetchLimits } from './http-fetch.js';
import type { Log } from './log.js';
import { RobotsCache } from './robots-cache.js';
import { type PollDeps, pollFeed, pollFolder } from './sources.js';
import { storeDocuments } from './store-documents.js';
import { WatchState } from './watch-state.js';

/** What `watch` needs from outside: the store, knowledge, clock, log, a stop signal and how to ingest files. */
export interface WatchDeps {
  readonly store: Store;
  readonly knowledge: Knowledge;
  readonly now: () => Date;
  readonly log: Log;
  readonly signal: AbortSignal;
  /** Ingests files by path into the store (the programmatic `ingestInputs`). */
  readonly ingestFiles: (paths: readonly string[]) => Promise<IngestReport>;
  /** Where raw pages of `fetchArticles` feeds are kept. */
  readonly pagesDir: string;
  /** Called after each batch that stored something, e.g. to check watch rules. */
  readonly afterStore?: (report: IngestReport) => Promise<void>;
  /** Overrides of the fetch limits (tests resolve names to fixed addresses). */
  readonly limits?: Partial<FetchLimits>;
  /** Poll every source once and return, instead of until stopped. */
  readonly once?: boolean;
}

/** The delay before the next poll: the interval, doubled for each failure in a row, capped. */
export function nextDelay(intervalSeconds: number, failures: number, maxBackoffSeconds: number): number {
  if (failures === 0) return intervalSeconds;
  return Math.min(intervalSeconds * 2 ** failures, Math.max(maxBackoffSeconds, intervalSeconds));
}

const counts = (r: IngestReport) => ({
  stored: r.stored,
  duplicates: r.duplicates,
  rejected: r.rejected.length,
});

/** One source's loop: poll, then wait its interval (longer after failures), until stopped. */
async function follow(
  source: string,
  interval: number,
  poll: () => Promise<boolean>,
  config: WatchConfig,
  deps: WatchDeps,
): Promise<void> {
  let failures = 0;
  while (!deps.signal.aborted) {
    let ok: boolean;
    try {
      ok = await poll();
    } catch (error) {
      // One source's failure, whatever it is, is logged and retried; it never ends the others.
      deps.log({
        level: 'error',
        event: 'poll_failed',
        source,
        code: 'internal',
        reason: (error as Error).message,
      });
      ok = false;
    }
    failures = ok ? 0 : failures + 1;
    if (deps.once || deps.signal.aborted) return;
    const delay = nextDelay(interval, failures, config.maxBackoff);
    if (failures > 0) deps.log({ level: 'warn', event: 'backoff', source, failures, seconds: delay });
    await sleep(delay * 1000, undefined, { signal: deps.signal }).catch(() => undefined);
  }
}

/**
 * Follows the folders and feeds of a config until the signal stops it: each source on its own
 * interval with conditional GETs, back-off after failures, seen items skipped; stores serially.
 */
export async function runWatch(config: WatchConfig, deps: WatchDeps): Promise<void> {
  const limits: FetchLimits = {
    ...DEFAULT_LIMITS,
    timeoutMs: config.timeout * 1000,
    maxBytes: config.maxBytes,
    allowPrivate: config.allowPrivate,
    ...(config.userAgent === undefined ? {} : { userAgent: config.userAgent }),
    ...deps.limits,
  };
  const robots = new RobotsCache(limits);
  const state = await WatchState.open(config.stateFile ?? null);
  // One writer at a time: sources poll in parallel, but merging into events must not interleave.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const afterStore = async (report: IngestReport) => {
    if (report.stored > 0) await deps.afterStore?.(report);
    return counts(report);
  };
  const outletForHost = (host: string) => deps.knowledge.outletForHost(host);
  const page = { limits, robots, pagesDir: deps.pagesDir, now: deps.now, outletForHost };
  const poll: PollDeps = {
    limits,
    robots,
    page,
    state,
    log: deps.log,
    signal: deps.signal,
    outletForHost,
    storeResults: (results: readonly IngestResult[]) =>
      serial(async () =>
        afterStore(
          await storeDocuments(results, { store: deps.store, knowledge: deps.knowledge, now: deps.now }),
        ),
      ),
    storeFiles: (paths) => serial(async () => afterStore(await deps.ingestFiles(paths))),
  };
  deps.log({ level: 'info', event: 'started', folders: config.folders.length, feeds: config.feeds.length });
  await Promise.all([
    ...config.folders.map((f) =>
      follow(`folder:${f.path}`, f.interval, () => pollFolder(f, poll), config, deps),
    ),
    ...config.feeds.map((f) => follow(`feed:${f.url}`, f.interval, () => pollFeed(f, poll), config, deps)),
  ]);
  await queue;
  deps.log({ level: 'info', event: 'stopped' });
}
