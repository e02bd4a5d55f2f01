import type { DocumentFormat, InputError } from '../report/contract.ts';

/** One article as read from an input, before analysis. `text` is the clean body. */
export interface IngestedDocument {
  /** Path or URL as given; for multi-document containers, `path#n` (record / item number). */
  source: string;
  format: DocumentFormat;
  title: string | null;
  /** The publishing outlet (not the wire agency). */
  outlet: string | null;
  url: string | null;
  authors: string[];
  /** Normalised ISO 8601: `YYYY-MM-DD` or a full timestamp with offset. */
  published: string | null;
  language: string | null;
  /** Clean body text: no markup, no boilerplate. Paragraphs separated by a blank line. */
  text: string;
  /** Wire agencies credited (AP, AFP, Reuters …). */
  wire: string[];
  description: string | null;
}

/** Raw bytes of one input with its name. */
export interface RawInput {
  source: string;
  data: Uint8Array;
}

/** A failure to read one input (or one record of it). Thrown by readers, caught per input. */
export class InputFailure extends Error {
  readonly source: string;
  readonly at: string | null;
  constructor(source: string, message: string, at: string | null = null) {
    super(message);
    this.name = 'InputFailure';
    this.source = source;
    this.at = at;
  }
  toReportError(): InputError {
    return { source: this.source, message: this.message, at: this.at };
  }
}

/** What reading a set of inputs yields: documents and per-input errors, never a crash. */
export interface IngestResult {
  documents: IngestedDocument[];
  errors: InputError[];
}
