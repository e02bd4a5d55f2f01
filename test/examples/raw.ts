/**
 * Reads the demo corpus files (examples/corpus/) down to each document's raw content, without
 * the product's readers: decompress, decode the declared charset, split containers into their
 * documents (`file#n`, 1-based: the item/line number, for WARC the record number) and decode
 * HTML/XML character references. Markup is kept, so a gold evidence string found here cannot
 * span a tag.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import iconv from 'iconv-lite';
import { WARCParser } from 'warcio';

export interface RawDoc {
  /** File name, with `#n` for the n-th document of a container. */
  id: string;
  file: string;
  content: string;
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  rsaquo: '›',
  copy: '©',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return NAMED[ref.toLowerCase()] ?? m;
  });
}

/** Bytes of a file, gunzipped when it is gzip. */
export function fileBytes(path: string): Buffer {
  const data = readFileSync(path);
  return data[0] === 0x1f && data[1] === 0x8b ? gunzipSync(data) : data;
}

function decodeHtmlBytes(bytes: Buffer): string {
  const head = bytes.subarray(0, 1024).toString('latin1');
  const m = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head);
  const charset = m ? m[1].toLowerCase() : 'utf-8';
  return iconv.decode(bytes, charset === 'windows-1252' ? 'win1252' : charset);
}

/** The whole file as text: gunzipped, decoded by its declared charset, references decoded. */
export function fileText(path: string): string {
  const bytes = fileBytes(path);
  return decodeEntities(/\.html(\.gz)?$/.test(path) ? decodeHtmlBytes(bytes) : bytes.toString('utf8'));
}

const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

function feedDocs(file: string, xml: string): RawDoc[] {
  const parsed = new XMLParser({ ignoreAttributes: false, processEntities: true }).parse(xml);
  if (parsed.rss) {
    const items = asArray<Record<string, unknown>>(parsed.rss.channel.item);
    return items.map((it, i) => ({
      id: `${file}#${i + 1}`,
      file,
      content: decodeEntities(String(it['content:encoded'] ?? it.description ?? '')),
    }));
  }
  const entries = asArray<Record<string, unknown>>(parsed.feed.entry);
  return entries.map((e, i) => {
    const c = e.content as string | { '#text': string };
    return { id: `${file}#${i + 1}`, file, content: decodeEntities(typeof c === 'string' ? c : c['#text']) };
  });
}

async function warcDocs(file: string, bytes: Buffer): Promise<RawDoc[]> {
  const docs: RawDoc[] = [];
  const parser = new WARCParser([new Uint8Array(bytes)]);
  let n = 0;
  for await (const record of parser) {
    n++;
    if (record.warcType !== 'response') continue;
    const payload = await record.readFully(true);
    docs.push({
      id: `${file}#${n}`,
      file,
      content: decodeEntities(decodeHtmlBytes(Buffer.from(payload))),
    });
  }
  return docs;
}

/** Every document of one demo file. */
export async function readDemoFile(dir: string, file: string): Promise<RawDoc[]> {
  const bytes = fileBytes(join(dir, file));
  const base = file.replace(/\.gz$/, '');
  if (base.endsWith('.warc')) return warcDocs(file, bytes);
  if (base.endsWith('.html')) return [{ id: file, file, content: decodeEntities(decodeHtmlBytes(bytes)) }];
  const text = bytes.toString('utf8');
  if (base.endsWith('.rss') || base.endsWith('.atom')) return feedDocs(file, text);
  if (base.endsWith('.jsonl')) {
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    return lines.map((l, i) => ({ id: `${file}#${i + 1}`, file, content: String(JSON.parse(l).text) }));
  }
  if (base.endsWith('.json')) {
    const items = JSON.parse(text) as { body: string }[];
    return items.map((a, i) => ({ id: `${file}#${i + 1}`, file, content: a.body }));
  }
  return [{ id: file, file, content: text }];
}

/** All documents of the demo corpus folder. */
export async function readDemoCorpus(dir: string): Promise<RawDoc[]> {
  const files = readdirSync(dir)
    .filter((f) => !f.startsWith('.'))
    .sort();
  const out: RawDoc[] = [];
  for (const f of files) out.push(...(await readDemoFile(dir, f)));
  return out;
}
