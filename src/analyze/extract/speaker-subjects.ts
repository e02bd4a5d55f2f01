/**
 * Speakers found behind what stands right before the verb: "a source close to X" (not X), the
 * subject a participle phrase describes ("The militia battling troops near Beni denied …"), and
 * the person before an appositive role ("X, commanding officer of Y, said" is X, not Y), and the
 * name one gives oneself ("a man identifying himself as X says"). Pure.
 */
import {
  CLOSE_QUOTE,
  covering,
  genericEnding,
  type SpeakerContext,
  type SpeakerHit,
  wordIndexBefore,
} from './speaker-phrases.ts';
import { verbAt, verbLexicon } from './verbs.ts';
import type { Word } from './words.ts';

/** "a source close to X", "sources familiar with X's thinking": a generic source of its own. */
export function closeSource(ws: Word[], v: number, ctx: SpeakerContext): SpeakerHit | null {
  for (let k = v - 2; k >= Math.max(1, v - 10); k--) {
    if (!/^(?:close|familiar|near)$/.test(ws[k].w) || !/^(?:to|with)$/.test(ws[k + 1]?.w ?? '')) continue;
    if (!/^sources?$/.test(ws[k - 1].w)) return null;
    let from = k - 1;
    if (from > 0 && /^(?:a|an|the|one|two|several)$/.test(ws[from - 1].w)) from--;
    const span = { start: ws[k - 1].start, end: ws[v - 1].end };
    return { key: null, from, to: v, generic: { name: ctx.text.slice(span.start, span.end), span } };
  }
  return null;
}

/** Participles that open a phrase describing the subject: "X, backed by Y, said", "X, led by …". */
export const DESCRIBING_PARTICIPLES = [
  'backed',
  'based',
  'led',
  'supported',
  'armed',
  'allied',
  'installed',
  'aligned',
  'funded',
  'formed',
  'known',
];
/** … and any "-ing" form ("fighting …"). */
const PARTICIPLE = new RegExp(`^(?:\\p{L}+ing|${DESCRIBING_PARTICIPLES.join('|')})$`, 'u');

export function participleSubject(ws: Word[], v: number, ctx: SpeakerContext): SpeakerHit | null {
  if (v > 30) return null;
  let k = 0;
  if (k < v && /^(?:the|a|an)$/.test(ws[k].w)) k++;
  const named = covering(ctx, ws[k] ?? ws[0]);
  // ("The Lusaka government opposing X said": a place names the body after it.)
  const placeFirst = named?.type === 'place' || named?.type === 'country';
  if (placeFirst && !verbLexicon().descriptionHeads.organisations.includes(ws[k + 1]?.w ?? '')) return null;
  const e = placeFirst ? null : named;
  let end = k;
  while (e && end < v && ws[end].end <= e.end) end++;
  // "the M23 rebel group": a few lower-case head words after the name.
  let p = end;
  while (p < v && p - end < 3 && !PARTICIPLE.test(ws[p].w) && /^\p{Ll}+$/u.test(ws[p].w)) p++;
  if (p >= v || !PARTICIPLE.test(ws[p].w) || verbAt(ws, p)) return null;
  // A participle with words of its own ("fighting the army", "backed by Rwanda"), not a compound
  // noun right before the verb ("the ceasefire monitoring committee said").
  // ("The Lusaka government opposing Mwale said": a name is words of its own.)
  if (v - p < 2 || (v - p === 2 && !covering(ctx, ws[p + 1]))) return null;
  // Only a phrase with no clause boundary of its own.
  if (ws.slice(p, v).some((w) => w.w === ',' || w.w === ';' || /^(?:who|which|that|and|but)$/.test(w.w)))
    return null;
  if (e && p > k) return { key: e.key, from: 0, to: p };
  // "The rebel alliance fighting …": a description with no name is a generic source.
  // ("Organisations representing the Kukis rejected …": a source noun needs no article.)
  if (p === k || (k === 0 && !genericEnding(ws, p))) return null;
  const span = { start: ws[k].start, end: ws[p - 1].end };
  return { key: null, from: 0, to: p, generic: { name: ctx.text.slice(span.start, span.end), span } };
}

