import { z } from 'zod';
import type { IngestResult } from '../domain/document.js';
import { htmlToText, parseFeed, parseJsonDocuments } from '../ingest/index.js';
import type { IngestOptions } from '../ingest/types.js';

// JSON Feed 1.1 (jsonfeed.org), the fields a document needs.
const JsonFeedItem = z.looseObject({
  id: z.union([z.string(), z.number()]).optional(),
  url: z.string().optional(),
  title: z.string().optional(),
  content_text: z.string().optional(),
  content_html: z.string().optional(),
  summary: z.string().optional(),
  date_published: z.string().optional(),
});
const JsonFeed = z.looseObject({
  version: z.string().startsWith('https://jsonfeed.org/version/'),
  title: z.string().optional(),
  items: z.array(JsonFeedItem),
});

function jsonFeedItems(body: string, origin: string, options: IngestOptions): IngestResult[] {
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    return [
      { ok: false, rejection: { origin, code: 'bad_feed', reason: `not JSON: ${(error as Error).message}` } },
    ];
  }
  const feed = JsonFeed.safeParse(raw);
  if (!feed.success) {
    return [
      {
        ok: false,
        rejection: { origin, code: 'bad_feed', reason: 'not a JSON Feed (no jsonfeed.org version or items)' },
      },
    ];
  }
  const records = feed.data.items.map((item) => ({
    text: item.content_text ?? (item.content_html ? htmlToText(item.content_html) : (item.summary ?? '')),
    title: item.title ?? null,
    url: item.url ?? null,
    outlet: feed.data.title ?? null,
    date: item.date_published ?? null,
  }));
  return records.length === 0 ? [] : parseJsonDocuments(JSON.stringify(records), origin, options);
}

/** The items of a fetched feed as documents: RSS and Atom by the ingest stage's reader, JSON Feed here. */
export function feedItems(
  body: string,
  contentType: string | null,
  origin: string,
  options: IngestOptions = {},
): IngestResult[] {
  const json = /json/i.test(contentType ?? '') || body.trimStart().startsWith('{');
  return json ? jsonFeedItems(body, origin, options) : parseFeed(body, origin, options);
}

/** What marks a feed item as seen: its link, or its document id when it has none. */
export function itemKey(result: IngestResult): string | null {
  return result.ok ? (result.document.url ?? result.document.id) : null;
}
