/**
 * Synthetic corpora for the scale bench, recombined from the paragraphs of examples/corpus: each
 * generated document is a few paragraphs of the pool plus a numbered reference line. Its analysis
 * is composed from the stored analyses of its paragraphs (analysed once each, offsets shifted), so
 * a 100k-document store costs a few hundred real analyses. Lower-case words are then replaced by
 * letters drawn per document (same length, so every offset stays valid; names, numbers and
 * punctuation stay), so documents do not all look like copies of each other to the reuse index.
 * Composed analyses miss context that crosses paragraphs; they are load, not gold.
 */
import { analyzeDocument } from '../../src/analyze/index.ts';
import type { DocAnalysis } from '../../src/analyze/types.ts';
import { readInputs } from '../../src/ingest/index.ts';
import type { IngestedDocument } from '../../src/ingest/types.ts';

export interface Paragraph {
  text: string;
  published: string | null;
  analysis: DocAnalysis;
}

export async function examplesDocuments(): Promise<IngestedDocument[]> {
  const read = await readInputs([new URL('../../examples/corpus', import.meta.url).pathname]);
  return read.documents;
}

/** Distinct paragraphs (≥ 60 characters) of the documents, each analysed once. */
export function paragraphPool(docs: IngestedDocument[]): Paragraph[] {
  const seen = new Set<string>();
  const out: Paragraph[] = [];
  for (const d of docs) {
    for (const p of d.text.split(/\n\n+/)) {
      const text = p.trim();
      if (text.length < 60 || seen.has(text)) continue;
      seen.add(text);
      out.push({ text, published: d.published, analysis: analyzeDocument({ text, published: d.published }) });
    }
  }
  return out;
}

function shiftSpans<T>(value: T, off: number): T {
  if (Array.isArray(value)) return value.map((v) => shiftSpans(v, off)) as T;
  if (value && typeof value === 'object') {
    const o: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) o[k] = shiftSpans(v, off);
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      o.start = (o.start as number) + off;
      o.end = (o.end as number) + off;
    }
    return o as T;
  }
  return value;
}

/** The analysis of paragraphs joined by blank lines, from their own analyses. */
export function composeAnalysis(parts: Paragraph[]): { text: string; analysis: DocAnalysis } {
  const a: DocAnalysis = {
    sentences: [],
    tokens: [],
    entities: [],
    times: [],
    figures: [],
    claims: [],
    events: [],
  };
  let text = '';
  parts.forEach((p, i) => {
    if (i > 0) text += '\n\n';
    const off = text.length;
    const tok = a.tokens.length;
    const claimOff = a.claims.length;
    const s = shiftSpans(p.analysis, off);
    a.sentences.push(
      ...s.sentences.map((x) => ({
        ...x,
        tokenStart: x.tokenStart + tok,
        tokenEnd: x.tokenEnd + tok,
        paragraph: i,
      })),
    );
    a.tokens.push(...s.tokens);
    a.entities.push(...s.entities);
    a.times.push(...s.times);
    a.figures.push(...s.figures);
    a.claims.push(...s.claims.map((c) => ({ ...c, contradicts: c.contradicts?.map((k) => k + claimOff) })));
    a.events.push(...s.events.map((e) => ({ ...e, claims: e.claims.map((k) => k + claimOff) })));
    text += p.text;
  });
  return { text, analysis: a };
}

/** Replaces every lower-case word of 3+ letters by pseudo-random letters of the same length. */
export function scrambleWords(text: string, seed: number): string {
  let x = seed >>> 0;
  return text.replace(/\b[a-z]{3,}\b/g, (w) => {
    let out = '';
    for (let k = 0; k < w.length; k++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      out += String.fromCharCode(97 + ((x >>> 16) % 26));
    }
    return out;
  });
}

/** Document `i` of a synthetic corpus: 3–5 pool paragraphs (deterministic) and a reference line. */
export function syntheticDocument(
  pool: Paragraph[],
  i: number,
  scramble = true,
): { doc: IngestedDocument; analysis: DocAnalysis } {
  let x = (i * 2654435761 + 12345) >>> 0;
  const next = () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x;
  };
  const n = 3 + (next() % 3);
  const parts = Array.from({ length: n }, () => pool[next() % pool.length]);
  const { text, analysis } = composeAnalysis(parts);
  const ref = `Reference ${i}.`;
  return {
    doc: {
      source: `synthetic/${String(i).padStart(7, '0')}.txt`,
      format: 'text',
      title: `Synthetic report ${i}`,
      outlet: `Outlet ${i % 50}`,
      url: null,
      authors: [],
      published: parts[0].published,
      language: 'en',
      text: `${scramble ? scrambleWords(text, i + 1) : text}\n\n${ref}`,
      wire: [],
      description: null,
    },
    analysis,
  };
}
