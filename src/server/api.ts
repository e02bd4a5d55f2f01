/**
 * The HTTP API (Fastify): ingest articles, read the report and its parts, a document with its
 * evidence spans, full-text search, and the OpenAPI 3 description at /openapi.json. Writes need
 * `Authorization: Bearer <token>` when a token is configured (option or SITREP_TOKEN); reads too,
 * unless `publicRead`. Optionally serves the built dashboard from `staticDir` at `/`.
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { z } from 'zod';
import { DEFAULT_MAX_BYTES, ingestBuffer } from '../ingest/index.ts';
import { textHash } from '../report/build.ts';
import type { Report } from '../report/contract.ts';
import { ReportCache } from '../store/cache.ts';
import { IncrementalReport } from '../store/incremental.ts';
import { analyzePending } from '../store/report.ts';
import type { Store } from '../store/types.ts';
import { bearerMatches } from './auth.ts';
import { documentEvidence, indexReport, type ReportIndex, toApiHits } from './evidence.ts';
import { openApiDocument } from './openapi.ts';
import { serveStatic } from './static.ts';

export interface ApiOptions {
  store: Store;
  /** Bearer token for writes (default: SITREP_TOKEN). Unset: no authentication. */
  token?: string;
  /** Reads without a token even when one is set (a public dashboard). Default false. */
  publicRead?: boolean;
  /** Serve this folder (the built dashboard) at `/`. */
  staticDir?: string;
  /** Largest request body, bytes (default 10 MB). */
  bodyLimit?: number;
  /** Analyse new documents before answering POST /documents (default true); else on the next report. */
  analyzeOnIngest?: boolean;
  logger?: boolean;
}

/** Content types POST /documents reads (the ingest readers sniff the rest). */
const INGEST_TYPES = [
  'application/json',
  'application/x-ndjson',
  'application/jsonl',
  'text/plain',
  'text/html',
  'application/xhtml+xml',
  'text/markdown',
  'text/x-markdown',
  'application/rss+xml',
  'application/atom+xml',
  'application/xml',
  'text/xml',
  'application/gzip',
  'application/warc',
];

const Page = z.object({
  limit: z.coerce.number().int().min(1).max(10_000).default(1000),
  offset: z.coerce.number().int().min(0).default(0),
});
const SearchQuery = z.object({
  q: z.string().trim().min(1, 'q is required').max(500),
  limit: z.coerce.number().int().min(1).max(200).default(20),
});
const IngestQuery = z.object({
  source: z.string().trim().min(1).max(2000).optional(),
});
const DocParams = z.object({ id: z.string().min(1).max(200) });

class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const r = schema.safeParse(value);
  if (!r.success) {
    const msg = r.error.issues.map((i) => `${i.path.join('.') || what}: ${i.message}`).join('; ');
    throw new HttpError(400, `invalid ${what}: ${msg}`);
  }
  return r.data;
}

