import { z } from 'zod';
import { CorrectionRequest, StoredCorrection } from '../domain/correction.js';
import { Event } from '../domain/event.js';
import { ExportQuery } from './routes-export.js';
import {
  DocumentBody,
  DocumentIdParam,
  DocumentSummary,
  DocumentsQuery,
  EntitiesQuery,
  EntityDetail,
  EntitySummary,
  ErrorBody,
  EventClaimsQuery,
  EventDetail,
  EventPage,
  EventsQuery,
  IdParam,
  PostedDocument,
  SearchQuery,
  SourceName,
  SourceRecord,
  SourcesQuery,
  StoredDocument,
  StoreSummary,
} from './schemas.js';

type Schema = z.ZodType;

interface Operation {
  readonly method: 'get' | 'post';
  readonly path: string;
  readonly summary: string;
  readonly query?: z.ZodObject;
  readonly param?: Schema;
  /** A posted document (JSON or text), or the JSON schema of another body. */
  readonly body?: true | Schema;
  readonly ok: Schema;
  /** The media types of the success response when it is not JSON. */
  readonly media?: readonly string[];
  readonly status?: number;
  readonly errors: readonly number[];
}

const list = <T extends Schema>(key: string, item: T, extra: z.ZodRawShape = {}) =>
  z.object({ [key]: z.array(item), ...extra });

/** Every endpoint of the JSON API, with the schemas its handler parses with. */
export const OPERATIONS: readonly Operation[] = [
  { method: 'get', path: '/api/summary', summary: 'Counts over the store', ok: StoreSummary, errors: [] },
  {
    method: 'get',
    path: '/api/documents',
    summary: 'Documents, newest first',
    query: DocumentsQuery,
    ok: list('documents', DocumentSummary, { limit: z.number().int(), offset: z.number().int() }),
    errors: [400],
  },
  {
    method: 'post',
    path: '/api/documents',
    summary: 'Extract, store and merge one article (text/plain with an optional header, or JSON)',
    body: true,
    ok: PostedDocument,
    status: 201,
    errors: [400, 401, 403, 413, 415, 422],
  },
  {
    method: 'get',
    path: '/api/documents/{id}',
    summary: 'One document with its text and every annotation',
    param: DocumentIdParam,
    ok: StoredDocument,
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/entities',
    summary: 'Entities, those in most documents first',
    query: EntitiesQuery,
    ok: list('entities', EntitySummary),
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/entities/{id}',
    summary: 'One entity, the documents naming it and its roles in events',
    param: IdParam,
    ok: EntityDetail,
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/search',
    summary: 'Full-text search over titles and texts',
    query: SearchQuery,
    ok: z.object({ query: z.string(), documents: z.array(DocumentSummary) }),
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/events',
    summary: 'Events, filtered, sorted and paginated',
    query: EventsQuery,
    ok: EventPage,
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/events/{id}',
    summary:
      'One event: timeline, a page of its claims (claimsOffset, claimsLimit) by origin, provenance graph',
    param: IdParam,
    query: EventClaimsQuery,
    ok: EventDetail,
    errors: [400, 404],
  },
  {
    method: 'get',
    path: '/api/export',
    summary:
      'Events exported as CSV (a row per claim), JSON Lines, a STIX 2.1 bundle or MISP events (format=)',
    query: ExportQuery,
    ok: z.string(),
    media: ['text/csv', 'application/x-ndjson', 'application/stix+json;version=2.1', 'application/json'],
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/sources',
    summary: 'Sources with their track record across events',
    query: SourcesQuery,
    ok: list('sources', SourceRecord),
    errors: [400],
  },
  {
    method: 'get',
    path: '/api/sources/{name}',
    summary: "One source's track record and the newest events it speaks to",
    param: SourceName,
    ok: z.object({ record: SourceRecord, events: z.array(Event) }),
    errors: [400, 404],
  },
  {
    method: 'post',
    path: '/api/corrections',
    summary:
      "Correct a claim, exclude a document, merge or split events (the analyst's name and a reason required); the events are derived again",
    body: CorrectionRequest,
    ok: z.object({ correction: StoredCorrection, events: z.array(z.string()) }),
    status: 201,
    errors: [400, 401, 403, 404, 413, 422],
  },
  {
    method: 'get',
    path: '/api/events/{id}/history',
    summary: 'The corrections that changed an event: who, when, why, before and after',
    param: IdParam,
    ok: z.object({ event: z.string(), history: z.array(StoredCorrection) }),
    errors: [400, 404],
  },
];

function jsonSchema(schema: Schema, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
}

const json = (schema: Schema) => ({ 'application/json': { schema: jsonSchema(schema, 'output') } });

function operation(op: Operation): Record<string, unknown> {
  const parameters = [
    ...(op.param === undefined
      ? []
      : [
          {
            name: /\{(\w+)\}/.exec(op.path)?.[1] ?? 'id',
            in: 'path',
            required: true,
            schema: jsonSchema(op.param, 'input'),
          },
        ]),
    ...Object.entries(op.query?.shape ?? {}).map(([name, schema]) => ({
      name,
      in: 'query',
      required: !(schema as Schema).safeParse(undefined).success,
      schema: jsonSchema(schema as Schema, 'input'),
    })),
  ];
  const responses: Record<string, unknown> = {
    [String(op.status ?? 200)]: {
      description: 'OK',
      content:
        op.media === undefined
          ? json(op.ok)
          : Object.fromEntries(op.media.map((type) => [type, { schema: jsonSchema(op.ok, 'output') }])),
    },
  };
  for (const status of op.errors)
    responses[String(status)] = { description: 'Error', content: json(ErrorBody) };
  return {
    summary: op.summary,
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(op.body !== undefined && op.body !== true
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(op.body, 'input') } },
          },
        }
      : {}),
    ...(op.body === true
      ? {
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: jsonSchema(DocumentBody, 'input') },
              'text/plain': { schema: { type: 'string' } },
            },
          },
        }
      : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of the JSON API, generated from the schemas the handlers parse with. */
export function openApiDocument(version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const entry = paths[op.path] ?? {};
    entry[op.method] = operation(op);
    paths[op.path] = entry;
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Corroborate', version },
    components: {
      securitySchemes: { token: { type: 'http', scheme: 'bearer', description: 'CORROBORATE_TOKEN' } },
    },
    paths,
  };
}
