/**
 * Who says it, when named after the verb: "…,” said X", "…, said the ministry", "…, said
 * Ukraine's top commander in the east, X", or a generic or described source there.
 */
import { countryByCapital } from '../geo/countries.ts';
import { isFunctionWord } from '../nlp/function-words.ts';
import type { EntityMention } from '../types.ts';
import { ISSUED_DOCUMENTS } from './claim-resolve.ts';
import { describedAfter } from './speaker-descriptions.ts';
import {
  covering,
  genericEnding,
  nationalAdjective,
  type SpeakerContext,
  type SpeakerHit,
} from './speaker-phrases.ts';
import { isTitleWord, MAX_TITLE } from './titles.ts';
import { verbAt } from './verbs.ts';
import type { Word } from './words.ts';

/** Words a title run may hold besides titles: "said city police chief X", "said the district's governor X". */
const TITLE_GLUE = new Set([
  'of',
  'for',
  'the',
  "'s",
  '-',
  'city',
  'town',
  'district',
  'provincial',
  'regional',
  'local',
  'county',
  // "said the group's political branch spokesman X", "said its armed wing spokesman X"
  'political',
  'military',
  'armed',
  'branch',
  'wing',
  'press',
  'media',
]);

/**
 * A speaker right after the verb: "…,” said X" / "…, said the ministry". `bodies`: a body described
 * by its head after "the" may speak ("said the ministry").
 */
