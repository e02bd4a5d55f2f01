/**
 * The gold annotation format of spec/GOLD.md: zod schemas (used to validate gold files with clear
 * errors), the normalised in-memory types, and `loadGold` (the only I/O of the scorer).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  AttackMode,
  ClaimKind,
  EventType,
  FigureGroup,
  Measure,
  Precision,
  Qualifier,
  ReuseKind,
} from '../report/contract.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day YYYY-MM-DD');
/** An alias list; `null` inside a speaker/reporter list stands for the outlet's own voice. */
const names = z.union([z.string(), z.array(z.string().nullable()).min(1)]);

const GoldFigureSchema = z.looseObject({
  evidence: z.string().min(1),
  measure: Measure,
  group: FigureGroup.optional(),
  low: z.number().nullable(),
  high: z.number().nullable().optional(),
  qualifier: Qualifier.optional(),
  reporter: names.nullable().optional(),
  side: names.nullable().optional(),
  asOf: day.nullable().optional(),
  period_start: day.nullable().optional(),
  historical: z.boolean().optional(),
});

const GoldClaimSchema = z.looseObject({
  evidence: z.string().min(1),
  speaker: names.nullable(),
  kind: ClaimKind.optional(),
});

const GoldEventSchema = z.looseObject({
  evidence: z.string().min(1),
  type: EventType,
  date: z
    .union([day, z.array(day).min(1)])
    .nullable()
    .optional(),
  place: names.nullable().optional(),
  mode: AttackMode.nullable().optional(),
  precision: Precision.optional(),
});

const GoldContradictionSchema = z.looseObject({ a: z.string().min(1), b: z.string().min(1) });

export const GoldDocSchema = z.looseObject({
  doc: z.string().min(1),
  published: day.nullable().optional(),
  title: z.string().nullable().optional(),
  outlet: names.nullable().optional(),
  url: z.string().nullable().optional(),
  keep: z.array(z.string().min(1)).default([]),
  drop: z.array(z.string().min(1)).default([]),
  figures: z.array(GoldFigureSchema).default([]),
  claims: z.array(GoldClaimSchema).default([]),
  events: z.array(GoldEventSchema).default([]),
  contradictions: z.array(GoldContradictionSchema).default([]),
});

export const GoldCorpusSchema = z.looseObject({
  same_entity: z.array(z.array(z.string().min(1)).min(2)).default([]),
  different_entity: z.array(z.tuple([z.string().min(1), z.string().min(1)])).default([]),
  reuse: z
    .array(z.looseObject({ a: z.string().min(1), b: z.string().min(1), kind: ReuseKind.optional() }))
    .default([]),
  places: z
    .array(
      z.looseObject({
        name: z.string().min(1),
        aliases: z.array(z.string()).default([]),
        lat: z.number().min(-90).max(90),
        lon: z.number().min(-180).max(180),
      }),
    )
    .default([]),
  timeline: z.array(z.looseObject({ date: day, what: z.string().optional() })).default([]),
});

/** An alias list after normalisation; `null` = the outlet's own voice / "none". */
export type Names = (string | null)[];

export interface GoldFigure {
  evidence: string;
  measure: Measure;
  group?: FigureGroup;
  low: number | null;
  /** undefined or null: gold gives no upper bound, any report high is accepted. */
  high?: number | null;
  qualifier?: Qualifier;
  /** undefined: not annotated (not scored); [null]: the outlet itself. */
  reporter?: Names;
  side?: Names;
  asOf?: string | null;
  period_start?: string | null;
  historical?: boolean;
}
export interface GoldClaim {
  evidence: string;
  speaker: Names;
  kind?: ClaimKind;
}
export interface GoldEvent {
  evidence: string;
  type: EventType;
  /** undefined: not scored; null: no date; otherwise acceptable days. */
  date?: string[] | null;
  /** undefined: not scored; null: no place stated (the report's place must be null too). */
  place?: string[] | null;
  mode?: AttackMode | null;
  /** How precise gold's date is: 'month' or 'year' compare only that part of the day. */
  precision?: z.infer<typeof Precision>;
}
export interface GoldContradiction {
  a: string;
  b: string;
}
export interface GoldDoc {
  /** The gold file it came from (for messages). */
  file: string;
  doc: string;
  /** For each metadata field: undefined = not annotated (skipped), null = must be null. */
  published?: string | null;
  title?: string | null;
  outlet?: string[] | null;
  url?: string | null;
  keep: string[];
  drop: string[];
  figures: GoldFigure[];
  claims: GoldClaim[];
  events: GoldEvent[];
  contradictions: GoldContradiction[];
}
export type GoldCorpus = z.output<typeof GoldCorpusSchema>;
export interface GoldSet {
  folder: string;
  docs: GoldDoc[];
  corpus: GoldCorpus | null;
}

