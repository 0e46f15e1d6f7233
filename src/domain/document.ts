import { z } from 'zod';

/** The formats ingest understands. */
export const InputFormat = z.enum(['text', 'html', 'jsonl', 'rss', 'atom']);
export type InputFormat = z.infer<typeof InputFormat>;

/** One news document after ingest: body text plus metadata, ready for extraction. */
export const SourceDocument = z.object({
  /** `doc_` + the first 16 hex digits of sha256 over the normalised body text. */
  id: z.string().regex(/^doc_[0-9a-f]{16}$/),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  text: z.string(),
  /** Where it came from: a file path, `path#line` for JSON Lines, `path#item` for feeds. */
  origin: z.string().nullable(),
  format: InputFormat,
  warnings: z.array(z.string()),
});
export type SourceDocument = z.infer<typeof SourceDocument>;

/** Closed set of reasons an input is rejected. */
export const RejectionCode = z.enum([
  'empty',
  'binary',
  'not_utf8',
  'bad_date',
  'bad_json',
  'bad_record',
  'too_large',
  'unreadable',
  'unsupported',
  'bad_feed',
  'too_deep',
  'failed',
]);
export type RejectionCode = z.infer<typeof RejectionCode>;

/** An input kept aside, with a reason a person can act on. */
export const Rejection = z.object({
  origin: z.string(),
  code: RejectionCode,
  reason: z.string(),
});
export type Rejection = z.infer<typeof Rejection>;

/** The outcome of reading one input record: a document or a rejection, never a throw. */
export type IngestResult =
  | { readonly ok: true; readonly document: SourceDocument }
  | { readonly ok: false; readonly rejection: Rejection };
