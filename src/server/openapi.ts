/** The OpenAPI 3.1 description of the API; report schemas come from the contract's zod schemas. */
import { z } from 'zod';
import { Claim, Entity, Event, Figure, Report, ReportDocument, TimelineEntry } from '../report/contract.ts';

type Json = Record<string, unknown>;

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json, description = 'OK'): Json => ({
  description,
  content: { 'application/json': { schema } },
});
const problem = (description: string): Json => json(ref('Problem'), description);
const page = (item: string): Json => ({
  type: 'object',
  required: ['total', 'offset', 'items'],
  properties: {
    total: { type: 'integer' },
    offset: { type: 'integer' },
    items: { type: 'array', items: ref(item) },
  },
});
const pageParams: Json[] = [
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 10000, default: 1000 } },
  { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
];

function schemaOf(s: z.ZodType): Json {
  const out = z.toJSONSchema(s, { unrepresentable: 'any' }) as Json;
  delete out.$schema;
  return out;
}

let cached: Json | null = null;

export function openApiDocument(): Json {
  if (cached) return cached;
  const listGet = (item: string, summary: string): Json => ({
    get: {
      summary,
      parameters: pageParams,
      responses: { '200': json(page(item)), '401': problem('Token needed') },
    },
  });
  cached = {
    openapi: '3.1.0',
    info: {
      title: 'sitrep API',
      version: '1',
      description:
        'Ingest news articles and read the sourced situation report (sitrep.report/1). Writes need a bearer token when the server has one; reads too unless the server is public.',
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Report: schemaOf(Report),
        Document: schemaOf(ReportDocument),
        Entity: schemaOf(Entity),
        Event: schemaOf(Event),
        Claim: schemaOf(Claim),
        Figure: schemaOf(Figure),
        TimelineEntry: schemaOf(TimelineEntry),
        Problem: {
          type: 'object',
          required: ['error', 'status'],
          properties: { error: { type: 'string' }, status: { type: 'integer' } },
        },
        SearchHit: {
          type: 'object',
          required: ['kind', 'id', 'doc', 'snippet', 'highlights', 'start', 'score', 'storeId', 'storeDoc'],
          properties: {
            kind: { enum: ['document', 'claim', 'event'] },
            id: {
              type: 'string',
              description: 'Report id (dN, cN, vN), or the store id when not in the report',
            },
            doc: { type: 'string', description: 'Report id of the document' },
            snippet: { type: 'string' },
            highlights: {
              type: 'array',
              description: 'Matched terms as [start, end) offsets into snippet',
              items: { type: 'array', items: { type: 'integer' }, minItems: 2, maxItems: 2 },
            },
            start: { type: 'integer', description: 'Offset of the item in the document text' },
            score: { type: 'number' },
            storeId: { type: 'string' },
            storeDoc: { type: 'string' },
          },
        },
        Evidence: {
          type: 'object',
          required: ['kind', 'id', 'start', 'end', 'text'],
          properties: {
            kind: { enum: ['event', 'claim', 'figure', 'entity'] },
            id: { type: 'string' },
            start: { type: 'integer' },
            end: { type: 'integer' },
            text: { type: 'string' },
          },
        },
      },
    },
    paths: {
      '/documents': {
        post: {
          summary: 'Ingest one or many articles',
          description:
            'JSON (one article object, an array, or an object with an array of articles), JSON Lines, plain text, HTML, Markdown (front matter too), RSS/Atom, gzip or WARC. Content already stored (same text) is skipped.',
          security: [{ bearer: [] }],
          parameters: [
            { name: 'source', in: 'query', schema: { type: 'string' }, description: 'Name of the input' },
          ],
          requestBody: {
            required: true,
            content: Object.fromEntries(
              [
                'application/json',
                'application/x-ndjson',
                'text/plain',
                'text/html',
                'text/markdown',
                'application/rss+xml',
              ].map((t) => [t, { schema: t === 'application/json' ? {} : { type: 'string' } }]),
            ),
          },
          responses: {
            '201': json(
              {
                type: 'object',
                properties: {
                  added: { type: 'array', items: { type: 'string' } },
                  skipped: { type: 'integer' },
                  ids: { type: 'array', items: { type: 'string' } },
                  errors: { type: 'array', items: {} },
                },
              },
              'Stored (some documents new)',
            ),
            '200': { description: 'Every document was already stored' },
            '400': problem('Empty or malformed request'),
            '401': problem('Missing or wrong token'),
            '413': problem('Body too large'),
            '415': problem('Unsupported Content-Type'),
            '422': problem('No article could be read from the body'),
          },
        },
        ...listGet('Document', 'Documents (metadata, without text)'),
      },
      '/documents/{id}': {
        get: {
          summary: 'One document with the evidence spans of every report item citing it',
          parameters: [
            {
              name: 'id',
              in: 'path',
              required: true,
              schema: { type: 'string' },
              description: 'Report id (dN) or store id',
            },
          ],
          responses: {
            '200': json({
              type: 'object',
              properties: { document: ref('Document'), evidence: { type: 'array', items: ref('Evidence') } },
            }),
            '404': problem('No such document'),
          },
        },
      },
      '/report': {
        get: {
          summary: 'The whole report',
          responses: { '200': json(ref('Report')), '401': problem('Token needed') },
        },
      },
      '/events': listGet('Event', 'Events'),
      '/claims': listGet('Claim', 'Claims'),
      '/figures': listGet('Figure', 'Figures'),
      '/entities': listGet('Entity', 'Entities'),
      '/timeline': listGet('TimelineEntry', 'Timeline'),
      '/search': {
        get: {
          summary: 'Full-text search over documents, claims and events',
          parameters: [
            {
              name: 'q',
              in: 'query',
              required: true,
              schema: { type: 'string', minLength: 1, maxLength: 500 },
            },
            {
              name: 'limit',
              in: 'query',
              schema: { type: 'integer', minimum: 1, maximum: 200, default: 20 },
            },
          ],
          responses: {
            '200': json({
              type: 'object',
              properties: { q: { type: 'string' }, hits: { type: 'array', items: ref('SearchHit') } },
            }),
            '400': problem('Missing or bad query'),
          },
        },
      },
      '/health': {
        get: { summary: 'Liveness and store counts', responses: { '200': { description: 'OK' } } },
      },
      '/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OK' } } } },
    },
  };
  return cached;
}
