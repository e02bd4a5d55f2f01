/**
 * The dashboard server: node:http on loopback, serving the built web app (web/dist), the
 * report as JSON at GET /report, and the exports (ACLED CSV, GeoJSON, PLOVER JSON) and the
 * printable HTML sitrep next to it. Read-only.
 */
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Report } from '../report/contract.ts';
import { toAcledCsv, toGeoJson, toPlover } from '../report/export/index.ts';
import { renderHtml } from '../report/render/html.ts';
import { serveStatic } from './static.ts';

/** Where `npm run build:web` writes the app. */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export interface DashboardOptions {
  report: Report | (() => Promise<Report>);
  port?: number;
  host?: string;
  /** Directory of the built app (default: web/dist of this package). */
  staticDir?: string;
}

export interface Dashboard {
  url: string;
  close(): Promise<void>;
}

/** The message shown when the app has not been built. */
export function missingBuildMessage(dir: string): string {
  return `The dashboard app is not built (no ${dir}index.html). Build it with: npm run build:web`;
}

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Leaflet and Plot set style attributes
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  extra: Record<string, string> = {},
): void {
  let buf = Buffer.from(body, 'utf8');
  const headers: Record<string, string> = {
    'content-type': type,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    ...extra,
  };
  if (buf.length > 1024 && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    buf = gzipSync(buf);
    headers['content-encoding'] = 'gzip';
    headers.vary = 'accept-encoding';
  }
  headers['content-length'] = String(buf.length);
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : buf);
}

/**
 * Starts the dashboard on `host` (default 127.0.0.1) and `port` (default 4173; 0 = any free
 * port). `report` may be a function, called on every request, for a report that changes.
 */
export async function startDashboard(opts: DashboardOptions): Promise<Dashboard> {
  const dir = opts.staticDir ?? WEB_DIST;
  const root = dir.endsWith('/') ? dir : `${dir}/`;
  const built = existsSync(`${root}index.html`);
  const getReport = typeof opts.report === 'function' ? opts.report : async () => opts.report as Report;
  let cache: { report: Report; json: string } | null = null;
  const current = async (): Promise<{ report: Report; json: string }> => {
    const report = await getReport();
    if (!cache || cache.report !== report) cache = { report, json: JSON.stringify(report) };
    return cache;
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) {
        send(
          req,
          res,
          500,
          'text/plain; charset=utf-8',
          `error: ${err instanceof Error ? err.message : String(err)}`,
        );
      } else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(req, res, 405, 'text/plain; charset=utf-8', 'read-only: GET only', { allow: 'GET, HEAD' });
      return;
    }
    const path = (req.url ?? '/').split('?')[0];
    switch (path) {
      case '/report':
        send(req, res, 200, 'application/json; charset=utf-8', (await current()).json);
        return;
      case '/export/acled.csv':
        send(req, res, 200, 'text/csv; charset=utf-8; header=present', toAcledCsv((await current()).report), {
          'content-disposition': 'attachment; filename="sitrep-acled.csv"',
        });
        return;
      case '/export/events.geojson':
        send(req, res, 200, 'application/geo+json', JSON.stringify(toGeoJson((await current()).report)));
        return;
      case '/export/plover.json':
        send(
          req,
          res,
          200,
          'application/json; charset=utf-8',
          JSON.stringify(toPlover((await current()).report)),
        );
        return;
      case '/sitrep.html':
        send(req, res, 200, 'text/html; charset=utf-8', renderHtml((await current()).report), {
          'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
        });
        return;
    }
    if (!built) {
      send(req, res, 503, 'text/plain; charset=utf-8', `${missingBuildMessage(root)}\n`);
      return;
    }
    res.setHeader('content-security-policy', CSP);
    res.setHeader('referrer-policy', 'no-referrer');
    if (await serveStatic(root, req, res)) return;
    send(req, res, 404, 'text/plain; charset=utf-8', 'not found\n');
  }

  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 4173, host, () => {
      server.off('error', fail);
      ok();
    });
  });
  const addr = server.address() as AddressInfo;
  const shownHost = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  if (!built) process.emitWarning(missingBuildMessage(root));
  return {
    url: `http://${shownHost}:${addr.port}/`,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.close((err) => (err ? fail(err) : ok()));
        server.closeAllConnections();
      }),
  };
}
