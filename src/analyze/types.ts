/**
 * Data produced by per-document analysis. Everything is offsets into the one document `text`
 * (UTF-16 code units, end exclusive) — never copies of text.
 */
import type {
  AttackMode,
  ClaimKind,
  EntityType,
  EventDate,
  EventType,
  FigureGroup,
  Geo,
  Measure,
  Qualifier,
} from '../report/contract.ts';

export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  /** Universal POS tag (wink-nlp): NOUN, PROPN, VERB, ADJ, NUM, PUNCT … */
  pos: string;
  /** Lower-cased normal form. */
  norm: string;
  lemma: string;
}

export interface Sentence extends Span {
  /** Index of the first and one past the last token of this sentence in `Analysis.tokens`. */
  tokenStart: number;
  tokenEnd: number;
  /** Paragraph index within the document. */
  paragraph: number;
}

/** A resolved time expression. */
export interface TimeMention extends Span {
  date: EventDate;
  /** True when the expression refers to the future relative to publication. */
  future?: boolean;
}

/** A mention of an entity in one document. */
export interface EntityMention extends Span {
  type: EntityType;
  /** Canonical name within the document ("Antony Blinken" for "Blinken" when the full name occurs). */
  name: string;
  /** Key used to merge mentions across documents (folded, transliteration-normalised). */
  key: string;
  role?: string | null;
  /** Key of the entity this one belongs to (a person's or ministry's country). */
  affiliation?: string | null;
  geo?: Geo | null;
}

export interface FigureItem extends Span {
  measure: Measure;
  group: FigureGroup;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  vague?: boolean;
  historical?: boolean;
  /** Entity keys. null reporter = the outlet's own voice. */
  reporter: string | null;
  side: string | null;
  asOf: string | null;
  period: { start: string | null; end: string | null } | null;
  place?: string | null;
  /** The same figure stated again in the document ("15 killed" in the summary and the body). */
  more?: Span[];
}

export interface ClaimItem extends Span {
  speaker: string | null;
  kind: ClaimKind;
  quote: boolean;
  /** Span of the attributed content. */
  content: Span;
  date: string | null;
  /** Index (within the document's claims) of the claim this one denies, if in the document. */
  contradicts?: number[];
}

export interface EventItem extends Span {
  type: EventType;
  mode?: AttackMode | null;
  date: EventDate | null;
  actors: string[];
  targets: string[];
  place: string | null;
  /** Indexes into the document's claims that report or deny it. */
  claims: number[];
  /** Further mentions of the same event in this document. */
  more?: Span[];
  /** True when the date comes from a time expression in the sentence (not the publication day). */
  dated?: boolean;
  /** The date is only the day a source spoke of it ("…, the army said Thursday"): the event may be a day or two older. */
  saidDay?: boolean;
  /** Its day comes only from a clock time with no day of its own ("struck at 10 pm"). */
  clockOnly?: boolean;
  /** Told only inside what a party denies ("the junta denied killing civilians in an air strike"). */
  denied?: boolean;
  /** Told in its sentence as a deed apart from another attack there ("blaming them for an attack …"). */
  apart?: boolean;
}

/** Everything per-document analysis yields. Pure data, serialisable, built without shared state. */
export interface DocAnalysis {
  sentences: Sentence[];
  tokens: Token[];
  entities: EntityMention[];
  times: TimeMention[];
  figures: FigureItem[];
  claims: ClaimItem[];
  events: EventItem[];
}
