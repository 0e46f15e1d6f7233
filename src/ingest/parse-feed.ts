import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { IngestResult, InputFormat } from '../domain/document.js';
import { buildDocument, type RawDate } from './build-document.js';
import { messageOf, normaliseNewlines, reject } from './checks.js';
import {
  AtomRoot,
  type FeedDialect,
  FeedItem,
  fieldText,
  itemLink,
  plainText,
  RdfRoot,
  RssRoot,
} from './feed-shape.js';
import { describeRecordError } from './json-record.js';
import type { IngestOptions } from './types.js';

const FEED_ROOT = /<(rss|feed|rdf:RDF)[\s>]/;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  // Atom text constructs stay raw so that xhtml content keeps its markup; fieldText unescapes the rest.
  stopNodes: ['feed.title', 'feed.entry.title', 'feed.entry.summary', 'feed.entry.content'],
});

interface Feed {
  readonly format: InputFormat;
  readonly dialect: FeedDialect;
  readonly outlet: string | null;
  readonly items: readonly unknown[];
}

function toFeed(value: unknown): Feed | null {
  const rss = RssRoot.safeParse(value);
  if (rss.success) {
    const { channel } = rss.data.rss;
    return {
      format: 'rss',
      dialect: 'rss',
      outlet: plainText(channel.title, 'rss', true),
      items: channel.item ?? [],
    };
  }
  const rdf = RdfRoot.safeParse(value);
  if (rdf.success) {
    const { RDF } = rdf.data;
    const outlet = plainText(RDF.channel?.title, 'rss', true);
    return { format: 'rss', dialect: 'rss', outlet, items: RDF.item ?? [] };
  }
  const atom = AtomRoot.safeParse(value);
  if (!atom.success) return null;
  const { feed } = atom.data;
  return {
    format: 'atom',
    dialect: 'atom',
    outlet: plainText(feed.title, 'atom', true),
    items: feed.entry ?? [],
  };
}

function dateOf(item: FeedItem): RawDate | null {
  const fields = [
    ['pubDate', item.pubDate],
    ['dc:date', item.date],
    ['published', item.published],
    ['updated', item.updated],
  ] as const;
  for (const [field, value] of fields) {
    const found = fieldText(value, 'rss');
    if (found !== null) return { value: found.text, field, form: 'utc' };
  }
  return null;
}

function readItem(raw: unknown, origin: string, feed: Feed, options: IngestOptions): IngestResult {
  // An empty `<item/>` parses to an empty string rather than an object.
  const parsed = FeedItem.safeParse(typeof raw === 'object' && raw !== null ? raw : {});
  if (!parsed.success) {
    return reject(origin, 'bad_record', `the item is malformed: ${describeRecordError(parsed.error)}`);
  }
  const item = parsed.data;
  const bodies = [item.encoded, item.content, item.description, item.summary];
  const text = bodies
    .map((field) => plainText(field, feed.dialect))
    .find((body) => body !== null && body.trim() !== '');
  if (text === undefined || text === null) {
    return reject(
      origin,
      'bad_record',
      'the item has no text in content:encoded, content, description or summary',
    );
  }
  const fields = {
    origin,
    format: feed.format,
    text,
    title: plainText(item.title, feed.dialect, true),
    url: itemLink(item),
  };
  return buildDocument({ ...fields, outlet: feed.outlet, date: dateOf(item) }, options);
}

function parseXml(
  source: string,
): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: string } {
  // XMLParser accepts malformed XML silently, so the validator runs first despite its deprecation notice.
  const valid = XMLValidator.validate(source);
  if (valid !== true) {
    return {
      ok: false,
      reason: `not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`,
    };
  }
  try {
    return { ok: true, value: parser.parse(source) as unknown };
  } catch (error) {
    return { ok: false, reason: `the XML could not be read: ${messageOf(error)}` };
  }
}

/**
 * Parses an RSS 2.0, RSS 1.0 (RDF) or Atom feed into one result per item, with origins `path#N`
 * (1-based), the channel or feed title as outlet and item HTML turned into paragraphs.
 */
export function parseFeed(
  content: string,
  origin: string | null,
  options: IngestOptions = {},
): IngestResult[] {
  const source = normaliseNewlines(content);
  if (source.trim() === '') return [reject(origin, 'empty', 'the file has no text')];
  if (!FEED_ROOT.test(source)) {
    return [reject(origin, 'bad_feed', 'not an RSS or Atom feed: no <rss>, <feed> or <rdf:RDF> element')];
  }
  const xml = parseXml(source);
  if (!xml.ok) return [reject(origin, 'bad_feed', xml.reason)];
  const feed = toFeed(xml.value);
  if (feed === null) {
    return [
      reject(
        origin,
        'bad_feed',
        'the feed has no <channel> (RSS) or <feed> (Atom) structure ingest can read',
      ),
    ];
  }
  if (feed.items.length === 0) return [reject(origin, 'empty', 'the feed has no items or entries')];
  return feed.items.map((raw, index) => readItem(raw, `${origin ?? ''}#${index + 1}`, feed, options));
}
