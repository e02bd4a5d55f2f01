/**
 * The speaker's own phrase ending right before the verb of saying, read back from it word by word
 * past times, adverbs and bracketed acronyms: a relative pronoun's antecedent, a name, a source
 * before a phrase of place, a generic source ("US officials"), a pronoun, a description.
 */
import { COMPASS, PLACE_NOUNS } from '../entities/classify-places.ts';
import { countryByCapital } from '../geo/countries.ts';
import { isFunctionWord } from '../nlp/function-words.ts';
import {
  appositionBefore,
  coordinatedNames,
  genericBeforePlace,
  includedList,
  nameBeforeComma,
  PREPOSITIONS,
} from './speaker-appositions.ts';
import { describedSource } from './speaker-descriptions.ts';
import { attributedDocument, issuedDocument, reportBody, unattributedReports } from './speaker-documents.ts';
import { alliesOf, webAddress, witnessAtBody } from './speaker-nouns.ts';
import {
  CLOSE_QUOTE,
  COUNTED,
  citedSource,
  covering,
  descriptionEnding,
  genericEnding,
  inTime,
  nationalAdjective,
  SKIP,
  type SpeakerContext,
  type SpeakerHit,
  speakerHead,
  wordIndexBefore,
} from './speaker-phrases.ts';
import { closeSource, participleSubject, personBeforeRole } from './speaker-subjects.ts';
import { AUXILIARY, OPEN_QUOTE, RECIPROCAL_SUBJECTS, speakerBefore } from './speakers.ts';
import { verbLexicon } from './verbs.ts';
import { matchBefore, phraseWords, WEEKDAY_NAME, type Word } from './words.ts';

const WEEKDAY = new RegExp(`^${WEEKDAY_NAME}$|^(?:today|yesterday|tonight|overnight)$`);
const BRIEFING = /^(briefing|telling|informing|briefed|told|informed)$/;
const STATE_SOURCES = /^(officials|authorities|an official|one official|a senior official|diplomats)$/;

/** Words between a relative pronoun and its verb of saying: "which also said", "who later told". */
const RELATIVE_ADVERBS =
  /^(?:also|later|then|again|earlier|previously|already|further|subsequently|has|had|have)$/;

/**
 * The speaker whose own phrase ends right before the verb at v: the cases above the loop first,
 * then word by word back from the verb.
 */
