import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { IngestResult } from '../domain/document.js';
import { parseHtml, parseText } from '../ingest/index.js';
import { type FetchLimits, fetchResource } from './http-fetch.js';
import type { RobotsCache } from './robots-cache.js';

/** What fetching a page needs: limits, the robots.txt cache, where raw pages are kept, the clock. */
export interface PageDeps {
  readonly limits: FetchLimits;
  readonly robots: RobotsCache;
  /** Raw pages are kept under this folder, one per URL, so they can be extracted again later. */
  readonly pagesDir: string;
  readonly now: () => Date;
  readonly outletForHost?: (host: string) => string | null;
  readonly signal?: AbortSignal;
}

/** A fetched page read as a document (or why not), and where its raw HTML was kept. */
export interface FetchedPage {
  readonly result: IngestResult;
  readonly rawFile: string | null;
}

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)/i;
const TEXT_TYPES = /^text\/plain/i;

const rejected = (
  origin: string,
  code: 'unreadable' | 'too_large' | 'unsupported',
  reason: string,
): FetchedPage => ({
  result: { ok: false, rejection: { origin, code, reason } },
  rawFile: null,
});

/** Where a URL's raw page is kept: `DIR/HOST/` and 16 hex digits of the URL's SHA-256, `.html`. */
export function rawPagePath(pagesDir: string, url: string): string {
  const host = new URL(url).hostname.replace(/[^\w.-]/g, '_');
  return join(pagesDir, host, `${createHash('sha256').update(url).digest('hex').slice(0, 16)}.html`);
}

async function keepRaw(
  deps: PageDeps,
  url: string,
  body: string,
  meta: Record<string, unknown>,
): Promise<string> {
  const file = rawPagePath(deps.pagesDir, url);
  await mkdir(join(file, '..'), { recursive: true });
  await writeFile(file, body);
  // The fetch record is a hidden file, which `ingest DIR` skips: only the page is read as news.
  const record = join(file, '..', `.${file.split('/').pop()}.json`);
  await writeFile(record, `${JSON.stringify(meta, null, 2)}\n`);
  return file;
}

/**
 * Fetches one page (robots.txt permitting), keeps its raw HTML under `pagesDir` with a record of the
 * fetch, and reads it as a document: the story through readability, the URL fetched when the page
 * names none.
 */
export async function fetchPage(url: string, deps: PageDeps): Promise<FetchedPage> {
  const refusal = await deps.robots.refusal(url, deps.signal);
  if (refusal !== null) return rejected(url, 'unreadable', refusal);
  const outcome = await fetchResource(
    url,
    deps.limits,
    deps.signal === undefined ? {} : { signal: deps.signal },
  );
  if (!outcome.ok)
    return rejected(url, outcome.code === 'too_large' ? 'too_large' : 'unreadable', outcome.reason);
  const { body, contentType } = outcome;
  if (body === null) return rejected(url, 'unreadable', `HTTP ${outcome.status} with no page`);
  const html = contentType === null || HTML_TYPES.test(contentType);
  if (!html && !(contentType !== null && TEXT_TYPES.test(contentType))) {
    return rejected(url, 'unsupported', `${outcome.url} is ${contentType}, not a web page`);
  }
  const rawFile = await keepRaw(deps, outcome.url, body, {
    url,
    finalUrl: outcome.url,
    fetchedAt: deps.now().toISOString(),
    status: outcome.status,
    contentType,
    etag: outcome.etag,
    lastModified: outcome.lastModified,
  });
  const options = deps.outletForHost === undefined ? {} : { outletForHost: deps.outletForHost };
  const result = html ? parseHtml(body, outcome.url, options) : parseText(body, outcome.url, options);
  if (!result.ok || result.document.url !== null) return { result, rawFile };
  const host = new URL(outcome.url).hostname.replace(/^www\./, '');
  const outlet = result.document.outlet ?? deps.outletForHost?.(host) ?? null;
  return { result: { ok: true, document: { ...result.document, url: outcome.url, outlet } }, rawFile };
}
