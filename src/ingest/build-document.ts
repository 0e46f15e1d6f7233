import type { IngestResult, InputFormat } from '../domain/document.js';
import { binaryReason, cleanField, reject, tidyBody } from './checks.js';
import { type DateForm, parseDate } from './dates.js';
import { documentId } from './document-id.js';
import { hostOf, outletForUrl } from './outlet-for-url.js';
import type { IngestOptions } from './types.js';

/** The warning on a document that has no publication date. */
export const NO_DATE_WARNING = 'no publication date: claims will be undated';

/** A date value as found in an input, with where it came from and how to read it. */
export interface RawDate {
  readonly value: string;
  /** Names the source of the value in a rejection reason, e.g. `header date` or `pubDate`. */
  readonly field: string;
  readonly form: DateForm;
}

/** The fields a parser found for one document, before checks and normalisation. */
export interface DocumentFields {
  readonly origin: string | null;
  readonly format: InputFormat;
  readonly text: string;
  readonly title?: string | null | undefined;
  readonly url?: string | null | undefined;
  readonly outlet?: string | null | undefined;
  readonly date?: RawDate | null | undefined;
  /** Describes an empty body in a rejection, e.g. `no body text after the header`. */
  readonly emptyReason?: string;
}

/** Checks and normalises parsed fields into a SourceDocument, or the rejection a person can act on. */
export function buildDocument(fields: DocumentFields, options: IngestOptions = {}): IngestResult {
  const { origin, format } = fields;
  const text = tidyBody(fields.text);
  if (text.trim() === '') return reject(origin, 'empty', fields.emptyReason ?? 'no body text');
  const binary = binaryReason(text);
  if (binary !== null) return reject(origin, 'binary', binary);

  const warnings: string[] = [];
  let published: string | null = null;
  const rawDate = fields.date ?? null;
  if (rawDate !== null && rawDate.value.trim() !== '') {
    const parsed = parseDate(rawDate.value, rawDate.form);
    if (!parsed.ok) return reject(origin, 'bad_date', `${rawDate.field}: ${parsed.reason}`);
    published = parsed.date;
  } else {
    warnings.push(NO_DATE_WARNING);
  }

  const url = cleanField(fields.url);
  // An outlet is never empty when a URL is known: the header's, else the gazetteer's by host, else the host.
  const outlet =
    cleanField(fields.outlet) ??
    outletForUrl(url, options.outletForHost) ??
    (url === null ? null : hostOf(url));
  return {
    ok: true,
    document: {
      id: documentId(text),
      published,
      outlet,
      title: cleanField(fields.title),
      url,
      text,
      origin,
      format,
      warnings,
    },
  };
}
