/**
 * Where JSON goes wrong. V8's JSON.parse does not always give a position ("Unexpected token 'x',
 * "…" is not valid JSON"), so after a failed parse this iterative scanner walks the RFC 8259
 * grammar and reports the first offending offset. No recursion: depth does not matter.
 */

export interface JsonErrorAt {
  offset: number;
  message: string;
}

/** 1-based line and column of an offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

function describe(ch: string): string {
  if (ch === '') return 'end of input';
  const code = ch.charCodeAt(0);
  if (code < 0x20) return `control character U+${code.toString(16).padStart(4, '0').toUpperCase()}`;
  return `'${ch}'`;
}

type State = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'after';

/** The first syntax error in `text`, or null if it is valid JSON. */
export function locateJsonError(text: string): JsonErrorAt | null {
  const stack: number[] = []; // 123 '{' or 91 '['
  let state: State = 'value';
  let i = 0;
  const n = text.length;
  const err = (offset: number, message: string): JsonErrorAt => ({ offset, message });

  const skipWs = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
  };
  /** Scans a string starting at the quote; returns an error or null, leaving i after it. */
  const scanString = (): JsonErrorAt | null => {
    const start = i;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return null;
      }
      if (c === 0x5c) {
        const e = text[i + 1] ?? '';
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return err(i, 'bad \\u escape in string');
          i += 6;
        } else if ('"\\/bfnrt'.includes(e) && e !== '') {
          i += 2;
        } else {
          return err(i, `bad escape \\${e} in string`);
        }
        continue;
      }
      if (c < 0x20) return err(i, `${describe(text[i])} inside a string`);
      i++;
    }
    return err(start, 'unterminated string');
  };

  const scanNumber = (): JsonErrorAt | null => {
    const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    m.lastIndex = i;
    const r = m.exec(text);
    if (!r || r[0] === '-' || r[0] === '') return err(i, 'bad number');
    i += r[0].length;
    return null;
  };

  for (;;) {
    skipWs();
    const ch = i < n ? text[i] : '';
    switch (state) {
      case 'valueOrEnd':
        if (ch === ']') {
          stack.pop();
          i++;
          state = 'after';
          break;
        }
        state = 'value';
        continue;
      case 'keyOrEnd':
        if (ch === '}') {
          stack.pop();
          i++;
          state = 'after';
          break;
        }
        state = 'key';
        continue;
      case 'value': {
        if (ch === '{') {
          stack.push(123);
          i++;
          state = 'keyOrEnd';
        } else if (ch === '[') {
          stack.push(91);
          i++;
          state = 'valueOrEnd';
        } else if (ch === '"') {
          const e = scanString();
          if (e) return e;
          state = 'after';
        } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
          const e = scanNumber();
          if (e) return e;
          state = 'after';
        } else if (text.startsWith('true', i) || text.startsWith('null', i)) {
          i += 4;
          state = 'after';
        } else if (text.startsWith('false', i)) {
          i += 5;
          state = 'after';
        } else {
          return err(i, `unexpected ${describe(ch)} where a value was expected`);
        }
        break;
      }
      case 'key': {
        if (ch !== '"') return err(i, `expected a double-quoted property name, found ${describe(ch)}`);
        const e = scanString();
        if (e) return e;
        state = 'colon';
        break;
      }
      case 'colon':
        if (ch !== ':') return err(i, `expected ':' after a property name, found ${describe(ch)}`);
        i++;
        state = 'value';
        break;
      case 'after': {
        const top = stack[stack.length - 1];
        if (top === undefined) {
          if (ch === '') return null;
          return err(i, `unexpected ${describe(ch)} after the end of the JSON value`);
        }
        const close = top === 123 ? '}' : ']';
        if (ch === ',') {
          i++;
          state = top === 123 ? 'key' : 'value';
        } else if (ch === close) {
          stack.pop();
          i++;
        } else {
          return err(i, `expected ',' or '${close}', found ${describe(ch)}`);
        }
        break;
      }
    }
  }
}

/** Parses JSON; on failure returns the located error instead of throwing. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; error: JsonErrorAt } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const located = locateJsonError(text);
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, error: located ?? { offset: 0, message } };
  }
}
