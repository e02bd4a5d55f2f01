/**
 * Attributed statements: "X said …", "…, X said", "according to X", "a claim dismissed by X",
 * "both sides accused each other" (two claims), direct quotes across sentences — each with its
 * speaker resolved to an entity key, its kind, and the denials linked to what they deny. Pure.
 */
import type { ClaimKind } from '../../report/contract.ts';
import type { ClaimItem, EntityMention, Sentence, Span, TimeMention } from '../types.ts';
import { claimKind } from './claim-kind.ts';
import {
  contradictions,
  dropNestedDuplicates,
  foldElaborations,
  quoteSentences,
  trimSpan,
} from './claim-links.ts';
import { documentIssuer, mainParties, resolvePronoun } from './claim-resolve.ts';
import {
  isCloseQuote,
  isPronoun,
  type SpeakerContext,
  type SpeakerHit,
  speakerAfter,
  speakerBefore,
} from './speakers.ts';
import { titleStart } from './titles.ts';
import { verbAt, verbLexicon } from './verbs.ts';
import { indexOf, type Word, words } from './words.ts';

export interface ClaimInput {
  text: string;
  published: string | null;
  sentences: Sentence[];
  entities: EntityMention[];
  times: TimeMention[];
}

export interface ClaimOutput {
  claims: ClaimItem[];
  /** Entities the extractor had to create: generic sources ("officials", "analysts"). */
  entities: EntityMention[];
}

