import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { IngestResult } from '../domain/document.js';
import type { WatchedFeed, WatchedFolder } from './config.js';
import { feedItems, itemKey } from './feed-items.js';
import { type FetchLimits, fetchResource } from './http-fetch.js';
import type { Log } from './log.js';
import { fetchPage, type PageDeps } from './page.js';
import type { RobotsCache } from './robots-cache.js';
import type { WatchState } from './watch-state.js';

/** What one poll of a source needs: how to fetch, what was seen, where to log, and how to store. */
export interface PollDeps {
  readonly limits: FetchLimits;
  readonly robots: RobotsCache;
  readonly page: PageDeps;
  readonly state: WatchState;
  readonly log: Log;
  readonly signal: AbortSignal;
  readonly outletForHost?: (host: string) => string | null;
  /** Stores documents (fetched or read) and returns the counts. */
  readonly storeResults: (
    results: readonly IngestResult[],
  ) => Promise<{ stored: number; duplicates: number; rejected: number }>;
  /** Stores files by path, as `ingest` does. */
  readonly storeFiles: (
    paths: readonly string[],
  ) => Promise<{ stored: number; duplicates: number; rejected: number }>;
}

/** Polls a feed once with a conditional GET and stores its unseen items; false when the poll failed. */
export async function pollFeed(feed: WatchedFeed, deps: PollDeps): Promise<boolean> {
  const source = `feed:${feed.url}`;
  const refusal = await deps.robots.refusal(feed.url, deps.signal);
  if (refusal !== null) {
    deps.log({ level: 'error', event: 'poll_failed', source, code: 'robots', reason: refusal });
    return false;
  }
  const { etag, lastModified } = deps.state.validators(feed.url);
  const headers: Record<string, string> = {
    Accept:
      'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.5',
  };
  if (etag !== null) headers['If-None-Match'] = etag;
  if (lastModified !== null) headers['If-Modified-Since'] = lastModified;
  const outcome = await fetchResource(feed.url, deps.limits, { headers, signal: deps.signal });
  if (!outcome.ok) {
    if (outcome.code !== 'aborted')
      deps.log({ level: 'error', event: 'poll_failed', source, code: outcome.code, reason: outcome.reason });
    return outcome.code === 'aborted';
  }
  if (outcome.status === 304 || outcome.body === null) {
    deps.log({ level: 'info', event: 'not_modified', source, status: outcome.status });
    return true;
  }
  const options = deps.outletForHost === undefined ? {} : { outletForHost: deps.outletForHost };
  const items = feedItems(outcome.body, outcome.contentType, feed.url, options);
  const broken = items.find((r) => !r.ok && r.rejection.code === 'bad_feed');
  if (broken !== undefined && !broken.ok) {
    deps.log({
      level: 'error',
      event: 'poll_failed',
      source,
      code: 'bad_feed',
      reason: broken.rejection.reason,
    });
    return false;
  }
  const fresh = items.filter((r) => {
    const key = itemKey(r);
    return key === null || !deps.state.has(source, key);
  });
  const results: IngestResult[] = [];
  for (const item of fresh) {
    // With fetchArticles, a new item's own page replaces the feed's summary when it can be had.
    if (feed.fetchArticles && item.ok && item.document.url !== null) {
      const page = await fetchPage(item.document.url, { ...deps.page, signal: deps.signal });
      results.push(page.result.ok ? page.result : item);
    } else results.push(item);
  }
  const counts = await deps.storeResults(results);
  deps.state.add(
    source,
    fresh.map(itemKey).filter((k): k is string => k !== null),
  );
  deps.state.setValidators(feed.url, outcome.etag, outcome.lastModified);
  await deps.state.save();
  deps.log({
    level: 'info',
    event: 'polled',
    source,
    status: outcome.status,
    items: items.length,
    new: fresh.length,
    ...counts,
  });
  return true;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries: Dirent[] = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.') && !e.name.endsWith('.gold.json'))
    .map((e) => join(e.parentPath, e.name))
    .filter(
      (path) =>
        !path
          .slice(dir.length)
          .split('/')
          .some((part) => part.startsWith('.')),
    )
    .sort();
}

/** Scans a folder once and stores the files not seen before (a file seen again with a new size or time counts as new). */
export async function pollFolder(folder: WatchedFolder, deps: PollDeps): Promise<boolean> {
  const source = `folder:${folder.path}`;
  let files: string[];
  try {
    files = await filesUnder(folder.path);
  } catch (error) {
    deps.log({
      level: 'error',
      event: 'poll_failed',
      source,
      code: 'unreadable',
      reason: (error as Error).message,
    });
    return false;
  }
  const fresh: { path: string; key: string }[] = [];
  for (const path of files) {
    const info = await stat(path).catch(() => null);
    if (info === null) continue;
    const key = `${path}|${info.size}|${Math.round(info.mtimeMs)}`;
    if (!deps.state.has(source, key)) fresh.push({ path, key });
  }
  if (fresh.length === 0) return true;
  const counts = await deps.storeFiles(fresh.map((f) => f.path));
  deps.state.add(
    source,
    fresh.map((f) => f.key),
  );
  await deps.state.save();
  deps.log({ level: 'info', event: 'polled', source, files: files.length, new: fresh.length, ...counts });
  return true;
}