export function speakerRightBefore(ws: Word[], v: number, ctx: SpeakerContext): SpeakerHit[] {
  // "…,” Harold Ochieng, commanding officer of the 39th Battalion, said": the person before an
  // appositive that names a role, not the body the role belongs to.
  const appositive = personBeforeRole(ws, v, ctx);
  if (appositive) return [appositive];
  const relative = relativeAntecedent(ws, v, ctx);
  if (relative.length) return relative;
  // "“…,” a statement attributed to the Peruvian embassy in Quito said": the first party named after
  // "attributed to", the document opening the speaker's words.
  const attributed = attributedDocument(ws, v, ctx);
  if (attributed) return [attributed];
  // "X then put out a fresh statement saying …": the one who issued the document says it.
  const issuer = issuedDocument(ws, v, ctx.text);
  if (issuer > 0) {
    const by = speakerBefore(ws, issuer, ctx);
    if (by.length) return by;
  }
  // "a source close to Hezbollah said": the source, named by whom it is close to, is not that party.
  const close = closeSource(ws, v, ctx);
  if (close) return [close];
  // "The ADF militia battling troops near Beni on Monday denied …": the sentence's
  // subject, described by a participle phrase, not the last name in that phrase.
  const subject = participleSubject(ws, v, ctx);
  if (subject) return [subject];
  let j = v - 1;
  for (let steps = 0; j >= 0 && steps < 24; steps++) {
    const w = ws[j];
    const t = inTime(ctx, w);
    if (t) {
      j = wordIndexBefore(ws, t.start);
      continue;
    }
    if (SKIP.has(w.w) || (w.w.endsWith('ly') && w.w.length > 4 && !covering(ctx, w)) || WEEKDAY.test(w.w)) {
      j--;
      continue;
    }
    // "The police have in the past denied …", "has on several occasions rejected …".
    const adverbial = adverbialBefore(ws, j + 1);
    if (adverbial > 0) {
      j -= adverbial;
      continue;
    }
    // 'has "firmly" rejected': an adverb in quotation marks is stepped over like any other.
    if (
      (CLOSE_QUOTE.has(w.w) || OPEN_QUOTE.has(w.w)) &&
      j >= 2 &&
      /^\p{L}+ly$/u.test(ws[j - 1].w) &&
      (OPEN_QUOTE.has(ws[j - 2].w) || CLOSE_QUOTE.has(ws[j - 2].w))
    ) {
      j -= 3;
      continue;
    }
    if (CLOSE_QUOTE.has(w.w) || OPEN_QUOTE.has(w.w)) return [];
    // "The Libyan National Army (LNA) said": step over the bracketed acronym to the name.
    if (w.w === ')') {
      let k = j - 1;
      while (k >= 0 && j - k <= 8 && ws[k].w !== '(') k--;
      if (k > 0 && ws[k].w === '(') {
        j = k - 1;
        const head = speakerBeforePlaceAcronym(ws, j, ctx);
        if (head.length) return head;
        continue;
      }
      return [];
    }
    if (w.w === ',' && j > 0) {
      // "The state channel, citing the coalition, reported …": the source cited is the speaker.
      const cited = citedSource(ws, j, ctx);
      if (cited) return [cited];
    }
    if (w.w === ',' && j > 0) {
      // "Several states, including A, B and C, condemned …": each one listed speaks.
      const listed = includedList(ws, j, ctx);
      if (listed.length > 1) return listed;
    }
    if ((w.w === ',' || w.w === '—' || w.w === '–') && j > 0) {
      const named = nameBeforeComma(ws, j, v, ctx);
      if (named === 'step') {
        j--;
        continue;
      }
      if (named) return named;
    }
    if (w.w === ',' || w.w === '—' || w.w === '–') return appositionBefore(ws, j, ctx);
    for (const p of RECIPROCAL_SUBJECTS) {
      if (matchBefore(ws, j + 1, p))
        return [{ key: null, from: j + 1 - p.length, to: j + 1, reciprocal: true }];
    }
    const source = sourceBeforeNamedPhrase(ws, j, ctx);
    if (source.length) return source;
    // "the separatist authorities in <place> said": step over the place phrase.
    const place = ctx.entities.find((e) => e.type === 'place' && e.start <= w.start && w.end <= e.end);
    if (place) {
      const k = wordIndexBefore(ws, place.start);
      if (k >= 1 && (ws[k].w === 'in' || ws[k].w === 'of' || ws[k].w === 'from')) {
        j = k - 1;
        continue;
      }
    }
    // "the spokesman for the UN mission in the country said": step over a place named by its noun.
    if (w.w === 'country' || PLACE_NOUNS.has(w.w) || COMPASS.has(w.w)) {
      const k =
        ws[j - 1]?.w === 'the'
          ? j - 2
          : ws[j - 2]?.w === 'the' && /^\p{Ll}+$/u.test(ws[j - 1].w)
            ? j - 3
            : -1;
      if (k >= 2 && ws[k].w === 'in') {
        j = k - 1;
        continue;
      }
    }
    const report = reportBody(ws, j, ctx);
    if (report) return report;
    const reports = unattributedReports(ws, j, v, ctx);
    if (reports) return reports;
    const allied = alliesOf(ws, j, ctx);
    if (allied.length) return allied;
    const m = covering(ctx, w);
    if (m) return coordinatedNames(ws, j, m, ctx);
    const g = genericEnding(ws, j + 1, ctx.text);
    if (g) return genericSource(ws, j, g, ctx);
    if (/^(he|she|it|they)$/.test(w.w)) return [{ key: null, from: j, to: j + 1 }];
    const antecedent = relativeClauseHead(ws, j, ctx);
    if (antecedent) return antecedent;
    const descFirst = descriptionEnding(ws, j + 1);
    if (descFirst)
      return [{ key: null, from: j + 1 - descFirst.length, to: j + 1, description: descFirst.join(' ') }];
    const np = describedSource(ws, j, ctx);
    if (np) return [witnessAtBody(ws, np.from, ctx) ?? np];
    const site = webAddress(ws, j, ctx);
    if (site) return [site];
    const desc = descriptionEnding(ws, j + 1);
    if (desc) return [{ key: null, from: j + 1 - desc.length, to: j + 1, description: desc.join(' ') }];
    return roleBeforeShortPhrase(ws, j, ctx);
  }
  return [];
}

