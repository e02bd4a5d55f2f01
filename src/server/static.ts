/**
 * Serves files of one directory (the built dashboard): content types, gzip when the client
 * accepts it, long caching for hashed assets, no path outside the directory.
 */
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt']);

/** The file a URL path names inside `root`, or null when it would leave `root`. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  const file = resolve(base, normalize(`.${sep}${decoded}`));
  if (file !== base && !file.startsWith(base + sep)) return null;
  return file;
}

const gzCache = new Map<string, { mtime: number; body: Buffer }>();

/**
 * Answers a GET/HEAD for a file under `root` ("/" → index.html). Returns false when there is
 * no such file (the caller answers 404).
 */
export async function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const path = (req.url ?? '/').split('?')[0];
  let file = resolveInside(root, path === '/' ? '/index.html' : path);
  if (!file) return false;
  let st = await stat(file).catch(() => null);
  if (st?.isDirectory()) {
    file = join(file, 'index.html');
    st = await stat(file).catch(() => null);
  }
  if (!st?.isFile()) return false;
  const ext = extname(file).toLowerCase();
  const headers: Record<string, string> = {
    'content-type': TYPES[ext] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    'cache-control': /[/\\]assets[/\\]/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  let body: Buffer = await readFile(file);
  const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  if (accepts && COMPRESSIBLE.has(ext) && body.length > 1024) {
    const cached = gzCache.get(file);
    if (cached && cached.mtime === st.mtimeMs) body = cached.body;
    else {
      const gz = gzipSync(body);
      gzCache.set(file, { mtime: st.mtimeMs, body: gz });
      body = gz;
    }
    headers['content-encoding'] = 'gzip';
    headers.vary = 'accept-encoding';
  }
  headers['content-length'] = String(body.length);
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}
