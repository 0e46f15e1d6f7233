import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { IngestResult, Rejection, SourceDocument } from '../domain/document.js';
import { parseFeed } from './parse-feed.js';

const fixture = (name: string) =>
  readFileSync(
    fileURLToPath(new URL(`../../test/fixtures/ingest/batch/feeds/${name}`, import.meta.url)),
    'utf8',
  );

function documentOf(result: IngestResult | undefined): SourceDocument {
  if (result === undefined || !result.ok)
    throw new Error(`expected a document, got ${JSON.stringify(result)}`);
  return result.document;
}

function rejectionOf(result: IngestResult | undefined): Rejection {
  if (result === undefined || result.ok)
    throw new Error(`expected a rejection, got ${JSON.stringify(result)}`);
  return result.rejection;
}

describe('parseFeed', () => {
  it('reads each RSS 2.0 item with title, link, UTC date, channel outlet and content:encoded paragraphs', () => {
    const [first, second, ...rest] = parseFeed(fixture('rss2.xml'), 'rss2.xml');
    expect(rest).toEqual([]);
    expect(documentOf(first)).toMatchObject({
      title: 'Drone parts seized',
      url: 'https://wire.example.org/2024/02/drone-parts',
      published: '2024-02-23',
      outlet: 'Example Wire & Co',
      text: 'Customs officers seized drone parts on Thursday.\n\nThe shipment was bound for a third country.',
      origin: 'rss2.xml#1',
      format: 'rss',
    });
    expect(documentOf(second)).toMatchObject({
      published: '2024-02-21',
      text: 'The ministry confirmed tank deliveries & training.',
      origin: 'rss2.xml#2',
    });
  });

  it("names an item's outlet by its link's host when the feed has no title", () => {
    const feed =
      '<rss version="2.0"><channel><item><title>T</title><link>https://www.unn.ua/news/1</link><description>Body text.</description></item></channel></rss>';
    expect(documentOf(parseFeed(feed, 'f.xml')[0])).toMatchObject({ outlet: 'unn.ua' });
  });

  it('reads each Atom entry with the alternate link, published before updated and summary as text', () => {
    const [first, second] = parseFeed(fixture('atom.xml'), 'atom.xml');
    expect(documentOf(first)).toMatchObject({
      title: 'Air-defence systems pledged',
      url: 'https://atom.example.com/entries/1',
      published: '2024-03-01',
      outlet: 'Example Atom Desk',
      text: 'Two air-defence systems were pledged at the meeting.\n\nDelivery is expected later this year.',
      format: 'atom',
    });
    expect(documentOf(second)).toMatchObject({
      url: 'https://atom.example.com/entries/2',
      published: '2024-03-02',
      text: 'The plant will double its output of shells.',
    });
  });

  it('reads Atom xhtml content with its paragraphs', () => {
    const xml =
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>X</title><entry><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One &amp; all.</p><p>Two.</p></div></content></entry></feed>';
    expect(documentOf(parseFeed(xml, 'x.atom')[0]).text).toBe('One & all.\n\nTwo.');
  });

  it('reads RSS 1.0 (RDF) items with dc:date and the about link', () => {
    const xml = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example/"><title>RDF Desk</title></channel>
  <item rdf:about="https://rdf.example/1"><title>One</title><dc:date>2024-01-31T23:00:00-02:00</dc:date><description>Body one.</description></item>
</rdf:RDF>`;
    expect(documentOf(parseFeed(xml, 'r.rdf')[0])).toMatchObject({
      url: 'https://rdf.example/1',
      published: '2024-02-01',
      outlet: 'RDF Desk',
      format: 'rss',
    });
  });

  it('rejects an item without text as bad_record and keeps the other items', () => {
    const xml =
      '<rss><channel><title>C</title><item><title>No text</title></item><item><description>Text.</description></item></channel></rss>';
    const [empty, good] = parseFeed(xml, 'f.xml');
    expect(rejectionOf(empty)).toMatchObject({ origin: 'f.xml#1', code: 'bad_record' });
    expect(documentOf(good).text).toBe('Text.');
  });

  it('rejects malformed XML with one bad_feed naming the line', () => {
    const results = parseFeed('<rss><channel>\n<item><title>x</channel></rss>', 'broken.xml');
    expect(results).toHaveLength(1);
    const rejection = rejectionOf(results[0]);
    expect(rejection.code).toBe('bad_feed');
    expect(rejection.reason).toMatch(/line 2/);
  });

  it('rejects XML that is not a feed as bad_feed', () => {
    expect(rejectionOf(parseFeed('<note><to>x</to></note>', 'n.xml')[0]).code).toBe('bad_feed');
  });

  it('rejects an impossible item date as bad_date', () => {
    const xml =
      '<rss><channel><item><pubDate>Fri, 30 Feb 2024 10:00:00 GMT</pubDate><description>T.</description></item></channel></rss>';
    expect(rejectionOf(parseFeed(xml, 'd.xml')[0])).toMatchObject({ code: 'bad_date', origin: 'd.xml#1' });
  });
});