/**
 * The noun a relative pronoun right before the verb at v stands for: "…, contradicting the
 * government, who said …", "… by the police late on Monday, which later told …", "contradicting
 * the government who said …".
 */
function relativeAntecedent(ws: Word[], v: number, ctx: SpeakerContext): SpeakerHit[] {
  // "…, contradicting the government, who said …": the noun the relative pronoun stands for.
  if (v >= 3 && /^(?:who|which)$/.test(ws[v - 1].w) && ws[v - 2].w === ',') {
    // ("Officials at the centre, who reported …": the officials.)
    const placed = ws[v - 1].w === 'who' ? genericBeforePlace(ws, v - 2, ctx.text) : null;
    if (placed) return [{ ...placed, to: v - 2 }];
    const head = speakerHead(ws, v - 2, ctx);
    if (head.length) return head;
    const described = describedSource(ws, v - 3, ctx);
    if (described) return [described];
  }
  // "… by the police late on Monday, which later told …": an adverb after the pronoun, a time before
  // its comma.
  let r = v - 1;
  while (r > 0 && RELATIVE_ADVERBS.test(ws[r].w)) r--;
  if (r >= 2 && /^(?:who|which)$/.test(ws[r].w) && ws[r - 1].w === ',') {
    let a = r - 1;
    while (a > 1 && (inTime(ctx, ws[a - 1]) || /^(?:on|in|at|late|early|last)$/.test(ws[a - 1].w))) a--;
    const head = r < v - 1 || a < r - 1 ? speakerHead(ws, a, ctx) : [];
    if (head.length) return head;
  }
  // "contradicting the government who said …": the comma may be left out before a named body.
  if (v >= 2 && ws[v - 1].w === 'who' && ws[v - 2].w !== ',') {
    const head = speakerHead(ws, v - 1, ctx);
    if (head.length) return head;
    const described = describedSource(ws, v - 2, ctx);
    if (described) return [described];
  }
  return [];
}

/**
 * "The UN mission in the Central African Republic (CAR) said": a country closing a phrase
 * of place at word j, its acronym after it, is where the speaker is; the speaker before that phrase.
 */
function speakerBeforePlaceAcronym(ws: Word[], j: number, ctx: SpeakerContext): SpeakerHit[] {
  const place = ctx.entities.find(
    (e) => (e.type === 'country' || e.type === 'place') && e.start <= ws[j].start && ws[j].end <= e.end,
  );
  const at = place ? wordIndexBefore(ws, place.start) : -1;
  const prep = ws[at]?.w === 'the' ? at - 1 : at;
  if (place && prep > 0 && /^(?:in|for)$/.test(ws[prep].w)) {
    const head = speakerBefore(ws, prep, ctx).filter((h) => h.to === prep);
    if (head.length) return head;
  }
  return [];
}

/** A lower-case word that may sit between a preposition and a place: "the", "eastern", "occupied". */
function isLowerModifier(w: Word, text: string): boolean {
  return /^\p{Ll}[\p{L}-]*$/u.test(text.slice(w.start, w.end)) && !PREPOSITIONS.has(w.w) && !SKIP.has(w.w);
}

/**
 * "Residents of <city> said": the source is the noun before the preposition, not the city (the
 * name covering word j); "a spokesman for Hamas said", "UN officials in South Sudan".
 */