const OPEN_QUOTES = /[“"«„‘]/;
const AUXILIARY = /^(has|have|had|also|then|later|again|would|will|did|does)$/;
const NEGATED_BEFORE =
  /\b(?:not|n't|never|rarely|seldom|declined to|refused to)(?:\s+(?:immediately|publicly|yet|officially))?$/;
const PASSIVE_NEXT = new Set(['by']);

function isQuote(text: string, s: Span): boolean {
  const t = text.slice(s.start, s.end).trim();
  return /^[“"«„‘]/.test(t) || /[”"»’]$/.test(t);
}

function claimDate(times: TimeMention[], span: Span): string | null {
  const t = times.find(
    (x) => x.start >= span.start && x.end <= span.end && x.date.precision === 'day' && !x.future,
  );
  return t?.date.start ?? null;
}

interface Draft {
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
function subjectOf(ws: Word[], v: number, ctx: SpeakerContext): SpeakerHit[] {
  const limit = ws[v].start;
  const first = ctx.entities
    .filter((e) => e.type !== 'place' && e.start >= ws[0].start && e.end <= limit)
    .sort((a, b) => a.start - b.start)[0];
  if (!first) {
    // "The paramilitary group posted a video … and said …": a source noun phrase opening the sentence.
    for (let n = Math.min(v - 1, 6); n >= 2; n--) {
      const hits = speakerBefore(ws, n, ctx);
      if (
        hits.length === 1 &&
        hits[0].from === 0 &&
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
  const from = ws.findIndex((w) => w.start >= first.start);
  let to = from;
  while (to < ws.length && ws[to].end <= first.end) to++;
  return [{ key: first.key, from, to }];
}

/** What introduces a later attribution in the same sentence: ", but", ", a claim", " — a charge". */
const LATER_ATTRIBUTION =
  /(?:\bbut|(?:,|\s[—–])(?:\s+(?:a|an|the)\s+(?:claim|charge|allegation|accusation|report|version)s?)?)\s*$/;

function draftsFor(input: ClaimInput, si: number, ws: Word[]): Draft[] {
  const { text } = input;
  const sent = input.sentences[si];
  const ctx = { text, entities: input.entities, times: input.times };
  const out: Draft[] = [];
  const used = new Set<number>();
  for (let i = 0; i < ws.length; i++) {
    const v = verbAt(ws, i);
    if (!v) continue;
    // A verb form inside a name is no verb: "the United States", "Edward Said".
    if (input.entities.some((e) => e.start <= ws[i].start && ws[i].end <= e.end)) continue;
    // "did not say", "has not commented", "declined to comment": nothing was said.
    if (
      NEGATED_BEFORE.test(
        ws
          .slice(Math.max(0, i - 3), i)
          .map((w) => w.w)
          .join(' '),
      )
    )
      continue;
    // "would respond to any attack": answering with arms, not words.
    if (/^(respond|reply)$/.test(v.entry.lemma) && ws[v.to]?.w === 'to') continue;
    // "officials briefing reporters on Saturday stressed …": the briefing is how the main verb was said.
    if (
      v.participle &&
      verbLexicon().addresseeVerbs.includes(v.entry.lemma) &&
      ws[i - 1]?.w !== ',' &&
      ws.slice(v.to).some((_, k) => verbAt(ws, v.to + k) !== null)
    )
      continue;
    // "observed the ceasefire", "maintains an office": not speech ("observed that …", "…, he observed").
    if (
      verbLexicon().clauseOnlyVerbs.verbs.includes(v.entry.lemma) &&
      !/^(that|,|\.|:|[”"’])$/.test(ws[v.to]?.w ?? '.') &&
      // "posted on Telegram that …"
      !(
        /^(on|in)$/.test(ws[v.to]?.w ?? '') &&
        ws.slice(v.to + 1, v.to + 5).some((w) => /^(that|:)$/.test(w.w))
      )
    )
      continue;
    // The agent of a passive ("accused by X", "dismissed as “nonsense” by X") is the speaker.
    let speakers: SpeakerHit[] = [];
    let inverted = false;
    let passive = false;
    if (PASSIVE_NEXT.has(ws[v.to]?.w ?? '') && v.past) {
      speakers = speakerAfter(ws, v.to + 1, ctx);
      passive = speakers.length > 0;
    }
    // "…, accusing X of …": a participle after a comma continues the subject of the clause, not
    // the noun just before the comma.
    if (!speakers.length) speakers = speakerBefore(ws, i, ctx);
    const lastDraft = out[out.length - 1];
    if (
      v.participle &&
      i > 0 &&
      ws[i - 1].w === ',' &&
      speakers.length &&
      !speakers.some((s) => lastDraft?.speakers.some((p) => p.key === s.key && p.from === s.from))
    )
      speakers = [];
    if (!speakers.length && v.past && ws[v.to] && ws[v.to].w === 'as') {
      // "dismissed as “nonsense” by X"
      let k = v.to + 1;
      while (k < ws.length && k < v.to + 8 && ws[k].w !== 'by') k++;
      if (ws[k]?.w === 'by') {
        speakers = speakerAfter(ws, k + 1, ctx);
        passive = speakers.length > 0;
      }
    }
    const sayLike =
      !v.participle &&
      verbLexicon().sayVerbs.includes(v.entry.lemma) &&
      !verbLexicon().addresseeVerbs.includes(v.entry.lemma);
    if (!speakers.length && sayLike && i > 0 && (ws[i - 1].w === ',' || isCloseQuote(ws[i - 1]))) {
      speakers = speakerAfter(ws, v.to, ctx);
      inverted = speakers.length > 0;
    }
    // Clauses that share the subject of the sentence: "X accused … and warned …", "…, urging …",
    // "X talked to Y to emphasise …".
    let inherited = false;
    // "… but has repeatedly denied": the conjunction before auxiliaries and adverbs.
    let p = i - 1;
    while (p > 0 && (AUXILIARY.test(ws[p].w) || (/ly$/.test(ws[p].w) && ws[p].w.length > 4))) p--;
    const prevWord = ws[p]?.w;
    // "X accused the army of a massacre and said …": a noun inside the clause before "and" is
    // that clause's object, not the subject of the verb after it — unless it stands right before
    // "and" ("… and the army said").
    const lastInSentence = out[out.length - 1];
    if (
      (prevWord === 'and' || prevWord === 'but') &&
      lastInSentence &&
      speakers.length &&
      !passive &&
      speakers.every(
        (s) =>
          s.to < p &&
          ws[s.from].start >= lastInSentence.content.start &&
          ws[s.to - 1].end <= lastInSentence.content.end,
      )
    )
      speakers = [];
    if (!speakers.length && (v.participle || prevWord === 'and' || prevWord === 'but' || prevWord === 'to')) {
      const last = out[out.length - 1];
      speakers = last ? last.speakers : subjectOf(ws, i, ctx);
      inherited = speakers.length > 0;
      if (last && inherited && (prevWord === 'and' || prevWord === 'but')) {
        last.content = trimSpan(text, { start: last.content.start, end: ws[p].start });
        last.mention = { start: last.mention.start, end: Math.max(last.content.end, last.mention.start) };
      }
    }
    if (!speakers.length) continue;
    if (!inherited && speakers.some((s) => used.has(s.from) && !s.reciprocal && !inverted)) continue;
    const spFrom = Math.min(...speakers.map((s) => s.from));
    const spTo = Math.max(...speakers.map((s) => s.to));
    // Inverted attribution: the content is what stands before ", X said" in the sentence.
    // "…,” Taliban spokesman X said": the title between the quotation and the name is the speaker's.
    const titled = titleStart(ws, spFrom, text, input.entities);
    const titleFrom = titled < spFrom && titled > 0 && /^[,”"»]$/.test(ws[titled - 1].w) ? titled : spFrom;
    const before =
      titleFrom > 0 ? ws[ws[titleFrom - 1].w === 'the' ? titleFrom - 2 : titleFrom - 1] : undefined;
    // "…, X said (on Monday)." — the verb ends the sentence but for a few words of adjuncts.
    const tail = ws.slice(v.to).filter((w) => !/^[.,;:!?”"’)]$/.test(w.w));
    // "“…,” he warned, saying …": a participle clause after the verb does not stop the inversion.
    // "…, the army said late Wednesday, adding …": a time may stand between.
    let afterVerb = v.to;
    for (const t of input.times)
      if (ws[afterVerb] && t.start <= ws[afterVerb].start + 6 && t.start >= ws[v.to - 1].end)
        while (afterVerb < ws.length && ws[afterVerb].end <= t.end) afterVerb++;
    const participleNext = ws[afterVerb]?.w === ',' && /ing$/.test(ws[afterVerb + 1]?.w ?? '');
    // "…, an insurgent source told AFP (on Sunday)." — told whom, then nothing more.
    const toldWhom =
      !v.participle &&
      verbLexicon().addresseeVerbs.includes(v.entry.lemma) &&
      tail.length > 0 &&
      !tail.some((w) => w.w === 'that');
    const invertedBefore =
      !passive &&
      (sayLike || toldWhom || (!v.participle && isCloseQuote(before))) &&
      (before?.w === ',' || isCloseQuote(before)) &&
      spFrom > 2 &&
      (tail.length < 8 || participleNext) &&
      tail[0]?.w !== 'that';
    let content: Span;
    let mention: Span;
    if (inverted || invertedBefore) {
      const edge = inverted ? ws[i - 1] : (before as Word);
      const end = isCloseQuote(edge) ? edge.end : edge.start;
      content = trimSpan(text, { start: sent.start, end });
      mention = { start: content.start, end: ws[Math.max(v.to, spTo) - 1].end };
    } else if (passive) {
      const from = Math.max(0, i - 3);
      content = trimSpan(text, { start: ws[from].start, end: ws[v.to - 1].end });
      mention = { start: ws[from].start, end: ws[spTo - 1].end };
    } else {
      let c = v.to;
      // "told reporters that …", "told AFP …": the addressee is not the content.
      if (verbLexicon().addresseeVerbs.includes(v.entry.lemma)) {
        const addressee = ctx.entities.find((e) => e.start === ws[c]?.start);
        if (addressee) while (c < ws.length && ws[c].end <= addressee.end) c++;
        else if (ws[c] && /^(reporters|journalists|him|her|them|us|me|parliament|lawmakers)$/.test(ws[c].w))
          c++;
      }
      if (ws[c]?.w === 'that' || ws[c]?.w === ':' || ws[c]?.w === ',') c++;
      const bare = c >= ws.length || /^[.!?]$/.test(ws[c].w);
      const quoted = bare && sayLike && spFrom === 0 ? quoteBefore(input, si) : null;
      if (quoted) {
        // “….” Mujahid said. — the quotation just before is what was said.
        content = quoted;
        mention = { start: quoted.start, end: ws[v.to - 1].end };
      } else {
        // "Y denied that." / "Y rejected it.": the object refers back to an earlier claim.
        content = bare
          ? { start: ws[i].start, end: ws[Math.min(ws.length, v.to + 1) - 1].end }
          : trimSpan(text, { start: ws[c].start, end: sent.end });
        mention = { start: inherited ? ws[i].start : ws[spFrom].start, end: content.end };
      }
    }
    if (content.end <= content.start) continue;
    // "X and Y said in a joint statement": one statement, one claim (under the first named).
    if (
      speakers.length > 1 &&
      !speakers.some((x) => x.reciprocal) &&
      /^\W*(?:\w+\s+){0,3}?in\s+a\s+joint\s+(?:statement|communiqu|declaration)/i.test(
        text.slice(ws[v.to - 1].end, sent.end),
      )
    )
      speakers = speakers.slice(0, 1);
    for (let k = spFrom; k < spTo; k++) used.add(k);
    out.push({
      speakers,
      verbKind: v.entry.kind,
      lemma: v.entry.lemma,
      mention,
      content,
      quote: isQuote(text, content) || OPEN_QUOTES.test(text.slice(content.start, content.start + 1)),
      sentence: si,
      // When it was said: "On Monday, X said …", "X said on Monday that …", "…, X said on Monday."
      dateSpan:
        content.start >= ws[spFrom].start
          ? { start: sent.start, end: content.start }
          : { start: content.end, end: sent.end },
    });
    // A later attribution in the same sentence (", a claim dismissed by Y", ", but Y denied")
    // ends the content of the one before it.
    const prev = out.length >= 2 ? out[out.length - 2] : null;
    const lead = LATER_ATTRIBUTION.exec(text.slice(sent.start, mention.start));
    if (prev && prev.content.end > mention.start && (passive || lead)) {
      // The content ends before the apposition that introduces the answer: "…, a claim", "— a charge".
      const end = lead ? Math.min(mention.start, sent.start + lead.index) : mention.start;
      prev.content = trimSpan(text, { start: prev.content.start, end });
      prev.mention = {
        start: prev.mention.start,
        end: Math.max(prev.content.end, Math.min(prev.mention.end, end)),
      };
    }
  }
  // "according to X": the rest of the sentence is X's — or, with several in one sentence ("A,
  // according to X, and B, according to Y"), the clause each one closes.
  const s = text.slice(sent.start, sent.end);
  const found: { at: number; spEnd: number; sp: SpeakerHit[] }[] = [];
  for (const m of s.matchAll(/\baccording to\b/gi)) {
    const at = sent.start + (m.index ?? 0);
    const k = ws.findIndex((w) => w.start >= at + m[0].length);
    if (k < 0) continue;
    const sp = speakerAfter(ws, k, ctx);
    if (!sp.length) {
      // "according to an announcement from the prosecutor's office": look a few words further.
      for (let j = k + 1; j < Math.min(ws.length, k + 8) && !sp.length; j++)
        sp.push(...speakerAfter(ws, j, ctx));
    }
    if (!sp.length) continue;
    // "according to a joint statement from X and Y": one statement, one claim (under the first).
    const joint = /\bjoint\b/i.test(text.slice(at, ws[sp[0].from]?.start ?? at));
    found.push({ at, spEnd: ws[Math.max(...sp.map((x) => x.to)) - 1].end, sp: joint ? sp.slice(0, 1) : sp });
  }
  found.forEach((f, n) => {
    let mention = trimSpan(text, sent);
    let content = mention;
    if (found.length > 1) {
      const opening = !text.slice(sent.start, f.at).trim();
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

/** The previous sentence of the paragraph when it is only a quotation (“…” or "…"). */
function quoteBefore(input: ClaimInput, si: number): Span | null {
  const prev = input.sentences[si - 1];
  if (!prev || prev.paragraph !== input.sentences[si].paragraph) return null;
  const span = trimSpan(input.text, prev);
  const t = input.text.slice(span.start, span.end);
  if (!/[”"»]$/.test(t)) return null;
  // The whole sentence quoted, or the end of a quotation opened in an earlier sentence.
  const closesEarlier =
    (t.match(/[”»]/g) ?? []).length > (t.match(/[“«„]/g) ?? []).length ||
    (t.match(/"/g) ?? []).length % 2 === 1;
  return /^[“"«„]/.test(t) || closesEarlier ? span : null;
}

/** Extends a content that closes a quote opened in an earlier sentence of the same paragraph. */
function extendQuote(input: ClaimInput, d: Draft): void {
  const t = input.text.slice(d.content.start, d.content.end);
  const opens = (t.match(/[“«„]/g) ?? []).length;
  const closes = (t.match(/[”»]/g) ?? []).length;
  // Straight quotes do not say which way they face: an odd count closing the content closes a
  // quotation opened before it.
  const straight = (t.match(/"/g) ?? []).length % 2 === 1 && /"[\s,.]*$/.test(t);
  if (closes <= opens && !straight) return;
  const para = input.sentences[d.sentence].paragraph;
  // From the sentence before the one the content starts in (a quotation before "X said." is its own).
  let from = d.sentence;
  while (from > 0 && input.sentences[from].start > d.content.start) from--;
  for (let k = from - 1; k >= 0 && input.sentences[k].paragraph === para && from - k <= 4; k--) {
    const s = input.sentences[k];
    const st = input.text.slice(s.start, s.end);
    const open = straight
      ? (st.match(/"/g) ?? []).length % 2 === 1
        ? st.lastIndexOf('"')
        : -1
      : st.search(/[“«„]/);
    if (open >= 0) {
      d.content = { start: s.start + open, end: d.content.end };
      d.mention = { start: Math.min(d.mention.start, s.start + open), end: d.mention.end };
      d.quote = true;
      return;
    }
  }
}

/** "A, and that B": the content's coordinated that-clauses (quotes are not split). */
function thatClauses(text: string, content: Span): Span[] {
  const t = text.slice(content.start, content.end);
  const out: Span[] = [];
  let from = 0;
  for (const m of t.matchAll(/,?\s+and\s+that\s+/g)) {
    const at = m.index ?? 0;
    const before = t.slice(0, at);
    // Inside an open quotation the words are the speaker's own: leave them whole.
    if ((before.match(/[“«]/g) ?? []).length > (before.match(/[”»]/g) ?? []).length) continue;
    out.push(trimSpan(text, { start: content.start + from, end: content.start + at }));
    from = at + m[0].length;
  }
  if (!out.length) return [content];
  out.push(trimSpan(text, { start: content.start + from, end: content.end }));
  return out.filter((x) => x.end > x.start);
}

export function extractClaims(input: ClaimInput): ClaimOutput {
  const claims: ClaimItem[] = [];
  const created = new Map<string, EntityMention>();
  const sentenceOf: number[] = [];
  input.sentences.forEach((sent, si) => {
    const ws = words(input.text, sent);
    for (const d of draftsFor(input, si, ws)) {
      extendQuote(input, d);
      let keys: (string | null)[] = [];
      for (const s of d.speakers) {
        if (s.reciprocal) {
          const parties = mainParties(input.entities);
          keys.push(...(parties.length === 2 ? parties : [null]));
          continue;
        }
        const pronoun = isPronoun(ws, s);
        const resolved = pronoun
          ? resolvePronoun(
              pronoun,
              ws[s.from].start,
              input.entities,
              claims.length ? claims[claims.length - 1] : null,
              input,
              sent,
            )
          : null;
        if (pronoun && (resolved || !pronoun.includes(' '))) keys.push(resolved);
        else if (pronoun) {
          // "the statement said": the party that issued it, named earlier.
          const issuer = documentIssuer(input, pronoun, claims, sent, d.mention.start);
          if (issuer) {
            keys.push(issuer);
            continue;
          }
          // "the army" with no army named before: a source of its own.
          const name = pronoun.replace(/^(the|a|an)\s+/, '');
          const key = `source:${name}`;
          const span = { start: ws[s.from].start, end: ws[s.to - 1].end };
          created.set(`${key}@${span.start}`, { ...span, type: 'group', name, key });
          keys.push(key);
        } else if (s.generic) {
          const issuer = documentIssuer(input, s.generic.name, claims, sent, d.mention.start);
          if (issuer) {
            keys.push(issuer);
            continue;
          }
          const key = `source:${s.generic.name.toLowerCase().replace(/^(the|a|an|one)\s+/, '')}`;
          created.set(`${key}@${s.generic.span.start}`, {
            ...s.generic.span,
            type: 'group',
            name: s.generic.name.replace(/^(the|a|an|one)\s+/i, ''),
            key,
          });
          keys.push(key);
        } else keys.push(s.key);
      }
      keys = [...new Set(keys)];
      const date = claimDate(input.times, d.dateSpan);
      const parts = d.quote ? [d.content] : thatClauses(input.text, d.content);
      for (const speaker of keys) {
        parts.forEach((content, n) => {
          // "said A and that B": two things said, each with its own kind; the first keeps the verb.
          const mention =
            parts.length === 1
              ? d.mention
              : n === 0
                ? { start: Math.min(d.mention.start, content.start), end: content.end }
                : {
                    start: content.start,
                    end: n === parts.length - 1 ? Math.max(content.end, d.mention.end) : content.end,
                  };
          const kind = claimKind(input, d.verbKind, content, speaker, d.lemma, d.quote);
          claims.push({ ...mention, speaker, kind, quote: d.quote, content, date });
          sentenceOf.push(si);
        });
      }
    }
  });
  quoteSentences(input, claims, sentenceOf);
  const nested = dropNestedDuplicates(claims, sentenceOf);
  const kept = foldElaborations(input.text, nested.claims, nested.sentenceOf);
  contradictions(kept.claims, kept.sentenceOf, input.entities, input.text);
  return { claims: kept.claims, entities: [...created.values()] };
}
