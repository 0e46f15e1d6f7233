import { Hono } from 'hono';
import { CorroborateError, InvalidInputError, NotFoundError } from '../errors.js';
import { decodeUtf8 } from '../ingest/index.js';
import type { ApiDeps } from './deps.js';
import { entityDetail } from './entity-detail.js';
import { parseWith } from './parse.js';
import { mediaType, postDocument } from './post-document.js';
import { DocumentIdParam, DocumentsQuery, EntitiesQuery, IdParam, SearchQuery } from './schemas.js';

/** The JSON endpoints over stored documents, entities and search. */
export function documentRoutes(deps: ApiDeps): Hono {
  const { store } = deps;
  return new Hono()
    .get('/summary', async (c) => c.json(await store.summary()))
    .get('/documents', async (c) => {
      const { type, ...query } = parseWith(DocumentsQuery, c.req.query(), 'query');
      const documents = await store.listDocuments({ ...query, claimType: type });
      return c.json({ documents, limit: query.limit, offset: query.offset });
    })
    .get('/documents/:id', async (c) => {
      const id = parseWith(DocumentIdParam, c.req.param('id'), 'document id');
      const document = await store.getDocument(id);
      if (document === null) throw new NotFoundError(`no document ${id}`);
      return c.json(document);
    })
    .post('/documents', async (c) => {
      const type = mediaType(c.req.header('content-type'));
      if (type !== 'application/json' && type !== 'text/plain') {
        throw new CorroborateError(
          'unsupported_media_type',
          'send the article as text/plain or application/json',
        );
      }
      // The bytes are read as a file is: invalid UTF-8 is refused, not stored with replacement characters.
      const decoded = decodeUtf8(new Uint8Array(await c.req.arrayBuffer()));
      if (!decoded.ok) throw new InvalidInputError(`the article was rejected: ${decoded.reason}`);
      const body = { kind: type === 'text/plain' ? 'text' : 'json', text: decoded.text } as const;
      if (deps.writer) {
        // Written on the write worker, whose bytes are the response as it is: this thread never holds the extraction.
        const written = await deps.writer.write(body, deps.now().toISOString());
        return c.body(written.body, written.status === 'stored' ? 201 : 200, {
          'Content-Type': 'application/json',
        });
      }
      const outcome = await postDocument(body, deps);
      return c.json(outcome, outcome.status === 'stored' ? 201 : 200);
    })
    .get('/entities', async (c) => {
      const query = parseWith(EntitiesQuery, c.req.query(), 'query');
      const { kind, limit, offset } = query;
      const entities = await store.listEntities(
        kind === undefined ? { limit, offset } : { kind, limit, offset },
      );
      return c.json({ entities });
    })
    .get('/entities/:id', async (c) => {
      const id = parseWith(IdParam, c.req.param('id'), 'entity id');
      return c.json(await entityDetail(deps, id));
    })
    .get('/search', async (c) => {
      const { q, limit } = parseWith(SearchQuery, c.req.query(), 'query');
      return c.json({ query: q, documents: await store.searchDocuments(q, limit) });
    });
}