function sourceBeforeNamedPhrase(ws: Word[], j: number, ctx: SpeakerContext): SpeakerHit[] {
  const w = ws[j];
  const inPP = ctx.entities.find((e) => e.start <= w.start && w.end <= e.end);
  if (inPP) {
    // "officials in eastern Ukraine", "authorities in the occupied south": over lower-case modifiers.
    let k = wordIndexBefore(ws, inPP.start);
    // "authorities in the occupied north of Cyprus": over a chain of such phrases too.
    const last = k;
    // ("a doctor at the city hospital in Liberia's capital Monrovia": over a place's
    // possessive too.)
    const placeOwner = (x: Word) =>
      /'s$/.test(x.w) &&
      ctx.entities.some(
        (e) => (e.type === 'place' || e.type === 'country') && e.start <= x.start && x.start < e.end,
      );
    for (
      let p = k;
      p >= 1 &&
      last - p < 6 &&
      (isLowerModifier(ws[p], ctx.text) || PREPOSITIONS.has(ws[p].w) || placeOwner(ws[p]));
      p--
    ) {
      if (PREPOSITIONS.has(ws[p - 1].w) && !covering(ctx, ws[p - 1])) k = p - 1;
    }
    if (k >= 1 && PREPOSITIONS.has(ws[k].w)) {
      const owner = covering(ctx, ws[k - 1]);
      if (owner) return [{ key: owner.key, from: wordIndexBefore(ws, owner.start) + 1, to: j + 1 }];
      // "a spokesman for Hamas said": the body the spokesman speaks for.
      if (
        inPP.type !== 'place' &&
        /^(?:for|of)$/.test(ws[k].w) &&
        /^(?:spokesman|spokeswoman|spokesperson|representative)$/.test(ws[k - 1].w)
      ) {
        const from = k - 1 - (/^(?:a|an|the)$/.test(ws[k - 2]?.w ?? '') ? 1 : 0);
        return [{ key: inPP.key, from, to: j + 1 }];
      }
      const head = genericEnding(ws, k);
      if (head) {
        const hf = k - head.length;
        // "UN officials in South Sudan": the body's sources speak for the body, not the country.
        const body = hf > 0 ? covering(ctx, ws[hf - 1]) : null;
        if (
          body &&
          (body.type === 'organization' || body.type === 'group') &&
          !body.key.startsWith('source:')
        )
          return [{ key: body.key, from: wordIndexBefore(ws, body.start) + 1, to: j + 1 }];
        const span = { start: ws[hf].start, end: ws[k - 1].end };
        return [
          { key: null, from: hf, to: j + 1, generic: { name: ctx.text.slice(span.start, span.end), span } },
        ];
      }
      // "a rescue official in eastern Chad said": a source named with a modifier of its own;
      // "the UN mission in Mali said": a body described before the place.
      if (inPP.type === 'place' || inPP.type === 'country') {
        const source = speakerBefore(ws, k, ctx).filter(
          (s) => (s.generic || (s.key && s.from < k - 1)) && s.to === k && !s.reciprocal,
        );
        if (source.length) return source.map((s) => ({ ...s, to: j + 1 }));
      }
    }
  }
  return [];
}

/**
 * A generic source, its words `g`, ending at word j: "US officials", "Iranian sources", "three
 * villagers told …", "officials briefing reporters … stressed".
 */
function genericSource(ws: Word[], j: number, g: string[], ctx: SpeakerContext): SpeakerHit[] {
  const from = j + 1 - g.length;
  // "officials briefing reporters … stressed": the source briefed is the object, not the speaker.
  if (from > 1 && BRIEFING.test(ws[from - 1].w)) {
    const subject = speakerBefore(ws, from - 1, ctx);
    if (subject.length) return subject;
  }
  // "US officials", "Kenyan authorities": the state they serve speaks.
  const state = from > 0 ? covering(ctx, ws[from - 1]) : null;
  if (state && state.type === 'country' && state.end <= ws[from].start && STATE_SOURCES.test(g.join(' ')))
    return [{ key: state.key, from: wordIndexBefore(ws, state.start) + 1, to: j + 1 }];
  // "Iranian sources", "Malian officials": the nation's adjective belongs to the source's name.
  const named = from > 0 && nationalAdjective(ctx.text, ws[from - 1]) ? from - 1 : from;
  return [
    {
      key: null,
      // "three villagers told …": the count belongs to the phrase, not to the source's name.
      from: from > 0 && COUNTED.test(ws[from - 1].w) && /s$/.test(ws[j].w) ? from - 1 : named,
      to: j + 1,
      generic: {
        name: ctx.text.slice(ws[named].start, ws[j].end),
        span: { start: ws[named].start, end: ws[j].end },
      },
    },
  ];
}

