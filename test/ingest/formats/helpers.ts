/** Builders for test inputs, generated in code (no copied articles). */
import { WARCRecord, WARCSerializer } from 'warcio';
import type { RawInput } from '../../../src/ingest/types.ts';

export const enc = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf8'));
export const raw = (source: string, data: string | Uint8Array): RawInput => ({
  source,
  data: typeof data === 'string' ? enc(data) : data,
});

/** A few paragraphs of invented wire-style copy about a given place. */
export function article(place: string, actor: string): string {
  return [
    `Shelling hit the outskirts of ${place} overnight, local officials said on Tuesday, as ${actor} denied targeting residential areas.`,
    `At least 12 people were killed and 40 wounded, according to the regional health office, which said the toll could rise.`,
    `A spokesperson for ${actor} said its forces had only struck military positions and accused the other side of staging the attack.`,
    `Aid groups said thousands of families had fled toward the border since the fighting resumed last week.`,
  ].join('\n\n');
}

export function htmlPage(title: string, body: string, extraHead = ''): string {
  const paras = body
    .split('\n\n')
    .map((p) => `<p>${p}</p>`)
    .join('\n');
  return `<!doctype html><html><head><title>${title}</title>${extraHead}</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>${title}</h1>${paras}</article><footer>Contact us | Privacy</footer></body></html>`;
}

export interface WarcSpec {
  type: 'request' | 'response' | 'resource' | 'metadata' | 'warcinfo' | 'conversion';
  url: string;
  date?: string;
  status?: number;
  headers?: Record<string, string>;
  body: string | Uint8Array;
}

/** A WARC file written by the warcio package (gzip per record when asked). */
export async function buildWarc(records: WarcSpec[], gzip = false): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for (const r of records) {
    const payload = typeof r.body === 'string' ? enc(r.body) : r.body;
    const rec = WARCRecord.create(
      {
        url: r.url,
        date: r.date ?? '2024-03-05T10:00:00Z',
        type: r.type,
        warcVersion: 'WARC/1.1',
        ...(r.type === 'response'
          ? {
              statusline: `HTTP/1.1 ${r.status ?? 200} OK`,
              httpHeaders: r.headers ?? { 'Content-Type': 'text/html' },
            }
          : r.type === 'request'
            ? { statusline: 'GET / HTTP/1.1', httpHeaders: r.headers ?? { Host: 'example.org' } }
            : { warcHeaders: { 'Content-Type': r.headers?.['Content-Type'] ?? 'text/html' } }),
      },
      (async function* () {
        yield payload;
      })(),
    );
    parts.push(await WARCSerializer.serialize(rec, { gzip }));
  }
  return new Uint8Array(Buffer.concat(parts));
}
