/**
 * Plain-text articles. Paragraphs are separated by blank lines; inside a paragraph, hard-wrapped
 * lines are joined, while short stand-alone lines (headline, byline, dateline, caption, credit)
 * become blocks of their own.
 */
import type { DocumentFormat } from '../report/contract.ts';
import { assemble, type Block, type KnownMeta } from './meta/assemble.ts';
import { parseDateline } from './meta/header.ts';
import { type IngestedDocument, InputFailure } from './types.ts';

const WRAP_WIDTH = 50;
/** Past this length a line is a whole paragraph, not a wrapped one (wrapping stays under ~100). */
const UNWRAPPED_LINE = 160;

/** A line that begins a byline, dateline, credit or address: never the tail of a wrapped line. */
function startsFurniture(line: string): boolean {
  return (
    /^(?:by|via|source|photo|image|credit|updated|published|posted)\b\s*:?\s+\S/i.test(line) ||
    /^(?:https?:\/\/|www\.)/i.test(line) ||
    parseDateline(line) !== null
  );
}

/** Splits plain text into blocks: blank-line paragraphs, with stand-alone lines kept apart. */
export function textBlocks(text: string): Block[] {
  const out: Block[] = [];
  const normal = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n');
  // A text whose paragraphs run on one long line each is not hard-wrapped: there a line without
  // closing punctuation (a standfirst, a caption) ends where it ends.
  const hardWrapped = !normal.split('\n').some((l) => l.length > UNWRAPPED_LINE);
  const paras = normal.split(/\n[ \t\u00a0]*\n/);
  for (const para of paras) {
    const lines = para
      .split('\n')
      .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
      .filter((l) => l !== '');
    let cur = '';
    for (const line of lines) {
      if (cur === '') {
        cur = line;
        continue;
      }
      // a hard wrap: the line before runs to the wrap width without closing punctuation,
      // or the next line carries on in lower case
      const wrapped =
        ((hardWrapped && cur.length >= WRAP_WIDTH && !/[.!?:"”’)]$/u.test(cur)) ||
          /^[\p{Ll},;)]/u.test(line)) &&
        !startsFurniture(line);
      if (wrapped) cur = `${cur} ${line}`;
      else {
        out.push({ text: cur, kind: 'line' });
        cur = line;
      }
    }
    if (cur !== '') out.push({ text: cur, kind: 'paragraph' });
  }
  return out;
}

/** Builds a document from plain text (also used for front-matter bodies that are not Markdown). */
export function documentFromText(
  text: string,
  source: string,
  format: DocumentFormat,
  known: KnownMeta = {},
): IngestedDocument {
  return assemble(textBlocks(text), source, format, known);
}

/** Reads a plain-text article. Never throws anything but InputFailure. */
export function readText(text: string, source: string): IngestedDocument {
  try {
    return documentFromText(text, source, 'text');
  } catch (e) {
    if (e instanceof InputFailure) throw e;
    throw new InputFailure(source, `could not read text: ${e instanceof Error ? e.message : String(e)}`);
  }
}
