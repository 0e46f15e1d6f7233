import { z } from 'zod';
import { htmlToLine, htmlToText } from './html-to-text.js';

const XmlLeaf = z.union([z.string(), z.number(), z.boolean()]);
const XmlNode = z
  .object({
    '#text': XmlLeaf.optional(),
    '@_type': z.string().optional(),
    '@_href': z.string().optional(),
    '@_rel': z.string().optional(),
    '@_isPermaLink': z.string().optional(),
  })
  .loose();

/** One XML element as fast-xml-parser gives it: a text value, an element object, or a repeated list. */
export const XmlField = z.union([XmlLeaf, XmlNode, z.array(z.union([XmlLeaf, XmlNode]))]);
export type XmlField = z.infer<typeof XmlField>;

/** An RSS item or Atom entry with namespace prefixes removed (`content:encoded` is `encoded`). */
export const FeedItem = z.object({
  title: XmlField.optional(),
  link: XmlField.optional(),
  guid: XmlField.optional(),
  '@_about': z.string().optional(),
  pubDate: XmlField.optional(),
  date: XmlField.optional(),
  published: XmlField.optional(),
  updated: XmlField.optional(),
  encoded: XmlField.optional(),
  content: XmlField.optional(),
  description: XmlField.optional(),
  summary: XmlField.optional(),
});
export type FeedItem = z.infer<typeof FeedItem>;

const Channel = z.object({ title: XmlField.optional(), item: z.array(z.unknown()).optional() });

/** An RSS 2.0 document: `rss > channel > item`. */
export const RssRoot = z.object({ rss: z.object({ channel: Channel }) });

/** An RSS 1.0 document: `rdf:RDF > channel` with the items beside the channel. */
export const RdfRoot = z.object({
  RDF: z.object({ channel: Channel.optional(), item: z.array(z.unknown()).optional() }),
});

/** An Atom document: `feed > entry`. */
export const AtomRoot = z.object({
  feed: z.object({ title: XmlField.optional(), entry: z.array(z.unknown()).optional() }),
});

type XmlPart = z.infer<typeof XmlNode> | z.infer<typeof XmlLeaf>;

// Unescaped markup in an RSS field (invalid, but common) arrives as nested element objects; their text
// leaves are kept as paragraphs.
function nestedText(value: unknown): string[] {
  if (typeof value === 'string' || typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(nestedText);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => (key.startsWith('@_') ? [] : nestedText(child)));
}

function partText(part: XmlPart): string | null {
  if (typeof part !== 'object') return String(part);
  const own = part['#text'];
  if (own !== undefined) return String(own);
  const nested = nestedText(part).join('\n\n');
  return nested.trim() === '' ? null : nested;
}

const XML_ESCAPES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Reads raw XML character data: CDATA sections kept literally, XML entities decoded. */
export function unescapeXml(raw: string): string {
  return raw.replace(
    /<!\[CDATA\[([\s\S]*?)\]\]>|&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi,
    (whole, cdata, entity) => {
      if (typeof cdata === 'string') return cdata;
      const name = String(entity).toLowerCase();
      if (!name.startsWith('#')) return XML_ESCAPES[name] ?? whole;
      const code = name.startsWith('#x') ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    },
  );
}

/** How a feed's text fields arrive: RSS values already unescaped, Atom values raw with a `type`. */
export type FeedDialect = 'rss' | 'atom';

/** A field's text and its kind: `text`, `html` or `xhtml`. */
export interface FieldText {
  readonly text: string;
  readonly type: 'text' | 'html' | 'xhtml';
}

function kindOf(type: string | undefined, dialect: FeedDialect): FieldText['type'] {
  const lower = (type ?? (dialect === 'rss' ? 'html' : 'text')).toLowerCase();
  if (lower === 'xhtml' || lower === 'html') return lower;
  return lower === 'text' || lower === 'text/plain' ? 'text' : 'html';
}

/**
 * The first non-empty text of a field. Atom text constructs are parsed as raw XML (so xhtml markup
 * survives), and are unescaped here unless they are xhtml.
 */
export function fieldText(field: XmlField | undefined, dialect: FeedDialect): FieldText | null {
  if (field === undefined) return null;
  for (const part of Array.isArray(field) ? field : [field]) {
    const found = partText(part);
    if (found === null || found.trim() === '') continue;
    const type = kindOf(typeof part === 'object' ? part['@_type'] : undefined, dialect);
    const text = dialect === 'atom' && type !== 'xhtml' ? unescapeXml(found) : found;
    if (text.trim() !== '') return { text, type };
  }
  return null;
}

/** A field as plain text: paragraphs for a body, or one line when `line` is set. */
export function plainText(field: XmlField | undefined, dialect: FeedDialect, line = false): string | null {
  const found = fieldText(field, dialect);
  if (found === null) return null;
  if (found.type === 'text') return found.text;
  return line ? htmlToLine(found.text) : htmlToText(found.text);
}

/** The item's web link: an Atom `alternate` href, an RSS link, a permalink guid, or the RDF `about`. */
export function itemLink(item: FeedItem): string | null {
  const links = item.link === undefined ? [] : Array.isArray(item.link) ? item.link : [item.link];
  const nodes = links.filter((link) => typeof link === 'object');
  const alternate = nodes.find((link) => link['@_href'] && (link['@_rel'] ?? 'alternate') === 'alternate');
  if (alternate?.['@_href'] !== undefined) return alternate['@_href'];
  const plain = links.find((link) => typeof link === 'string' && link.trim() !== '');
  if (typeof plain === 'string') return plain;
  const guid = Array.isArray(item.guid) ? item.guid[0] : item.guid;
  const permalink =
    typeof guid === 'object' && guid['@_isPermaLink'] === 'false' ? null : fieldText(item.guid, 'rss');
  if (permalink !== null && /^https?:\/\//i.test(permalink.text.trim())) return permalink.text.trim();
  return item['@_about'] ?? nodes.find((link) => link['@_href'])?.['@_href'] ?? null;
}