/**
 * ", which has said" / ", who told": the entity the relative clause at word j hangs on, or a
 * capital's country ("from Moscow, which has denied …").
 */
function relativeClauseHead(ws: Word[], j: number, ctx: SpeakerContext): SpeakerHit[] | null {
  const w = ws[j];
  if ((w.w === 'which' || w.w === 'who') && j >= 2 && ws[j - 1].w === ',') {
    const ante = covering(ctx, ws[j - 2]);
    if (ante) return [{ key: ante.key, from: wordIndexBefore(ws, ante.start) + 1, to: j - 1 }];
    // "from Moscow, which has denied …": a capital speaks for its country.
    const city = ctx.entities.find(
      (e) => e.type === 'place' && e.start <= ws[j - 2].start && ws[j - 2].end <= e.end,
    );
    const state = city ? countryByCapital(city.name) : null;
    if (city && state)
      return [
        {
          key: `country:${state.iso2.toLowerCase()}`,
          from: wordIndexBefore(ws, city.start) + 1,
          to: j - 1,
        },
      ];
  }
  return null;
}

/**
 * "authorities in the ethnic separatist enclave said": the source before a short prepositional
 * phrase ending at word j, or before one more ("a border official on the eastern side at X said").
 */
function roleBeforeShortPhrase(ws: Word[], j: number, ctx: SpeakerContext): SpeakerHit[] {
  for (let k = j - 1; k >= Math.max(0, j - 7); k--) {
    if (PREPOSITIONS.has(ws[k].w) && k > 0) {
      const role = roleBeforePhrase(ws, k, ctx);
      if (role.length) return role;
      // ("a border official on the eastern side at X said", "the UN's report on children in
      // war zones said": one more phrase before it, both of plain nouns.)
      const plain = (w: Word) =>
        /^(?:the|a|an)$/.test(w.w) ||
        (/^[\p{L}-]+$/u.test(w.w) &&
          !isFunctionWord(w.w) &&
          !AUXILIARY.test(w.w) &&
          !/(?:ed|ing)$/.test(w.w));
      const named = ws.slice(k + 1, j + 1).every(plain);
      for (let p = k - 1; named && p >= Math.max(1, k - 6); p--) {
        if (PREPOSITIONS.has(ws[p].w) || /^(?:on|near|with)$/.test(ws[p].w)) {
          const outer = roleBeforePhrase(ws, p, ctx);
          if (outer.length) return outer;
          break;
        }
        if (!plain(ws[p])) break;
      }
      break;
    }
  }
  return [];
}

/** The source right before a prepositional phrase opening at word `k` ("authorities in …"). */
function roleBeforePhrase(ws: Word[], k: number, ctx: SpeakerContext): SpeakerHit[] {
  const head = speakerBefore(ws, k + 1, ctx).filter((s) => s.to === k && !s.reciprocal);
  // speakerBefore(ws, k + 1) looks at ws[k] (the preposition) first: ask for the word before it.
  const inner = head.length ? head : speakerHead(ws, k, ctx);
  if (inner.length) return inner;
  // "the junta-appointed governor of the region said": a described role before the phrase.
  const role = describedSource(ws, k - 1, ctx);
  return role ? [role] : [];
}

let adverbialPhrases: string[][] | null = null;
let adverbialEnds: Set<string> | null = null;
/** Words of a phrase of how often or since when ending right before word `end` ("in the past"), or 0. */
function adverbialBefore(ws: Word[], end: number): number {
  adverbialPhrases ??= (verbLexicon().adverbials?.phrases ?? []).map(phraseWords);
  // (Read on every word stepped back over: only a phrase's last word can start the match.)
  adverbialEnds ??= new Set(adverbialPhrases.map((p) => p[p.length - 1]));
  if (!adverbialEnds.has(ws[end - 1]?.w ?? '')) return 0;
  for (const p of adverbialPhrases) {
    const n = matchBefore(ws, end, p);
    if (n > 0) return n;
  }
  return 0;
}