/** ", <role> of the X," right before the verb, with a person named before its first comma. */
export function personBeforeRole(ws: Word[], v: number, ctx: SpeakerContext): SpeakerHit | null {
  if (v < 4) return null;
  if (ws[v - 1].w !== ',') return personBeforeOpenRole(ws, v, ctx);
  const heads = verbLexicon().descriptionHeads.roleHeads;
  // ("X, commander of the 2nd Battalion, 7th Infantry Regiment, said": the unit may hold a comma
  // of its own; the role is then one comma further back.)
  let c = v - 1;
  let role = false;
  for (let part = 0; part < 2 && !role; part++) {
    const end = c;
    c--;
    while (c > 0 && v - c < 20 && ws[c].w !== ',') {
      if (/^[.;:!?”"]$/.test(ws[c].w)) return null;
      c--;
    }
    if (c <= 0 || ws[c].w !== ',') return null;
    role = ws.slice(c + 1, end).some((w) => heads.includes(w.w));
    // (Only a unit's name may stand after the role: capitalised words and numbers, no person —
    // "…, the group's spokesman, Ali Kone, said" is Kone.)
    if (
      !role &&
      ctx.entities.some((e) => e.type === 'person' && e.start >= ws[c + 1].start && e.end <= ws[end - 1].end)
    )
      return null;
    if (
      !role &&
      !ws
        .slice(c + 1, end)
        .every((w) => /^[\p{Lu}\p{N}]/u.test(ctx.text.slice(w.start, w.end)) || /^(?:st|nd|rd|th)$/.test(w.w))
    )
      return null;
  }
  if (!role) return null;
  const person = ctx.entities.find((e) => e.type === 'person' && e.end === ws[c - 1].end);
  if (!person) return null;
  const from = wordIndexBefore(ws, person.start) + 1;
  // "Fano, led by Zemene Kassie, a former officer, said": a person inside another apposition
  // does not speak for it.
  if (from > 0 && /^(?:by|of|with|to|from|for|and|under)$/.test(ws[from - 1].w)) return null;
  return { key: person.key, from, to: c };
}

/**
 * "“…,” X Y, director of information in Khost told AFP": after a quotation, a person and then a
 * role whose closing comma is left out before the verb at v.
 */
function personBeforeOpenRole(ws: Word[], v: number, ctx: SpeakerContext): SpeakerHit | null {
  let c = v - 1;
  while (c > 0 && v - c <= 12 && ws[c].w !== ',') {
    if (/^[.;:!?“”"()]$/.test(ws[c].w)) return null;
    c--;
  }
  if (c <= 0 || ws[c].w !== ',') return null;
  // The role heads the phrase: "director of …", "the provincial spokesman for …".
  const heads = verbLexicon().descriptionHeads.roleHeads;
  const head = ws.slice(c + 1, Math.min(v, c + 5)).findIndex((w) => heads.includes(w.w));
  if (head < 0 || ws.slice(c + 1, c + 1 + head).some((w) => !/^\p{Ll}/u.test(ctx.text.slice(w.start, w.end))))
    return null;
  const person = ctx.entities.find((e) => e.type === 'person' && e.end === ws[c - 1].end);
  if (!person) return null;
  const from = wordIndexBefore(ws, person.start) + 1;
  if (from < 1 || !CLOSE_QUOTE.has(ws[from - 1].w)) return null;
  return { key: person.key, from, to: c };
}

/** "identifying himself as “X”", "who calls herself X" right before the verb at v: the name X. */
export function selfNamedBefore(ws: Word[], v: number, ctx: SpeakerContext): SpeakerHit | null {
  let e = v;
  if (CLOSE_QUOTE.has(ws[e - 1]?.w ?? '')) e--;
  let from = e;
  while (from > 0 && e - from < 5 && /^\p{Lu}/u.test(ctx.text.slice(ws[from - 1].start, ws[from - 1].end)))
    from--;
  if (from === e) return null;
  let k = from;
  if (/^[“«„"]$/.test(ws[k - 1]?.w ?? '')) k--;
  if (ws[k - 1]?.w === 'as') k--;
  if (!/^(?:himself|herself|themselves|itself)$/.test(ws[k - 1]?.w ?? '')) return null;
  if (
    !/^(?:identifying|identified|calling|calls|called|describing|described|introducing|introduced)$/.test(
      ws[k - 2]?.w ?? '',
    )
  )
    return null;
  const span = { start: ws[from].start, end: ws[e - 1].end };
  return { key: null, from, to: v, generic: { name: ctx.text.slice(span.start, span.end), span } };
}