export class GoldError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'GoldError';
  }
}

function issuesText(error: z.ZodError): string {
  return error.issues
    .slice(0, 8)
    .map((i) => `${i.path.length > 0 ? i.path.join('.') : '(top)'}: ${i.message}`)
    .join('; ');
}

function toNames(v: string | (string | null)[] | null | undefined): Names | undefined {
  if (v === undefined) return undefined;
  if (v === null) return [null];
  return typeof v === 'string' ? [v] : v;
}

function toStrings(v: string | (string | null)[] | null | undefined): string[] | null | undefined {
  if (v === undefined || v === null) return v;
  const list = (typeof v === 'string' ? [v] : v).filter((x): x is string => x !== null);
  return list.length > 0 ? list : null;
}

/** Validates and normalises one per-document gold object. Throws GoldError naming `file`. */
export function parseGoldDoc(json: unknown, file: string): GoldDoc {
  const r = GoldDocSchema.safeParse(json);
  if (!r.success) throw new GoldError(file, `invalid gold document: ${issuesText(r.error)}`);
  const g = r.data;
  return {
    file,
    doc: g.doc,
    published: g.published,
    title: g.title,
    outlet: toStrings(g.outlet),
    url: g.url,
    keep: g.keep,
    drop: g.drop,
    figures: g.figures.map((f) => ({ ...f, reporter: toNames(f.reporter), side: toNames(f.side) })),
    claims: g.claims.map((c) => ({
      evidence: c.evidence,
      speaker: toNames(c.speaker) ?? [null],
      kind: c.kind,
    })),
    events: g.events.map((e) => ({
      evidence: e.evidence,
      type: e.type,
      date: e.date === undefined || e.date === null ? e.date : typeof e.date === 'string' ? [e.date] : e.date,
      place: toStrings(e.place),
      mode: e.mode,
      precision: e.precision,
    })),
    contradictions: g.contradictions.map((c) => ({ a: c.a, b: c.b })),
  };
}

/** Validates one corpus.json object. Throws GoldError naming `file`. */
export function parseGoldCorpus(json: unknown, file: string): GoldCorpus {
  const r = GoldCorpusSchema.safeParse(json);
  if (!r.success) throw new GoldError(file, `invalid corpus gold: ${issuesText(r.error)}`);
  return r.data;
}

function readJson(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new GoldError(path, `not valid JSON (${(e as Error).message})`);
  }
}

/**
 * Reads a gold folder: every `*.json` except `corpus.json` is one annotated document; `corpus.json`
 * (optional) holds the corpus-level gold. Throws GoldError naming the offending file.
 */
export function loadGold(folder: string): GoldSet {
  let names: string[];
  try {
    if (!statSync(folder).isDirectory()) throw new Error('not a directory');
    names = readdirSync(folder).sort();
  } catch (e) {
    throw new GoldError(folder, `cannot read gold folder (${(e as Error).message})`);
  }
  const docs: GoldDoc[] = [];
  let corpus: GoldCorpus | null = null;
  const seen = new Map<string, string>();
  for (const name of names) {
    if (!name.endsWith('.json')) continue;
    const path = join(folder, name);
    if (name === 'corpus.json') {
      corpus = parseGoldCorpus(readJson(path), path);
      continue;
    }
    const doc = parseGoldDoc(readJson(path), path);
    const earlier = seen.get(doc.doc);
    if (earlier) throw new GoldError(path, `document "${doc.doc}" is already annotated in ${earlier}`);
    seen.set(doc.doc, path);
    docs.push(doc);
  }
  if (docs.length === 0 && corpus === null) throw new GoldError(folder, 'no gold files (*.json) in folder');
  return { folder, docs, corpus };
}
