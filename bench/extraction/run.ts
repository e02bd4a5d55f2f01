/**
 * Article-extraction benchmark: sitrep's HTML reader against Mozilla Readability (over jsdom and
 * over linkedom) on the pages in shared/bench/article-extraction, scored as in score.ts.
 *
 *   node --import tsx bench/extraction/run.ts [--split dev|test|all] [--baseline jsdom|linkedom|both|none]
 *                                              [--data DIR] [--worst N] [--dump DIR] [--rounds N]
 *
 * The data is split in two halves by sorted key (dev = first half, test = second half); every
 * split asked for is reported, with F1, precision, recall (benchmark aggregate and per-page mean)
 * and pages per second (extraction only: parsing + extraction, not gunzip or decoding), timed on
 * the last of --rounds passes (default 2) so every extractor is measured warm.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { readHtml } from '../../src/ingest/html/index.ts';
import { aggregate, macro, type PageScore, shingleMatch } from './score.ts';

interface Args {
  split: 'dev' | 'test' | 'all';
  baseline: 'jsdom' | 'linkedom' | 'both' | 'none';
  data: string;
  worst: number;
  dump: string | null;
  rounds: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    split: 'all',
    baseline: 'both',
    data: resolve(import.meta.dirname, '../../../shared/bench/article-extraction'),
    worst: 0,
    dump: null,
    rounds: 2,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '--split' && (v === 'dev' || v === 'test' || v === 'all')) args.split = v;
    else if (a === '--baseline' && (v === 'jsdom' || v === 'linkedom' || v === 'both' || v === 'none'))
      args.baseline = v;
    else if (a === '--data' && v) args.data = resolve(v);
    else if (a === '--worst' && v) args.worst = Number(v);
    else if (a === '--dump' && v) args.dump = resolve(v);
    else if (a === '--rounds' && v && Number(v) >= 1) args.rounds = Math.floor(Number(v));
    else {
      console.error(`unknown or incomplete argument: ${a}`);
      process.exit(2);
    }
    i++;
  }
  return args;
}

/** Decodes page bytes with the charset the page declares (default UTF-8). */
function decode(bytes: Buffer): string {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  const label = m ? m[1].toLowerCase() : 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

interface Page {
  key: string;
  url: string;
  truth: string;
  html: string;
}

type Extractor = (html: string, url: string) => string;

const extractors: Record<string, Extractor> = {
  sitrep: (html, url) => {
    try {
      return readHtml(html, url, { url }).text;
    } catch {
      return '';
    }
  },
  'readability+jsdom': (html, url) => {
    const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
    const article = new Readability(dom.window.document).parse();
    dom.window.close();
    return article?.textContent ?? '';
  },
  'readability+linkedom': (html) => {
    const { document } = parseHTML(html);
    const article = new Readability(document).parse();
    return article?.textContent ?? '';
  },
};

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const truth = JSON.parse(readFileSync(join(args.data, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  const files = new Set(readdirSync(join(args.data, 'html')));
  const keys = Object.keys(truth)
    .filter((k) => files.has(`${k}.html.gz`))
    .sort();
  const half = Math.ceil(keys.length / 2);
  const splitOf = (i: number): 'dev' | 'test' => (i < half ? 'dev' : 'test');
  const pages: (Page & { split: 'dev' | 'test' })[] = keys
    .map((key, i) => ({
      key,
      split: splitOf(i),
      url: truth[key].url,
      truth: truth[key].articleBody ?? '',
      html: decode(gunzipSync(readFileSync(join(args.data, 'html', `${key}.html.gz`)))),
    }))
    .filter((p) => args.split === 'all' || p.split === args.split);

  const names = ['sitrep'];
  if (args.baseline === 'jsdom' || args.baseline === 'both') names.push('readability+jsdom');
  if (args.baseline === 'linkedom' || args.baseline === 'both') names.push('readability+linkedom');

  console.log(
    `article-extraction bench: ${pages.length} pages (split ${args.split}; dev = first ${half} of ${keys.length} sorted keys)`,
  );
  const splits: ('dev' | 'test' | 'all')[] = args.split === 'all' ? ['dev', 'test', 'all'] : [args.split];
  const rows: string[] = [];
  // Every round runs every extractor on every page, page by page (so machine load falls on all
  // extractors alike); scores come from the first round, timings from the first (cold) and the
  // last round (warm, after the JIT has seen the code).
  const outputs = new Map<string, string[]>(names.map((n) => [n, []]));
  const times = new Map<string, number[]>(names.map((n) => [n, []]));
  const coldTimes = new Map<string, number[]>(names.map((n) => [n, []]));
  for (let round = 0; round < args.rounds; round++) {
    pages.forEach((p, i) => {
      for (const name of names) {
        const t0 = performance.now();
        let out: string;
        try {
          out = extractors[name](p.html, p.url);
        } catch {
          out = '';
        }
        const ms = performance.now() - t0;
        times.get(name)![i] = ms;
        if (round === 0) {
          outputs.get(name)![i] = out;
          coldTimes.get(name)![i] = ms;
        }
      }
    });
  }
  for (const name of names) {
    const scores: { split: 'dev' | 'test'; key: string; score: PageScore; ms: number; coldMs: number }[] = [];
    for (let i = 0; i < pages.length; i++) {
      const p = pages[i];
      const out = outputs.get(name)![i];
      scores.push({
        split: p.split,
        key: p.key,
        score: shingleMatch(p.truth, out),
        ms: times.get(name)![i],
        coldMs: coldTimes.get(name)![i],
      });
      if (args.dump) {
        mkdirSync(join(args.dump, name), { recursive: true });
        writeFileSync(join(args.dump, name, `${p.key}.txt`), out);
      }
    }
    for (const s of splits) {
      const sel = scores.filter((x) => s === 'all' || x.split === s);
      const agg = aggregate(sel.map((x) => x.score));
      const mac = macro(sel.map((x) => x.score));
      const secs = sel.reduce((a, x) => a + x.ms, 0) / 1000;
      const coldSecs = sel.reduce((a, x) => a + x.coldMs, 0) / 1000;
      rows.push(
        [
          name.padEnd(21),
          s.padEnd(5),
          String(sel.length).padStart(3),
          agg.f1.toFixed(3),
          agg.precision.toFixed(3),
          agg.recall.toFixed(3),
          mac.f1.toFixed(3),
          mac.precision.toFixed(3),
          mac.recall.toFixed(3),
          (sel.length / Math.max(coldSecs, 1e-9)).toFixed(1).padStart(7),
          (sel.length / Math.max(secs, 1e-9)).toFixed(1).padStart(7),
        ].join('  '),
      );
    }
    if (args.worst > 0) {
      const worst = [...scores]
        .map((x) => ({ ...x, m: macro([x.score]) }))
        .sort((a, b) => a.m.f1 - b.m.f1)
        .slice(0, args.worst);
      console.log(`\n${name}: worst ${args.worst} pages`);
      for (const w of worst) {
        console.log(
          `  ${w.key.slice(0, 16)}  F1 ${w.m.f1.toFixed(3)}  P ${w.m.precision.toFixed(3)}  R ${w.m.recall.toFixed(3)}  ${truth[w.key].url}`,
        );
      }
    }
  }
  console.log(
    '\nextractor              split   n  F1     P      R      mF1    mP     mR     pages/s (1st / last round)',
  );
  console.log('                                  (benchmark aggregate)  (mean over pages)');
  for (const r of rows) console.log(r);
}

main();
