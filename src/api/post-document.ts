import { corroborationDeps } from '../corroborate/index.js';
import type { SourceDocument } from '../domain/document.js';
import type { Extraction } from '../domain/extraction.js';
import { CorroborateError, InvalidArgumentError, InvalidInputError } from '../errors.js';
import { extract } from '../extract/index.js';
import { parseJsonDocuments, parseText } from '../ingest/index.js';
import type { Knowledge } from '../knowledge/index.js';
import { storeBatch } from '../pipeline/index.js';
import type { Store } from '../store/index.js';
import type { ApiDeps } from './deps.js';
import { DEFAULT_SERVER_BUDGET_MS } from './extract-pool.js';
import { parseWith } from './parse.js';
import { DocumentBody } from './schemas.js';

/** Where a document posted over HTTP says it came from. */
export const POSTED_ORIGIN = 'http:POST /api/documents';

/** A posted article as the request carried it: plain text (with an optional header) or a JSON record. */
export type PostedBody =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'json'; readonly text: string };

/** The media type of a request body, without parameters. */
export function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** Turns a request body into a document, throwing `invalid_argument` for a malformed body and `invalid_input` for a rejected one. */
export function documentFromBody(body: PostedBody, knowledge: Knowledge): SourceDocument {
  const options = { outletForHost: (host: string) => knowledge.outletForHost(host) };
  if (body.kind === 'text') {
    const result = parseText(body.text, POSTED_ORIGIN, options);
    if (!result.ok) throw new InvalidInputError(`the article was rejected: ${result.rejection.reason}`);
    return result.document;
  }
  let value: unknown;
  try {
    value = JSON.parse(body.text);
  } catch (error) {
    throw new InvalidArgumentError('the body is not valid JSON', { cause: error });
  }
  const fields = parseWith(DocumentBody, value, 'body');
  const [result] = parseJsonDocuments(JSON.stringify(fields), POSTED_ORIGIN, options);
  if (result === undefined) throw new CorroborateError('internal', 'ingest returned no result');
  if (!result.ok) throw new InvalidInputError(`the article was rejected: ${result.rejection.reason}`);
  return result.document;
}

/** Extracts a posted or pasted document within the server's budget, on the workers when there are some. */
export function extractPosted(document: SourceDocument, deps: ApiDeps): Promise<Extraction> {
  if (deps.extractor) return deps.extractor(document);
  return Promise.resolve(
    extract(document, deps.knowledge, { budgetMs: deps.budgetMs ?? DEFAULT_SERVER_BUDGET_MS }),
  );
}

/** What posting a document did. */
export interface PostOutcome {
  readonly status: 'stored' | 'duplicate';
  readonly id: string;
  readonly extraction: Extraction;
  readonly merged: boolean;
}

/** What writing a posted document needs: the store, the knowledge, the time to stamp and where to extract. */
export interface WriteDeps {
  readonly store: Store;
  readonly knowledge: Knowledge;
  readonly at: string;
  readonly extract: (document: SourceDocument) => Promise<Extraction>;
}

/**
 * Extracts a posted document, stores it and merges its claims into events, all at once: what both the
 * write worker and the server's own thread (for a store no other thread can open) run.
 */
export async function writePosted(body: PostedBody, deps: WriteDeps): Promise<PostOutcome> {
  const document = documentFromBody(body, deps.knowledge);
  const extraction = await deps.extract(document);
  // As ingest does: the document and the events its claims join are stored in one transaction.
  const [saved] = await storeBatch([{ ok: true, document, extraction }], {
    store: deps.store,
    ...corroborationDeps(deps.knowledge),
    at: deps.at,
  });
  if (saved === undefined || saved.kind === 'rejected')
    throw new CorroborateError('internal', 'the document was not stored');
  return { status: saved.kind, id: saved.id, extraction, merged: saved.kind === 'stored' };
}

/** Extracts a posted document, stores it and merges its claims into events, in this thread. */
export function postDocument(body: PostedBody, deps: ApiDeps): Promise<PostOutcome> {
  const { store, knowledge } = deps;
  const at = deps.now().toISOString();
  return writePosted(body, { store, knowledge, at, extract: (document) => extractPosted(document, deps) });
}