export function speakerAfter(ws: Word[], to: number, ctx: SpeakerContext, bodies = true): SpeakerHit[] {
  // "…, said Russian Foreign Minister X", "…, said Ukrainian army spokesman X": step over the
  // title words to the name; a person named in the title run is the speaker, else the first name.
  const start = ws[to] && /^(the|a|an)$/.test(ws[to].w) ? to + 1 : to;
  let first: { m: EntityMention; k: number } | null = null;
  let person: { m: EntityMention; k: number } | null = null;
  for (let k = start; k < ws.length && k - start < MAX_TITLE; k++) {
    const m = covering(ctx, ws[k]);
    if (m) {
      first ??= { m, k };
      if (m.type === 'person') {
        person = { m, k };
        // "said Nord-Kivu governor X": a name that a title follows is the title's modifier.
        let q = k;
        while (q < ws.length && ws[q].end <= m.end) q++;
        const r = q;
        while (
          q < ws.length &&
          q - r < MAX_TITLE &&
          !covering(ctx, ws[q]) &&
          isTitleWord(ws[q], ctx.text, ctx.entities)
        )
          q++;
        const next = q > r && q < ws.length ? covering(ctx, ws[q]) : null;
        if (next?.type === 'person') person = { m: next, k: q };
        break;
      }
      while (k + 1 < ws.length && ws[k + 1].end <= m.end) k++;
      continue;
    }
    if (!TITLE_GLUE.has(ws[k].w) && !isTitleWord(ws[k], ctx.text, ctx.entities)) break;
    // Lower-case title words lead to a name; a capitalised word that is no name ends the run.
    if (first && !person && /^\p{Lu}/u.test(ctx.text.slice(ws[k].start, ws[k].end))) break;
  }
  // "…,” said villager X", "said the channel's military analyst Col. X": a role noun no title list
  // holds, right before the name.
  if (!person) {
    for (let k = start; k < ws.length && k - start < 7; k++) {
      const m = covering(ctx, ws[k]);
      if (m?.type === 'person') {
        if (k > start) person = { m, k };
        break;
      }
      if (m) {
        while (k + 1 < ws.length && ws[k + 1].end <= m.end) k++;
        continue;
      }
      const raw = ctx.text.slice(ws[k].start, ws[k].end);
      if (!/^\p{Ll}+$/u.test(raw) && !isTitleWord(ws[k], ctx.text, ctx.entities)) break;
      // (A function word or a verb ends the run: "said villager X", not "said on Monday that X".)
      if ((isFunctionWord(ws[k].w) && ws[k].w !== "'s") || verbAt(ws, k)) break;
    }
  }
  // "…, said Ukraine's top commander in the east, Oleksandr Syrskyi": the name after the title.
  if (!person) {
    for (let k = start; k < ws.length && k - start < 10; k++) {
      if (/^[.;:!?“”"]$/.test(ws[k].w) || (k > start && verbAt(ws, k))) break;
      if (ws[k].w !== ',') continue;
      for (let n = k + 1; n < ws.length && n - k <= 4; n++) {
        const m = covering(ctx, ws[n]);
        if (m?.type === 'person') {
          person = { m, k: n };
          break;
        }
        if (!isTitleWord(ws[n], ctx.text, ctx.entities)) break;
      }
      // A name the entity layer did not know: two to four capitalised words ending the clause.
      if (!person) {
        let e = k + 1;
        while (e < ws.length && e - k <= 4 && /^\p{Lu}\p{Ll}/u.test(ctx.text.slice(ws[e].start, ws[e].end)))
          e++;
        if (e - (k + 1) >= 2 && (e >= ws.length || /^[.,;]$/.test(ws[e].w))) {
          const span = { start: ws[k + 1].start, end: ws[e - 1].end };
          return [
            { key: null, from: to, to: e, generic: { name: ctx.text.slice(span.start, span.end), span } },
          ];
        }
      }
      break;
    }
  }
  const hit = person ?? first;
  if (hit) {
    const m = hit.m;
    let end = hit.k;
    while (end < ws.length && ws[end].end <= m.end) end++;
    const hits: SpeakerHit[] = [{ key: m.key, from: to, to: end }];
    // "by Paris and Moscow"
    if (ws[end]?.w === 'and' && ws[end + 1]) {
      const other =
        covering(ctx, ws[end + 1]) ??
        (ws[end + 1].w === 'the' && ws[end + 2] ? covering(ctx, ws[end + 2]) : null);
      // ("blamed by Amnesty and aid agencies": an unnamed source coordinated after the name.)
      // ("welcomed by the UN and the army said …": the subject of a clause of its own.)
      const next = other ? null : genericAt(ws, end + 1, ctx);
      const generic =
        next && next.from === end + 1 && !(next.to < ws.length && verbAt(ws, next.to)) ? next : null;
      if (other && other.key !== m.key) {
        let e2 = end + 1;
        while (e2 < ws.length && ws[e2].end <= other.end) e2++;
        hits.push({ key: other.key, from: end + 1, to: e2 });
      } else if (generic) {
        hits.push(generic);
      } else if (!other && m.type === 'country') {
        // "accused by Paris and Moscow": a capital coordinated with a country speaks for its own.
        const city = ctx.entities.find(
          (e) => e.type === 'place' && e.start <= ws[end + 1].start && ws[end + 1].end <= e.end,
        );
        const state = city ? countryByCapital(city.name) : null;
        const key = state ? `country:${state.iso2.toLowerCase()}` : null;
        if (city && key && key !== m.key) {
          let e2 = end + 1;
          while (e2 < ws.length && ws[e2].end <= city.end) e2++;
          hits.push({ key, from: end + 1, to: e2 });
        }
      }
    }
    return hits;
  }
  const generic = genericAt(ws, to, ctx);
  if (generic) return [generic];
  const described = describedAfter(ws, to, ctx, bodies);
  if (described) return [described];
  // "“…,” said the statement (signed by X)": the document speaks for its issuer, found later —
  // only right after an inverted verb of saying.
  const inverted = to > 1 && verbAt(ws, to - 1) !== null && /^(?:,|[”"’»])$/.test(ws[to - 2].w);
  const doc = inverted ? documentAt(ws, to) : null;
  if (!doc) return [];
  // ("said the statement signed by the defence minister", "said a statement from the army": its issuer.)
  const by =
    /^(?:signed|issued|released|sent)$/.test(ws[doc.to]?.w ?? '') && ws[doc.to + 1]?.w === 'by'
      ? doc.to + 2
      : ws[doc.to]?.w === 'from'
        ? doc.to + 1
        : -1;
  const issuer = by > 0 ? speakerAfter(ws, by, ctx, bodies) : [];
  return issuer.length ? issuer.map((h) => ({ ...h, from: to })) : [doc];
}

/** Documents that speak for who issued them, as words: "statement", "communique". */
const DOCUMENT_WORD = new RegExp(`^(?:${ISSUED_DOCUMENTS})$`);

/** "the statement", "a joint communique" from word `to`, as an unnamed source; null when none. */
function documentAt(ws: Word[], to: number): SpeakerHit | null {
  if (!/^(?:the|a|an|its|their)$/.test(ws[to]?.w ?? '')) return null;
  let k = to + 1;
  if (/^(?:joint|brief|written)$/.test(ws[k]?.w ?? '')) k++;
  if (!DOCUMENT_WORD.test(ws[k]?.w ?? '')) return null;
  return {
    key: null,
    from: to,
    to: k + 1,
    generic: { name: `the ${ws[k].w}`, span: { start: ws[to].start, end: ws[k].end } },
  };
}

/**
 * An unnamed source of one to three words from word `to` ("officials", "local sources"), with a
 * nation's adjective before its head ("according to Iranian sources"). Null when there is none.
 */
function genericAt(ws: Word[], to: number, ctx: SpeakerContext): SpeakerHit | null {
  for (let len = 3; len >= 1; len--) {
    const g = genericEnding(ws, to + len);
    if (g && to + len - g.length >= to) {
      const head = to + len - g.length;
      const from = head > to && nationalAdjective(ctx.text, ws[head - 1]) ? head - 1 : head;
      const span = { start: ws[from].start, end: ws[to + len - 1].end };
      return { key: null, from, to: to + len, generic: { name: ctx.text.slice(span.start, span.end), span } };
    }
  }
  return null;
}
