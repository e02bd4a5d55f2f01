/**
 * The report contract, `sitrep.report/1` (see ../shared/spec/REPORT.md).
 *
 * This module is the single source of truth: the TypeScript types used everywhere are inferred
 * from these zod schemas, and `npm run schema` generates `schema/sitrep.report-1.schema.json`
 * from them. Fields may be added; none of the spec's fields may be renamed, dropped or change
 * meaning without a new schema version.
 */
import { z } from 'zod';

export const SCHEMA_ID = 'sitrep.report/1';

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
/** `YYYY-MM-DD`, or a full timestamp with offset. */
const isoDate = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/,
    'ISO 8601 date or timestamp',
  );

export const Mention = z
  .object({
    doc: z.string().describe('document id'),
    start: z.number().int().nonnegative().describe('UTF-16 offset into the document text'),
    end: z.number().int().nonnegative().describe('end offset, exclusive'),
  })
  .describe('A span of one document text that states the item.');

export const DocumentFormat = z.enum(['text', 'markdown', 'front-matter', 'html', 'json', 'rss', 'warc']);
export const ReuseKind = z.enum(['duplicate', 'wire-copy', 'paraphrase', 'quotes-from']);

export const Reuse = z.object({
  doc: z.string(),
  kind: ReuseKind,
  share: z.number().min(0).max(1),
  /** Added field: aligned passages, offsets into this document and the other. */
  passages: z
    .array(
      z.object({
        start: z.number().int(),
        end: z.number().int(),
        otherStart: z.number().int(),
        otherEnd: z.number().int(),
      }),
    )
    .optional(),
});

export const ReportDocument = z.object({
  id: z.string(),
  source: z.string().describe('path or URL as given'),
  format: DocumentFormat,
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  url: z.string().nullable(),
  authors: z.array(z.string()),
  published: isoDate.nullable(),
  language: z.string().nullable(),
  text: z.string().describe('clean body text: no markup, no boilerplate'),
  reuse: z.array(Reuse),
  /** Added field: wire agencies credited by the article (AP, AFP, Reuters …), distinct from the outlet. */
  wire: z.array(z.string()).optional(),
  /** Added field: a short description / standfirst where the source gives one. */
  description: z.string().nullable().optional(),
  /** Added field: SHA-256 of the clean text, used for idempotent ingest. */
  hash: z.string().optional(),
});

export const EntityType = z.enum(['person', 'organization', 'place', 'country', 'group']);

export const Geo = z.object({
  lat: z.number(),
  lon: z.number(),
  country: z.string().nullable(),
  ref: z.string().nullable(),
});

export const Entity = z.object({
  id: z.string(),
  type: EntityType,
  name: z.string(),
  aliases: z.array(z.string()),
  role: z.string().nullable().optional(),
  affiliation: z.string().nullable().optional(),
  geo: Geo.nullable().optional(),
  mentions: z.array(Mention),
});

export const EventType = z.enum([
  'attack',
  'shootdown',
  'territory-change',
  'ceasefire-agreed',
  'ceasefire-effective',
  'ceasefire-violation',
  'talks',
  'appeal',
  'humanitarian',
  'statement',
]);
export const AttackMode = z.enum([
  'missile',
  'rocket',
  'shelling',
  'airstrike',
  'drone',
  'ground',
  'unspecified',
]);
export const Precision = z.enum(['day', 'week', 'month', 'year']);
export const Status = z.enum(['reported', 'claimed', 'denied', 'disputed']);

export const EventDate = z.object({
  start: isoDay.nullable(),
  end: isoDay.nullable(),
  time: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .nullable(),
  precision: Precision,
});

export const Event = z.object({
  id: z.string(),
  type: EventType,
  mode: AttackMode.nullable().optional(),
  date: EventDate.nullable(),
  actors: z.array(z.string()),
  targets: z.array(z.string()),
  place: z.string().nullable(),
  status: Status,
  claims: z.array(z.string()),
  mentions: z.array(Mention),
  sources: z.array(z.string()),
  /** Added field: sources counted once per family of copies (an agency story in two outlets is one). */
  independentSources: z.number().int().nonnegative().optional(),
});

export const ClaimKind = z.enum(['assertion', 'accusation', 'denial', 'appeal', 'statement']);

export const Claim = z.object({
  id: z.string(),
  speaker: z.string().nullable(),
  kind: ClaimKind,
  quote: z.boolean(),
  text: z.string(),
  date: isoDay.nullable(),
  about: z.array(z.string()),
  contradicts: z.array(z.string()),
  mentions: z.array(Mention),
});