function mediaType(req: FastifyRequest): string {
  return String(req.headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
}

export function buildApi(opts: ApiOptions): FastifyInstance {
  const { store } = opts;
  const token = opts.token ?? process.env.SITREP_TOKEN ?? undefined;
  const bodyLimit = opts.bodyLimit ?? 10 * 1024 * 1024;
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit });
  // The report follows the store incrementally: new analyses are added to the resolver in place.
  const live = new IncrementalReport(store);
  // One refresh at a time, and only when the store moved: sections read the live report directly.
  let liveRevision: string | null = null;
  let refreshing: Promise<void> | null = null;
  const fresh = async () => {
    const revision = await store.revision();
    if (revision !== liveRevision) {
      refreshing ??= (async () => {
        try {
          await live.refresh();
          liveRevision = await store.revision();
        } finally {
          refreshing = null;
        }
      })();
      await refreshing;
    }
    return live.live;
  };
  const cache = new ReportCache(store, async () => {
    await fresh();
    return live.report();
  });
  const derived = new WeakMap<Report, { json: string; index: ReportIndex }>();

  const current = async (): Promise<{ report: Report; json: string; index: ReportIndex }> => {
    const { report } = await cache.get();
    let d = derived.get(report);
    if (!d) {
      d = { json: JSON.stringify(report), index: indexReport(report) };
      derived.set(report, d);
    }
    return { report, ...d };
  };

  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, _req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 ? err.statusCode : 500;
    const message =
      err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? `request body larger than ${bodyLimit} bytes` : err.message;
    if (status >= 500) app.log.error(err);
    reply.status(status).send({ error: status >= 500 ? 'internal error' : message, status });
  });
  app.setNotFoundHandler((req, reply) => {
    reply.status(404).send({ error: `no route ${req.method} ${req.url.split('?')[0]}`, status: 404 });
  });

  const requireToken = async (req: FastifyRequest, reply: FastifyReply) => {
    if (token && !bearerMatches(req.headers.authorization, token)) {
      reply.header('www-authenticate', 'Bearer realm="sitrep"');
      throw new HttpError(401, 'missing or wrong bearer token');
    }
  };
  const readAuth = opts.publicRead ? [] : [requireToken];

  app.get('/openapi.json', async () => openApiDocument());
  app.get('/health', async () => ({ ok: true, store: store.kind, ...(await store.counts()) }));

  app.post('/documents', { preHandler: [requireToken] }, async (req, reply) => {
    const type = mediaType(req);
    if (!type) throw new HttpError(415, `a Content-Type is required (one of ${INGEST_TYPES.join(', ')})`);
    if (!INGEST_TYPES.includes(type)) throw new HttpError(415, `unsupported Content-Type ${type}`);
    const body = req.body;
    if (!Buffer.isBuffer(body) || body.length === 0) throw new HttpError(400, 'empty request body');
    const { source } = parse(IngestQuery, req.query, 'query');
    const name = source ?? `api:${textHash(body.toString('latin1')).slice(0, 16)}`;
    const read = ingestBuffer(
      { source: name, data: new Uint8Array(body), contentType: String(req.headers['content-type']) },
      Math.min(DEFAULT_MAX_BYTES, bodyLimit),
    );
    if (read.documents.length === 0) {
      reply.status(422);
      return { added: [], skipped: 0, errors: read.errors };
    }
    const res = await store.addDocuments(read.documents);
    if (opts.analyzeOnIngest !== false && res.added.length > 0) await analyzePending(store);
    reply.status(res.added.length > 0 ? 201 : 200);
    return { added: res.added, skipped: res.skipped, ids: res.ids, errors: read.errors };
  });

  app.get('/report', { preHandler: readAuth }, async (_req, reply) => {
    reply.type('application/json; charset=utf-8');
    return (await current()).json;
  });

  const section = <K extends 'events' | 'claims' | 'figures' | 'entities' | 'timeline'>(key: K) =>
    app.get(`/${key}`, { preHandler: readAuth }, async (req) => {
      const { limit, offset } = parse(Page, req.query, 'query');
      const { total, items } = (await fresh()).page(key, offset, limit);
      return { total, offset, items };
    });
  section('events');
  section('claims');
  section('figures');
  section('entities');
  section('timeline');

  app.get('/documents', { preHandler: readAuth }, async (req) => {
    const { limit, offset } = parse(Page, req.query, 'query');
    const docs = (await current()).report.documents;
    return {
      total: docs.length,
      offset,
      items: docs.slice(offset, offset + limit).map(({ text: _t, ...meta }) => meta),
    };
  });

  app.get('/documents/:id', { preHandler: readAuth }, async (req) => {
    const { id } = parse(DocParams, req.params, 'path');
    const { report, index } = await current();
    const doc = index.byId.get(id) ?? index.byStoreId.get(id);
    if (!doc) throw new HttpError(404, `no document ${id}`);
    return { document: doc, evidence: documentEvidence(report, doc) };
  });

  app.get('/search', { preHandler: readAuth }, async (req) => {
    const { q, limit } = parse(SearchQuery, req.query, 'query');
    const [hits, { index }] = await Promise.all([store.search(q, limit), current()]);
    return { q, hits: toApiHits(hits, index) };
  });

  if (opts.staticDir) {
    const dir = opts.staticDir;
    app.get('/*', { preHandler: readAuth }, async (req, reply) => {
      reply.hijack();
      const served = await serveStatic(dir, req.raw, reply.raw);
      if (!served) {
        reply.raw.writeHead(404, { 'content-type': 'application/json; charset=utf-8' });
        reply.raw.end(JSON.stringify({ error: `no file ${req.url.split('?')[0]}`, status: 404 }));
      }
    });
  }
  return app;
}
