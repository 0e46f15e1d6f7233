import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { IngestResult, Rejection, SourceDocument } from '../domain/document.js';
import { parseJsonDocuments, parseJsonLines } from './parse-json.js';

const RECORDS = fileURLToPath(
  new URL('../../test/fixtures/ingest/batch/json/records.jsonl', import.meta.url),
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

describe('parseJsonLines', () => {
  it('yields a document, a bad_json and a bad_record for the fixture lines, with path#line origins', () => {
    const [good, broken, textless, ...rest] = parseJsonLines(readFileSync(RECORDS, 'utf8'), 'records.jsonl');
    expect(rest).toEqual([]);
    expect(documentOf(good)).toMatchObject({
      published: '2024-04-10',
      url: 'https://wire.example.org/a/1',
      outlet: 'Example Wire',
      title: 'Shells shipped',
      origin: 'records.jsonl#1',
      format: 'jsonl',
    });
    const badJson = rejectionOf(broken);
    expect(badJson).toMatchObject({ origin: 'records.jsonl#2', code: 'bad_json' });
    expect(badJson.reason).toMatch(/^not valid JSON: /);
    expect(rejectionOf(textless)).toEqual({
      origin: 'records.jsonl#3',
      code: 'bad_record',
      reason: 'field "text" is missing',
    });
  });

  it('skips blank lines but keeps the real line numbers', () => {
    const results = parseJsonLines('\n{"text":"a"}\n\n\n{"text":"b"}\n', 'f.jsonl');
    expect(results.map((r) => documentOf(r).origin)).toEqual(['f.jsonl#2', 'f.jsonl#5']);
  });

  it('names each field with a wrong type or an empty text', () => {
    const [wrongType, empty, notObject] = parseJsonLines(
      '{"text":"a","date":20240101}\n{"text":"  "}\n[1,2]',
      'g',
    );
    expect(rejectionOf(wrongType).reason).toBe('field "date" must be a string (YYYY-MM-DD)');
    expect(rejectionOf(empty).reason).toBe('field "text" is empty');
    expect(rejectionOf(notObject).reason).toBe('the record must be a JSON object');
  });

  it('rejects an impossible date in a record as bad_date', () => {
    const [result] = parseJsonLines('{"text":"a","date":"2024-02-30"}', 'h');
    expect(rejectionOf(result)).toMatchObject({ origin: 'h#1', code: 'bad_date' });
  });

  it('takes the written day from an ISO timestamp and accepts null fields', () => {
    const [result] = parseJsonLines('{"text":"a","date":"2024-02-22T23:30:00-05:00","url":null}', 'i');
    expect(documentOf(result)).toMatchObject({ published: '2024-02-22', url: null, outlet: null });
  });

  it('looks the outlet up by URL host when the record names none', () => {
    const [result] = parseJsonLines('{"text":"a","url":"https://www.kyivindependent.com/x"}', 'j', {
      outletForHost: (host) => (host === 'kyivindependent.com' ? 'The Kyiv Independent' : null),
    });
    expect(documentOf(result).outlet).toBe('The Kyiv Independent');
  });

  it('names the outlet by its URL host when neither the record nor the gazetteer names it', () => {
    const [result] = parseJsonLines('{"text":"a","url":"https://www.unn.ua/news/1"}', 'j2', {
      outletForHost: () => null,
    });
    expect(documentOf(result).outlet).toBe('unn.ua');
  });

  it('rejects a file of blank lines as empty', () => {
    expect(rejectionOf(parseJsonLines('\n  \n', 'k')[0]).code).toBe('empty');
  });
});

describe('parseJsonDocuments', () => {
  it('reads one document object with the plain path as origin', () => {
    const [result] = parseJsonDocuments('{"date":"2024-01-02","title":"T","text":"Body."}', 'one.json');
    expect(documentOf(result)).toMatchObject({ origin: 'one.json', published: '2024-01-02', title: 'T' });
  });

  it('reads an array of documents with path#N origins and accepts published for date', () => {
    const results = parseJsonDocuments('[{"published":"2024-05-01","text":"A."},{"text":"B."}]', 'many.json');
    expect(results.map((r) => documentOf(r).origin)).toEqual(['many.json#1', 'many.json#2']);
    expect(documentOf(results[0]).published).toBe('2024-05-01');
  });

  it('rejects malformed JSON once as bad_json', () => {
    const results = parseJsonDocuments('{"text": ', 'broken.json');
    expect(results).toHaveLength(1);
    expect(rejectionOf(results[0]).code).toBe('bad_json');
  });

  it('rejects a JSON object that is not a document as bad_record', () => {
    expect(rejectionOf(parseJsonDocuments('{"note":"x"}', 'other.json')[0]).reason).toBe(
      'field "text" is missing',
    );
  });
});
