import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IngestResult, Rejection, SourceDocument } from '../domain/document.js';
import { NO_DATE_WARNING } from './build-document.js';
import { documentId } from './document-id.js';
import { parseText } from './parse-text.js';

const SEED = '/work/shared/seed/000_118f646744dad15e.txt';

function documentOf(result: IngestResult): SourceDocument {
  if (!result.ok) throw new Error(`expected a document, got ${JSON.stringify(result.rejection)}`);
  return result.document;
}

function rejectionOf(result: IngestResult): Rejection {
  if (result.ok) throw new Error(`expected a rejection, got ${JSON.stringify(result.document)}`);
  return result.rejection;
}

describe('parseText', () => {
  it('reads key: value header lines and keeps the body paragraphs', () => {
    const content = [
      'Date: 2024-03-05',
      'URL: https://example.com/a',
      'Outlet: Example News',
      'Title: Drones delivered',
      '',
      'First paragraph,',
      'wrapped.',
      '',
      'Second paragraph.',
    ].join('\n');
    const doc = documentOf(parseText(content, 'a.txt'));
    expect(doc).toMatchObject({
      published: '2024-03-05',
      url: 'https://example.com/a',
      outlet: 'Example News',
      title: 'Drones delivered',
      text: 'First paragraph,\nwrapped.\n\nSecond paragraph.',
      origin: 'a.txt',
      format: 'text',
      warnings: [],
    });
    expect(doc.id).toBe(documentId(doc.text));
  });

  it('reads space-separated keys in any case and source as an alias of url', () => {
    const doc = documentOf(parseText('DATE 2024-01-02\nsource https://example.org/x\ntitle T\nBody.', null));
    expect(doc).toMatchObject({
      published: '2024-01-02',
      url: 'https://example.org/x',
      title: 'T',
      text: 'Body.',
    });
  });

  it('reads the seed form, where the body follows the date on the first line', () => {
    const doc = documentOf(
      parseText(' date 2024-02-22 The White House said so.\n\nMore text.\n', 'seed.txt'),
    );
    expect(doc.published).toBe('2024-02-22');
    expect(doc.text).toBe('The White House said so.\n\nMore text.');
  });

  it.skipIf(!existsSync(SEED))(
    'reads the shared seed with its date and a body starting "The White House"',
    () => {
      const doc = documentOf(parseText(readFileSync(SEED, 'utf8'), SEED));
      expect(doc.published).toBe('2024-02-22');
      expect(doc.text.startsWith('The White House administration believes')).toBe(true);
      expect(doc.text).toContain('\n\nThis statement was made on Thursday');
    },
  );

  it('treats a file without a header as all body', () => {
    const doc = documentOf(parseText('Date night is not a header.\nNor is this.', 'b.txt'));
    expect(doc.text).toBe('Date night is not a header.\nNor is this.');
    expect(doc.published).toBeNull();
  });

  it('removes a BOM, turns CRLF into LF and trims trailing whitespace', () => {
    const doc = documentOf(
      parseText('\uFEFFdate 2024-01-02\r\n\r\nLine one.   \r\nLine two.\t\r\n\r\n\r\n\r\nLast.  \r\n', 'c'),
    );
    expect(doc.text).toBe('Line one.\nLine two.\n\nLast.');
  });

  it('accepts a document without a date, with published null and a warning', () => {
    const doc = documentOf(parseText('title Undated\n\nSome body text.', 'd'));
    expect(doc.published).toBeNull();
    expect(doc.warnings).toEqual([NO_DATE_WARNING]);
  });

  it('rejects an impossible header date as bad_date', () => {
    const rejection = rejectionOf(parseText('date 2024-02-30\n\nBody.', 'e.txt'));
    expect(rejection.code).toBe('bad_date');
    expect(rejection.origin).toBe('e.txt');
    expect(rejection.reason).toContain('February 2024 has 29 days');
  });

  it('rejects a header date that is not in YYYY-MM-DD form as bad_date', () => {
    expect(rejectionOf(parseText('Date: 22 February 2024\n\nBody.', 'f')).code).toBe('bad_date');
    expect(rejectionOf(parseText('date 2024/02/22\n\nBody.', 'f')).reason).toContain('YYYY-MM-DD');
  });

  it('rejects a header with no body after it as empty', () => {
    const rejection = rejectionOf(parseText('date 2024-01-02\ntitle Nothing here\n\n   \n', 'g'));
    expect(rejection).toEqual({ origin: 'g', code: 'empty', reason: 'no body text after the header' });
  });

  it('rejects whitespace-only content as empty', () => {
    expect(rejectionOf(parseText(' \n\t\n', null)).code).toBe('empty');
  });

  it('rejects text full of control characters as binary', () => {
    expect(rejectionOf(parseText('abc\u0000def', 'h')).code).toBe('binary');
  });

  it('looks the outlet up by URL host when the header names none', () => {
    const hosts: string[] = [];
    const outletForHost = (host: string) => {
      hosts.push(host);
      return host === 'example.co.uk' ? 'Example UK' : null;
    };
    const content = 'url https://www.news.example.co.uk/a/b\n\nBody.';
    const doc = documentOf(parseText(content, 'i', { outletForHost }));
    expect(doc.outlet).toBe('Example UK');
    expect(hosts).toEqual(['news.example.co.uk', 'example.co.uk']);
  });

  it('prefers the header outlet over the URL host', () => {
    const content = 'url https://example.co.uk/a\noutlet Header Outlet\n\nBody.';
    const doc = documentOf(parseText(content, 'j', { outletForHost: () => 'From Host' }));
    expect(doc.outlet).toBe('Header Outlet');
  });

  it('names the outlet by its URL host when neither the header nor the gazetteer names it', () => {
    const doc = documentOf(
      parseText('url https://www.unn.ua/news/a\n\nBody.', 'k', { outletForHost: () => null }),
    );
    expect(doc.outlet).toBe('unn.ua');
  });

  it('leaves the outlet null without a header outlet or a URL', () => {
    const doc = documentOf(parseText('date 2024-01-02\n\nBody.', 'l', { outletForHost: () => 'From Host' }));
    expect(doc.outlet).toBeNull();
  });
});
