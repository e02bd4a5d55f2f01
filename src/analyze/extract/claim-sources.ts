/**
 * Where a claim's words come from when the reporting verb alone does not say: "according to X",
 * the subject a later clause shares, "quoted X as saying", ", citing X," — for claim-drafts.ts. Pure.
 */
import type { ClaimKind } from '../../report/contract.ts';
import { isFunctionWord } from '../nlp/function-words.ts';
import type { Span } from '../types.ts';
import { isQuote } from './claim-quotes.ts';
import { trimSpan } from './claim-tidy.ts';
import type { ClaimInput } from './claims.ts';
import { speakerAfter } from './speaker-after.ts';
import { genericEnding, inTime, RUN_BY, type SpeakerContext, type SpeakerHit } from './speaker-phrases.ts';
import { RECIPROCAL_SUBJECTS, speakerBefore } from './speakers.ts';
import { verbAt, verbLexicon } from './verbs.ts';
import { indexOf, type Word } from './words.ts';

export const OPEN_QUOTES = /[“"«„‘]/;
/** Words between a subject and its verb: auxiliaries and a few adverbs of time. */
export const AUXILIARY = /^(has|have|had|also|then|later|again|would|will|did|does)$/;

/** Counts and data: "according to army figures" — the modifier names the source. */
const COUNTS = /^(?:figures|data|estimates?|tally|tallies|counts?|statistics|calculations|records)$/i;

/** Adjectives of a count that name no body: "official figures", "preliminary data". */
const COUNT_ADJECTIVES =
  /^(?:official|unofficial|preliminary|provisional|latest|initial|final|updated|new|early|first|recent)$/;

/** Texts "according to" may cite that speak for no one by themselves (counts: see COUNTS). */
const TEXTS =
  /^(?:agreements?|deals?|accords?|laws?|plans?|resolutions?|rules|terms|constitution|information|assessments?|analysis|maps?|footage|documents?|text|draft|schedule|timetable|reports?|sources)$/i;
const notASource = (w: string) => TEXTS.test(w) || COUNTS.test(w);

export interface ClaimDraft {
  speakers: SpeakerHit[];
  verbKind: ClaimKind;
  /** The reporting verb's lemma; null for "according to". */
  lemma: string | null;
  mention: Span;
  content: Span;
  quote: boolean;
  sentence: number;
  /** The words between speaker and content, where "on Monday" tells when it was said. */
  dateSpan: Span;
}

/** The subject of a sentence: the first non-place entity before word index v. */
export function subjectOf(ws: Word[], v: number, ctx: SpeakerContext): SpeakerHit[] {
  // "Both sides traded fire … and said it was the other that started": each side says it.
  for (const p of RECIPROCAL_SUBJECTS)
    if (p.length > 1 && p.length < v && p.every((w, k) => ws[k]?.w === w))
      return [{ key: null, from: 0, to: p.length, reciprocal: true }];
  const limit = ws[v].start;
  // ("The Hamas-run health ministry …, saying": the body the modifier runs, not the modifier.)
  const first = ctx.entities
    .filter(
      (e) =>
        e.type !== 'place' &&
        e.start >= ws[0].start &&
        e.end <= limit &&
        !RUN_BY.test(ctx.text.slice(e.end, e.end + 14)),
    )
    .sort((a, b) => a.start - b.start)[0];
  if (!first) {
    // "The paramilitary group posted a video … and said …": a source noun phrase opening the sentence.
    for (let n = Math.min(v - 1, 6); n >= 1; n--) {
      const hits = speakerBefore(ws, n, ctx);
      // "The junta that seized power …, speaking of …": the article and a
      // modifier may stand before the source noun.
      if (
        hits.length === 1 &&
        (hits[0].from === 0 ||
          (hits[0].from <= 2 &&
            ws[0].w === 'the' &&
            ws
              .slice(1, hits[0].from)
              .every((w) => /^\p{Ll}[\p{L}-]*$/u.test(ctx.text.slice(w.start, w.end))))) &&
        hits[0].to === n &&
        (hits[0].description || hits[0].generic)
      )
        return hits;
    }
    // "The army did not comment but has denied …": a description opening the sentence.
    const desc = indexOf(verbLexicon().pronouns.organization).at(ws, 0);
    return desc && desc.len > 1 && desc.len < v
      ? [
          {
            key: null,
            from: 0,
            to: desc.len,
            description: ws
              .slice(0, desc.len)
              .map((w) => w.w)
              .join(' '),
          },
        ]
      : [];
  }
  let from = ws.findIndex((w) => w.start >= first.start);
  let to = from;
  while (to < ws.length && ws[to].end <= first.end) to++;
  // "An Al-Qaeda affiliate, JNIM, has claimed …": a name modifying the head noun gives way to the
  // name set beside that noun.
  let head = to;
  while (head < v && head - to < 2 && /^\p{Ll}[\p{L}-]*$/u.test(ctx.text.slice(ws[head].start, ws[head].end)))
    head++;
  let close = head + 1;
  while (close < v && close - head < 14 && ws[close].w !== ',') close++;
  const beside =
    head > to && ws[head]?.w === ',' && ws[close]?.w === ','
      ? ctx.entities.find(
          (e) => e.type !== 'place' && e.start >= ws[head + 1].start && e.end <= ws[close].start,
        )
      : undefined;
  if (beside) {
    from = ws.findIndex((w) => w.start >= beside.start);
    to = from;
    while (to < ws.length && ws[to].end <= beside.end) to++;
  }
  const hits: SpeakerHit[] = [{ key: (beside ?? first).key, from, to }];
  // "Both A and B appeared at a news conference to say …": each of the two says it.
  const second =
    ws[to]?.w === 'and' && ws[to + 1]
      ? ctx.entities.find((e) => e.type !== 'place' && e.start === ws[to + 1].start && e.end <= limit)
      : undefined;
  if (second && second.key !== first.key) {
    let end = to + 1;
    while (end < ws.length && ws[end].end <= second.end) end++;
    hits.push({ key: second.key, from: to + 1, to: end });
  }
  return hits;
}

/** ", citing X, reported": the cited phrase closes with a comma and the main reporting verb. */
export function citesSource(ws: Word[], from: number): boolean {
  let k = from;
  while (k < ws.length && k - from < 8 && ws[k].w !== ',') k++;
  let n = k + 1;
  while (n < ws.length && (AUXILIARY.test(ws[n].w) || /ly$/.test(ws[n].w))) n++;
  return ws[k]?.w === ',' && n < ws.length && verbAt(ws, n) !== null;
}

/** "quoted X as saying …" at verb word i (verb ends at `to`): X's draft, and the word to go on from. */
export function quotedAsSaying(
  input: ClaimInput,
  si: number,
  ws: Word[],
  i: number,
  to: number,
  lemma: string,
  participle: boolean,
): { draft: ClaimDraft; next: number } | null {
  if ((lemma !== 'quote' && lemma !== 'cite') || participle) return null;
  // "as saying", "as confirming", "as telling reporters": the verb of saying the quoted one used.
  const saying = (w: Word | undefined) => !!w && /ing$/.test(w.w) && verbLexicon().forms.has(w.w);
  let k = to;
  while (k < ws.length && k - to < 12 && !(ws[k].w === 'as' && saying(ws[k + 1]))) k++;
  if (ws[k]?.w !== 'as' || k === to || k + 2 >= ws.length) return null;
  const ctx = { text: input.text, entities: input.entities, times: input.times };
  // ("AFP quoted a local fisherman as saying": whoever is quoted, named or not.)
  const speakers = speakerAfter(ws.slice(0, k), to, ctx);
  if (!speakers.length) speakers.push(...quotedPhrase(ws, to, k, input.text));
  if (!speakers.length) return null;
  const { text } = input;
  const sent = input.sentences[si];
  const content = trimSpan(text, { start: ws[k + 2].start, end: sent.end });
  if (content.end <= content.start) return null;
  return {
    draft: {
      speakers,
      verbKind: 'statement',
      lemma: 'say',
      mention: { start: ws[i].start, end: content.end },
      content,
      quote: isQuote(text, content) || OPEN_QUOTES.test(text.slice(content.start, content.start + 1)),
      sentence: si,
      dateSpan: { start: sent.start, end: content.start },
    },
    next: k + 1,
  };
}

/** "a local fisherman" between "quoted" and "as saying": a determiner and up to four words, an unnamed source. */
function quotedPhrase(ws: Word[], from: number, as: number, text: string): SpeakerHit[] {
  if (!/^(?:a|an|the|one|two|three|several)$/.test(ws[from]?.w ?? '') || as - from < 2 || as - from > 5)
    return [];
  if (ws.slice(from + 1, as).some((w) => !/^[\p{L}-]+$/u.test(w.w))) return [];
  const span = { start: ws[from + 1].start, end: ws[as - 1].end };
  return [{ key: null, from, to: as, generic: { name: text.slice(span.start, span.end), span } }];
}

/** "local rescue groups", "local human rights organizations": a source named by up to four words and a generic head. */
function genericAfter(ws: Word[], k: number, text: string): SpeakerHit[] {
  for (let len = 5; len >= 1; len--) {
    if (k + len > ws.length || ws.slice(k, k + len).some((w) => !/^[\p{L}-]+$/u.test(w.w))) continue;
    const g = genericEnding(ws, k + len);
    if (!g) continue;
    const span = { start: ws[k].start, end: ws[k + len - 1].end };
    return [{ key: null, from: k, to: k + len, generic: { name: text.slice(span.start, span.end), span } }];
  }
  return [];
}

/** "in most media reports", "in local news reports": reports that carried a clause's words. */
const IN_REPORTS =
  /\b[Ii]n\s+((?:(?:most|many|some|several|local|other|earlier|recent|international|independent|state|foreign|Western)\s+){0,2}(?:media|news|press)\s+reports?)\b/g;

/** "according to X" in sentence si: the rest of the sentence is X's (or the clause it closes). */
export function accordingToDrafts(input: ClaimInput, si: number, ws: Word[]): ClaimDraft[] {
  const { text } = input;
  const sent = input.sentences[si];
  const ctx = { text, entities: input.entities, times: input.times };
  const out: ClaimDraft[] = [];
  // "according to X": the rest of the sentence is X's — or, with several in one sentence ("A,
  // according to X, and B, according to Y"), the clause each one closes.
  const s = text.slice(sent.start, sent.end);
  const found: { at: number; spEnd: number; sp: SpeakerHit[]; clause?: boolean }[] = [];
  // "per the BBC", "per Reuters": a source named right after, as with "according to".
  const cues = [
    ...s.matchAll(/\baccording to\b/gi),
    ...s.matchAll(/\b[Pp]er(?=\s+(?:the\s+)?\p{Lu})/gu),
  ].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  for (const m of cues) {
    const at = sent.start + (m.index ?? 0);
    const k0 = ws.findIndex((w) => w.start >= at + m[0].length);
    if (k0 < 0) continue;
    // "according to official figures": a count described by an adjective is the source as a whole.
    const d = /^(?:the|a|an)$/.test(ws[k0].w) ? k0 + 1 : k0;
    if (COUNT_ADJECTIVES.test(ws[d]?.w ?? '') && COUNTS.test(ws[d + 1]?.w ?? '')) {
      const span = { start: ws[d].start, end: ws[d + 1].end };
      found.push({
        at,
        spEnd: span.end,
        sp: [{ key: null, from: d, to: d + 2, generic: { name: text.slice(span.start, span.end), span } }],
      });
      continue;
    }
    // ("according to early hospital figures", "initial police reports": the adjective of the count
    // or text is no part of the source that made it.)
    let k = k0;
    if (COUNT_ADJECTIVES.test(ws[d]?.w ?? '') && ws.slice(d + 2, d + 4).some((w) => notASource(w.w)))
      k = d + 1;
    const sp = speakerAfter(ws, k, ctx);
    if (!sp.length) {
      // "according to an announcement from the prosecutor's office": look a few words further.
      for (let j = k + 1; j < Math.min(ws.length, k + 8) && !sp.length; j++)
        sp.push(...speakerAfter(ws, j, ctx, false));
    }
    // "according to the Observatory", "according to Amina Yusuf": whatever short noun phrase
    // follows is the source — the phrase itself says so.
    if (!sp.length) {
      const body = (w: string) =>
        verbLexicon().descriptionHeads.organisations.includes(w) ||
        verbLexicon().armedPartyNouns.nouns.includes(w);
      let e = k;
      while (
        e < ws.length &&
        e - k < 6 &&
        /^[\p{L}\d][\p{L}\d'’&.-]*$/u.test(ws[e].w) &&
        !/^(that|which|who)$/.test(ws[e].w) &&
        // the noun phrase ends at a participle or preposition: "a tally | based on …"
        !(
          e > k &&
          /^\p{Ll}/u.test(ws[e].w) &&
          // ("the Lagos-based security firm": a compound modifier is part of the phrase.)
          // ("the monitoring group": a modifier before a body's head noun.)
          ((/(?:ed|ing)$/.test(ws[e].w) && !ws[e].w.includes('-') && !body(ws[e + 1]?.w ?? '')) ||
            (isFunctionWord(ws[e].w) && !/^(of|the|a|an)$/.test(ws[e].w)))
        )
      )
        e++;
      // "according to army figures": the modifier before a count names its source.
      if (e - k >= 2 && COUNTS.test(ws[e - 1].w) && !/^(the|a|an)$/.test(ws[e - 2].w)) e--;
      // ("according to initial police reports": so does a bare modifier before "reports".)
      else if (
        e - k === 2 &&
        /^reports?$/.test(ws[e - 1].w) &&
        /^\p{Ll}+$/u.test(text.slice(ws[k].start, ws[k].end)) &&
        !isFunctionWord(ws[k].w)
      )
        e--;
      // ... but not a text or a count alone: "according to the agreement", "according to a tally".
      if (e > k && (e - k > 1 || /^\p{Lu}/u.test(ws[k].w) || body(ws[k].w)) && !notASource(ws[e - 1].w)) {
        const span = { start: ws[k].start, end: ws[e - 1].end };
        sp.push({ key: null, from: k, to: e, generic: { name: text.slice(span.start, span.end), span } });
      }
    }
    if (!sp.length) continue;
    // "…, the spokesman said, according to Reuters": the agency only carried what another said.
    const conduit = sp.every((h) => h.key?.startsWith('agency:'));
    const atWord = ws.findIndex((w) => w.start >= at);
    // (Only right after the attribution it carries: "…, X said, according to Reuters".)
    const carried = ws.slice(Math.max(0, atWord - 4), atWord).some((_, n) => {
      const hit = verbAt(ws, Math.max(0, atWord - 4) + n);
      return (
        hit !== null && ws.slice(hit.to, atWord).every((w) => w.w === ',' || w.w === 'on' || inTime(ctx, w))
      );
    });
    if (conduit && carried) continue;
    // "according to the police and two witnesses": a second source joined on speaks too.
    const last = sp[sp.length - 1];
    if (sp.length === 1 && ws[last.to]?.w === 'and' && ws[last.to + 1]) {
      const other = speakerAfter(ws, last.to + 1, ctx);
      const more = other.length ? other : genericAfter(ws, last.to + 1, text);
      const differs = more[0]?.key !== null ? more[0]?.key !== last.key : !!more[0]?.generic;
      if (more.length === 1 && differs) sp.push(more[0]);
    }
    // "according to a joint statement from X and Y": one statement, one claim (under the first).
    const joint = /\bjoint\b/i.test(text.slice(at, ws[sp[0].from]?.start ?? at));
    found.push({ at, spEnd: ws[Math.max(...sp.map((x) => x.to)) - 1].end, sp: joint ? sp.slice(0, 1) : sp });
  }
  // "… than the figure of 286 in most media reports": the reports are the source of the clause
  // they close (or, opening the sentence, of the rest).
  for (const m of s.matchAll(IN_REPORTS)) {
    const at = sent.start + (m.index ?? 0);
    if (found.some((f) => Math.abs(f.at - at) < 40)) continue;
    const from = ws.findIndex((w) => w.start >= at + m[0].indexOf(m[1]));
    const to = ws.findIndex((w) => w.end >= at + m[0].length);
    if (from < 0 || to < 0) continue;
    const span = { start: ws[from].start, end: ws[to].end };
    found.push({
      at,
      spEnd: span.end,
      sp: [{ key: null, from, to: to + 1, generic: { name: text.slice(span.start, span.end), span } }],
      clause: true,
    });
  }
  found.sort((a, b) => a.at - b.at);
  found.forEach((f, n) => {
    let mention = trimSpan(text, sent);
    let content = mention;
    const opening = !text.slice(sent.start, f.at).trim();
    if (f.clause && !opening) {
      // The clause the reports close: back to the last comma, dash or colon.
      const before = text.slice(sent.start, f.at);
      const cut = Math.max(...[',', ' – ', ' — ', ';', ':'].map((c) => before.lastIndexOf(c) + c.length));
      content = trimSpan(text, { start: sent.start + Math.max(0, cut), end: f.at });
      mention = { start: content.start, end: f.spEnd };
    } else if (found.length > 1) {
      content = opening
        ? trimSpan(text, { start: f.spEnd, end: found[n + 1]?.at ?? sent.end })
        : trimSpan(text, { start: n > 0 ? found[n - 1].spEnd : sent.start, end: f.at });
      mention = { start: Math.min(content.start, f.at), end: Math.max(content.end, f.spEnd) };
    }
    out.push({
      speakers: f.sp,
      verbKind: 'assertion',
      lemma: null,
      mention,
      content,
      quote: false,
      sentence: si,
      dateSpan: { start: f.at, end: f.at },
    });
  });
  return out;
}
