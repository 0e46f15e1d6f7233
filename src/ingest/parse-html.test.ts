import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { IngestResult, Rejection, SourceDocument } from '../domain/document.js';
import { htmlToText } from './html-to-text.js';
import { parseHtml } from './parse-html.js';

const ARTICLE = fileURLToPath(new URL('../../test/fixtures/ingest/batch/html/article.html', import.meta.url));

function documentOf(result: IngestResult): SourceDocument {
  if (!result.ok) throw new Error(`expected a document, got ${JSON.stringify(result.rejection)}`);
  return result.document;
}

function rejectionOf(result: IngestResult): Rejection {
  if (result.ok) throw new Error(`expected a rejection, got ${JSON.stringify(result.document)}`);
  return result.rejection;
}

describe('parseHtml', () => {
  const doc = documentOf(parseHtml(readFileSync(ARTICLE, 'utf8'), 'article.html'));

  it('reads title, date, canonical URL and outlet from the meta tags', () => {
    expect(doc).toMatchObject({
      title: 'Missiles & drones: what officials said',
      published: '2024-02-23',
      url: 'https://daily.example.com/2024/02/23/missiles',
      outlet: 'Example Daily',
      format: 'html',
      origin: 'article.html',
      warnings: [],
    });
  });

  it('keeps the article paragraphs with entities decoded and whitespace collapsed; the headline is the title, not text', () => {
    expect(doc.text).toBe(
      [
        'Officials said on Friday that talks on missile deliveries were actively progressing.',
        '\u201cWe have not seen confirmation,\u201d a spokesman said.',
        'A separate line in a div with direct text.',
      ].join('\n\n'),
    );
  });

  it('drops scripts, styles, navigation, header, footer, asides and figure captions', () => {
    for (const noise of [
      'analytics',
      'tracking',
      'font-family',
      'Politics',
      'Read more',
      'Photo:',
      '\u00a9',
    ]) {
      expect(doc.text).not.toContain(noise);
    }
  });

  it('falls back to <title>, <time datetime> and the body when there are no meta tags', () => {
    const html =
      '<html><head><title>Plain page</title></head><body><p>Posted <time datetime="2024-01-05T10:00">Friday</time>.</p><p>Body.</p></body></html>';
    expect(documentOf(parseHtml(html, 'p.html'))).toMatchObject({
      title: 'Plain page',
      published: '2024-01-05',
      text: 'Posted Friday.\n\nBody.',
    });
  });

  it('reads the date and publisher from JSON-LD', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'NewsArticle', datePublished: '2024-03-09T07:00:00Z', publisher: { name: 'LD Times' } },
      ],
    });
    const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><main><h1>Heading</h1><p>Text.</p></main></body></html>`;
    expect(documentOf(parseHtml(html, 'ld.html'))).toMatchObject({
      published: '2024-03-09',
      outlet: 'LD Times',
      title: 'Heading',
    });
  });

  it('looks the outlet up by the og:url host when the page names none', () => {
    const html =
      '<meta property="og:url" content="https://www.example.com/a"><article><p>Text.</p></article>';
    const result = parseHtml(html, 'h.html', {
      outletForHost: (host) => (host === 'example.com' ? 'Example' : null),
    });
    expect(documentOf(result)).toMatchObject({ url: 'https://www.example.com/a', outlet: 'Example' });
  });

  it('names the outlet by the canonical URL host when neither the page nor the gazetteer names it', () => {
    const html = '<link rel="canonical" href="https://www.unn.ua/news/1"><article><p>Text.</p></article>';
    const result = parseHtml(html, 'c.html', { outletForHost: () => null });
    expect(documentOf(result)).toMatchObject({ url: 'https://www.unn.ua/news/1', outlet: 'unn.ua' });
  });

  it('rejects an impossible meta date as bad_date, naming the meta tag', () => {
    const html = '<meta name="date" content="2024-02-30"><p>Text.</p>';
    const rejection = rejectionOf(parseHtml(html, 'bad.html'));
    expect(rejection.code).toBe('bad_date');
    expect(rejection.reason).toContain('meta date');
  });

  it('rejects a page without readable text as empty', () => {
    const html = '<html><body><nav>Menu</nav><script>x()</script></body></html>';
    expect(rejectionOf(parseHtml(html, 'empty.html')).code).toBe('empty');
  });
});

describe('htmlToText', () => {
  it('makes paragraphs of blocks, list items and line breaks', () => {
    expect(htmlToText('<div>Lead <b>text</b><ul><li>one</li><li>two</li></ul>tail<br><br>after</div>')).toBe(
      'Lead text\n\none\n\ntwo\n\ntail\n\nafter',
    );
  });
});
