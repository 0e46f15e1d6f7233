import type { IngestResult } from '../domain/document.js';
import { buildDocument } from './build-document.js';
import { normaliseNewlines } from './checks.js';
import type { IngestOptions } from './types.js';

type HeaderKey = 'date' | 'url' | 'outlet' | 'title';

const HEADER_LINE = /^\s*(date|url|source|outlet|title)(\s*:\s*|\s+)(.*)$/i;
// The seed form puts the body on the date line: ` date 2024-02-22 The White House ...`.
const DATE_THEN_BODY = /^(\d{4}-\d{2}-\d{2})\s+(\S.*)$/;

interface Header {
  readonly fields: Partial<Record<HeaderKey, string>>;
  /** Body text that shared the last header line, as in the seed form. */
  readonly inlineBody: string | null;
  /** Where the first line after the header starts in the text. */
  readonly next: number;
}

function canonicalKey(key: string): HeaderKey {
  const lower = key.toLowerCase();
  return lower === 'source' ? 'url' : (lower as HeaderKey);
}

// Without a colon, a line is only a header line when its value has the key's shape, so a body that
// opens with "Date night ..." or "Source close to ..." is not mistaken for metadata.
function plausible(key: HeaderKey, value: string, colon: boolean): boolean {
  if (colon) return true;
  if (key === 'date') return /^\d/.test(value);
  if (key === 'url') return value !== '' && !/\s/.test(value);
  return value !== '';
}

/** The line that starts at `from`, and where the next one starts. */
function lineAt(text: string, from: number): { readonly line: string; readonly next: number } {
  const end = text.indexOf('\n', from);
  return end < 0
    ? { line: text.slice(from), next: text.length + 1 }
    : { line: text.slice(from, end), next: end + 1 };
}

// Header lines are read one at a time from the text and the body is the rest of it: splitting a 5 MB
// text into lines and joining them again copied it twice.
function readHeader(text: string): Header {
  const fields: Partial<Record<HeaderKey, string>> = {};
  let at = 0;
  while (at <= text.length) {
    const { line, next } = lineAt(text, at);
    if (line.trim() !== '') break;
    at = next;
  }
  while (at <= text.length) {
    const { line, next } = lineAt(text, at);
    const match = HEADER_LINE.exec(line);
    if (!match) break;
    const key = canonicalKey(match[1] ?? '');
    const value = (match[3] ?? '').trim();
    if (!plausible(key, value, (match[2] ?? '').includes(':'))) break;
    const inline = key === 'date' ? DATE_THEN_BODY.exec(value) : null;
    if (inline) {
      fields.date = inline[1] ?? '';
      return { fields, inlineBody: inline[2] ?? '', next };
    }
    fields[key] = value;
    at = next;
  }
  return { fields, inlineBody: null, next: at };
}

/**
 * Parses a plain-text document: optional `key value` or `key: value` header lines (date, url or source,
 * outlet, title) and then the body, whose paragraphs are kept.
 */
export function parseText(content: string, origin: string | null, options: IngestOptions = {}): IngestResult {
  const text = normaliseNewlines(content);
  const header = readHeader(text);
  const rest = text.slice(header.next);
  const body = header.inlineBody === null ? rest : `${header.inlineBody}\n${rest}`;
  const { date, url, outlet, title } = header.fields;
  const hasHeader = Object.keys(header.fields).length > 0;
  return buildDocument(
    {
      origin,
      format: 'text',
      text: body,
      title,
      url,
      outlet,
      date: date === undefined ? null : { value: date, field: 'header date', form: 'strict' },
      emptyReason: hasHeader ? 'no body text after the header' : 'the file has no text',
    },
    options,
  );
}
