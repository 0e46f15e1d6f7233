import type { IngestResult } from '../domain/document.js';
import { buildDocument } from './build-document.js';
import { messageOf, normaliseNewlines, reject } from './checks.js';
import { describeRecordError, JsonDocumentRecord } from './json-record.js';
import type { IngestOptions } from './types.js';

type Parsed =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly reason: string };

function parseJson(source: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(source) as unknown };
  } catch (error) {
    return { ok: false, reason: `not valid JSON: ${messageOf(error)}` };
  }
}

/** Checks one parsed JSON value against the document record schema and builds the document. */
export function documentFromRecord(
  value: unknown,
  origin: string | null,
  options: IngestOptions = {},
): IngestResult {
  const record = JsonDocumentRecord.safeParse(value);
  if (!record.success) return reject(origin, 'bad_record', describeRecordError(record.error));
  const { text, date, published, url, outlet, title } = record.data;
  const field = date !== undefined && date !== null && date.trim() !== '' ? 'date' : 'published';
  const rawDate = field === 'date' ? date : published;
  return buildDocument(
    {
      origin,
      format: 'jsonl',
      text,
      title,
      url,
      outlet,
      date: rawDate === null || rawDate === undefined ? null : { value: rawDate, field, form: 'as-written' },
    },
    options,
  );
}

/** Parses JSON Lines: one result per non-empty line, each with origin `path#LINE` (1-based). */
export function parseJsonLines(
  content: string,
  origin: string | null,
  options: IngestOptions = {},
): IngestResult[] {
  const results: IngestResult[] = [];
  const lines = normaliseNewlines(content).split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const lineOrigin = `${origin ?? ''}#${index + 1}`;
    const parsed = parseJson(line);
    results.push(
      parsed.ok
        ? documentFromRecord(parsed.value, lineOrigin, options)
        : reject(lineOrigin, 'bad_json', parsed.reason),
    );
  });
  if (results.length === 0) return [reject(origin, 'empty', 'no JSON records: every line is blank')];
  return results;
}

/** Parses a `.json` file holding one document object, or an array of them with origins `path#N` (1-based). */
export function parseJsonDocuments(
  content: string,
  origin: string | null,
  options: IngestOptions = {},
): IngestResult[] {
  const source = normaliseNewlines(content);
  if (source.trim() === '') return [reject(origin, 'empty', 'the file has no text')];
  const parsed = parseJson(source);
  if (!parsed.ok) return [reject(origin, 'bad_json', parsed.reason)];
  if (!Array.isArray(parsed.value)) return [documentFromRecord(parsed.value, origin, options)];
  if (parsed.value.length === 0) return [reject(origin, 'empty', 'the JSON array holds no documents')];
  return parsed.value.map((item: unknown, index) =>
    documentFromRecord(item, `${origin ?? ''}#${index + 1}`, options),
  );
}
