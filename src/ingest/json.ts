/**
 * JSON and JSON Lines readers: one article object, an array of them, or an API envelope holding
 * them. Each record that cannot be read becomes its own failure; the others are kept.
 */
import { assembleDocument } from './assemble.ts';
import { lineColumn, parseJson } from './jsonerror.ts';
import { articleFromObject, findArticles, isObject } from './jsonfields.ts';
import { collectRecord, type ReadOutcome } from './outcome.ts';
import { type IngestedDocument, InputFailure } from './types.ts';

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** One JSON value that should be an article → a document (throws InputFailure when it is not). */
export function documentFromJsonRecord(
  value: unknown,
  source: string,
  containerTitle: string | null = null,
): IngestedDocument {
  if (!isObject(value)) {
    const kind = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
    throw new InputFailure(source, `expected an article object, found ${kind}`);
  }
  const { body, fields } = articleFromObject(value);
  if (body === null || body.trim() === '') {
    throw new InputFailure(
      source,
      'no article text: expected a field such as text, body, content, articleBody or description',
    );
  }
  return assembleDocument(source, 'json', body, { ...fields, outletFallback: containerTitle });
}

/** Reads a JSON document. Throws InputFailure (with line and column) when the JSON is malformed. */
export function readJson(text: string, source: string): ReadOutcome {
  const t = stripBom(text);
  if (t.trim() === '') throw new InputFailure(source, 'empty file');
  const parsed = parseJson(t);
  if (!parsed.ok) {
    const { line, column } = lineColumn(t, parsed.error.offset);
    throw new InputFailure(
      source,
      `malformed JSON: ${parsed.error.message}`,
      `line ${line}, column ${column}`,
    );
  }
  const found = findArticles(parsed.value);
  if (!found) {
    throw new InputFailure(
      source,
      'JSON holds no articles: expected an article object (with text, body, content or articleBody), ' +
        'an array of them, or an object with such an array',
    );
  }
  if (found.items.length === 0) throw new InputFailure(source, 'JSON holds no articles: the list is empty');
  const outcome: ReadOutcome = { documents: [], failures: [] };
  found.items.forEach((item, i) => {
    const name = found.list ? `${source}#${i + 1}` : source;
    collectRecord(outcome, () => documentFromJsonRecord(item, name, found.containerTitle));
  });
  return outcome;
}

/**
 * Reads JSON Lines: one article object per line. Documents are named `source#<line number>`;
 * a bad line is a failure for the file with `at: line N, column C`.
 */
export function readJsonLines(text: string, source: string): ReadOutcome {
  const t = stripBom(text);
  const outcome: ReadOutcome = { documents: [], failures: [] };
  let start = 0;
  let lineNo = 0;
  let seen = 0;
  while (start <= t.length) {
    let end = t.indexOf('\n', start);
    if (end < 0) end = t.length;
    lineNo++;
    const line = t.slice(start, end).replace(/\r$/, '');
    start = end + 1;
    if (line.trim() === '') {
      if (end >= t.length) break;
      continue;
    }
    seen++;
    const parsed = parseJson(line);
    if (!parsed.ok) {
      const column = parsed.error.offset + 1;
      outcome.failures.push(
        new InputFailure(
          source,
          `malformed JSON on line ${lineNo}: ${parsed.error.message}`,
          `line ${lineNo}, column ${column}`,
        ),
      );
    } else {
      const value = parsed.value;
      const at = `line ${lineNo}`;
      collectRecord(outcome, () => {
        try {
          return documentFromJsonRecord(value, `${source}#${lineNo}`);
        } catch (e) {
          if (e instanceof InputFailure) throw new InputFailure(source, `line ${lineNo}: ${e.message}`, at);
          throw e;
        }
      });
    }
    if (end >= t.length) break;
  }
  if (seen === 0) throw new InputFailure(source, 'empty file');
  return outcome;
}