export const Measure = z.enum(['killed', 'wounded', 'missing', 'displaced', 'captured', 'destroyed']);
export const FigureGroup = z.enum(['civilians', 'military', 'people', 'children', 'equipment', 'buildings']);
export const Qualifier = z.enum(['exact', 'at-least', 'more-than', 'nearly', 'about', 'up-to', 'range']);

export const Figure = z.object({
  id: z.string(),
  measure: Measure,
  group: FigureGroup,
  side: z.string().nullable(),
  reporter: z.string().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  qualifier: Qualifier,
  period: z.object({ start: isoDay.nullable(), end: isoDay.nullable() }).nullable(),
  asOf: isoDay.nullable(),
  place: z.string().nullable().optional(),
  event: z.string().nullable().optional(),
  /** Added field: a figure about a past war, kept out of current series. */
  historical: z.boolean().optional(),
  /** Added field: a vague quantity ("dozens", "hundreds") whose low/high follow ACLED's conventions. */
  vague: z.boolean().optional(),
  mentions: z.array(Mention),
});

export const TimelineEntry = z.object({
  date: isoDay,
  summary: z.string(),
  events: z.array(z.string()),
  sources: z.array(z.string()),
});

export const Story = z.object({ id: z.string(), title: z.string(), documents: z.array(z.string()) });

/** Added: one truce followed from its agreement to taking effect to the violations reported. */
export const Ceasefire = z.object({
  agreed: z.string().nullable().describe('event id of the agreement'),
  effective: z.string().nullable().describe('event id of its taking effect'),
  violations: z.array(z.string()).describe('event ids of reported violations, in date order'),
  start: isoDay.nullable().describe('day it took effect (or was agreed)'),
  firstViolation: isoDay.nullable(),
});

/** Added: one reporter's values of one measure over time (historical figures excluded). */
export const Series = z.object({
  reporter: z.string().nullable(),
  measure: z.enum(['killed', 'wounded', 'missing', 'displaced', 'captured', 'destroyed']),
  group: z.enum(['civilians', 'military', 'people', 'children', 'equipment', 'buildings']),
  side: z.string().nullable(),
  points: z.array(
    z.object({
      asOf: isoDay.nullable(),
      low: z.number().nullable(),
      high: z.number().nullable(),
      qualifier: z.enum(['exact', 'at-least', 'more-than', 'nearly', 'about', 'up-to', 'range']),
      figure: z.string(),
    }),
  ),
});

/** Added field: an input that could not be read, and why. The run goes on with the others. */
export const InputError = z.object({
  source: z.string(),
  message: z.string(),
  /** Where in the input, when known (byte offset, line, record number). */
  at: z.string().nullable().optional(),
});

export const Report = z.object({
  schema: z.literal(SCHEMA_ID),
  generatedAt: isoDate,
  documents: z.array(ReportDocument),
  entities: z.array(Entity),
  events: z.array(Event),
  claims: z.array(Claim),
  figures: z.array(Figure),
  timeline: z.array(TimelineEntry),
  stories: z.array(Story),
  errors: z.array(InputError).optional(),
  /** Added field: figure series per reporter, measure, group and side. */
  series: z.array(Series).optional(),
  /** Added field: truces from agreement to taking effect to violations. */
  ceasefires: z.array(Ceasefire).optional(),
});

export type Mention = z.infer<typeof Mention>;
export type DocumentFormat = z.infer<typeof DocumentFormat>;
export type ReuseKind = z.infer<typeof ReuseKind>;
export type Reuse = z.infer<typeof Reuse>;
export type ReportDocument = z.infer<typeof ReportDocument>;
export type EntityType = z.infer<typeof EntityType>;
export type Geo = z.infer<typeof Geo>;
export type Entity = z.infer<typeof Entity>;
export type EventType = z.infer<typeof EventType>;
export type AttackMode = z.infer<typeof AttackMode>;
export type Precision = z.infer<typeof Precision>;
export type Status = z.infer<typeof Status>;
export type EventDate = z.infer<typeof EventDate>;
export type Event = z.infer<typeof Event>;
export type ClaimKind = z.infer<typeof ClaimKind>;
export type Claim = z.infer<typeof Claim>;
export type Measure = z.infer<typeof Measure>;
export type FigureGroup = z.infer<typeof FigureGroup>;
export type Qualifier = z.infer<typeof Qualifier>;
export type Figure = z.infer<typeof Figure>;
export type TimelineEntry = z.infer<typeof TimelineEntry>;
export type Story = z.infer<typeof Story>;
export type Series = z.infer<typeof Series>;
export type Ceasefire = z.infer<typeof Ceasefire>;
export type InputError = z.infer<typeof InputError>;
export type Report = z.infer<typeof Report>;
