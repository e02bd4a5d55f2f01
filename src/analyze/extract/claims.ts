/**
 * Attributed statements: "X said …", "…, X said", "according to X", "a claim dismissed by X",
 * "both sides accused each other" (two claims), direct quotes across sentences — each with its
 * speaker resolved to an entity key, its kind, and the denials linked to what they deny. Pure.
 */

import { ORG_HEADS } from '../entities/orgs.ts';
import { countryByIso } from '../geo/countries.ts';
import type { ClaimItem, EntityMention, Sentence, Span, TimeMention } from '../types.ts';
import { draftsFor } from './claim-drafts.ts';
import { withEmbeddedClaims } from './claim-embedded.ts';
import { claimKind } from './claim-kind.ts';
import { contradictions } from './claim-links.ts';
import { extendQuote, thatClauses } from './claim-quotes.ts';
import {
  describedBefore,
  documentIssuer,
  ISSUED,
  ISSUED_DOCUMENTS,
  mainParties,
  resolveDefinite,
  resolvePronoun,
} from './claim-resolve.ts';
import type { ClaimDraft } from './claim-sources.ts';
import {
  dropNestedDuplicates,
  dropRelays,
  foldElaborations,
  quoteSentences,
  trimSpan,
} from './claim-tidy.ts';
import { isPronoun } from './speaker-phrases.ts';
import { verbLexicon } from './verbs.ts';
import { words } from './words.ts';

export interface ClaimInput {
  text: string;
  published: string | null;
  sentences: Sentence[];
  entities: EntityMention[];
  times: TimeMention[];
  /**
   * Leave denials unlinked: the caller links them once the events are known (`relinkDenials`), so
   * the document's denials are paired once, not twice.
   */
  linkLater?: boolean;
}

export interface ClaimOutput {
  claims: ClaimItem[];
  /** Entities the extractor had to create: generic sources ("officials", "analysts"). */
  entities: EntityMention[];
}

function claimDate(times: TimeMention[], span: Span): string | null {
  const t = times.find(
    (x) => x.start >= span.start && x.end <= span.end && x.date.precision === 'day' && !x.future,
  );
  return t?.date.start ?? null;
}

/** Who issued it, right after: "from the state prosecutor", "by the army". */
const ISSUED_FROM =
  /^\s+(?:(?:issued|released|published)\s+)?(?:from|by)\s+(?:the\s+)?([\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,9}?)(?=\s*(?:[,.;:]|$)|\s+(?:said|says|on|in|that|which|who)\b)/u;
/**
 * "Witnesses said …" opening a sentence can come back from the entity layer as a name: a speaker
 * whose whole name is a generic source noun is that generic source.
 */
function commonNounSource(
  entities: EntityMention[],
  key: string | null,
  created: Map<string, EntityMention>,
): string | null {
  const e = key ? entities.find((x) => x.key === key && x.type === 'person') : undefined;
  if (!e) return key;
  const name = e.name.toLowerCase();
  const lex = verbLexicon();
  if (!lex.genericSpeakers.includes(name) && !lex.witnessSources.heads.includes(name)) return key;
  return addSource(created, name, e);
}

/**
 * A generic source's name without a verb of the lexicon opening it: "denied media reports that …"
 * is the media's report, not a source called "denied media".
 */
function withoutVerb(name: string, span: Span): [string, Span] {
  // (A past form only: "state television" is no verb of stating.)
  const m = /^(\p{L}+ed)\s+(?=\S)/u.exec(name);
  if (
    !m ||
    !verbLexicon().forms.has(m[1].toLowerCase()) ||
    verbLexicon().sourceModifiers.words.includes(m[1].toLowerCase())
  )
    return [name, span];
  const rest = name.slice(m[0].length);
  return [rest, { start: Math.max(span.start, span.end - rest.length), end: span.end }];
}

/** A generic source the extractor names itself ("residents", "the state prosecutor"): its key. */
function addSource(created: Map<string, EntityMention>, name: string, span: Span): string {
  const key = `source:${name.toLowerCase()}`;
  created.set(`${key}@${span.start}`, { start: span.start, end: span.end, type: 'group', name, key });
  return key;
}

/**
 * "according to a statement from the state prosecutor": who issued the document — an entity named
 * there, or the words naming it.
 */
function issuerNamedAfter(
  input: ClaimInput,
  generic: { name: string; span: Span },
): { key: string } | { name: string; span: Span } | null {
  if (!ISSUED.test(generic.name.trim())) return null;
  const from = ISSUED_FROM.exec(input.text.slice(generic.span.end, generic.span.end + 80));
  if (!from) return null;
  const start = generic.span.end + from.index + from[0].length - from[1].length;
  const span = { start, end: start + from[1].length };
  const inside = input.entities.filter(
    (e) => e.start >= span.start && e.start < span.end && e.type !== 'place',
  );
  // ("the office of the country's de facto leader X": the office of the person named.)
  const named =
    (/^office\s+of\b/i.test(from[1]) ? inside.find((e) => e.type === 'person') : undefined) ?? inside[0];
  return named ? { key: named.key } : { name: from[1], span };
}

/** "the SCNS statement", "the health minister's statement": a document named with its issuer before it. */
let ownedDocumentRe: RegExp | null = null;
/**
 * The issuer named before a document noun: an entity there, a body named before whose head the
 * words share ("the military statement" after "Nigeria's military"), or the words themselves when
 * they name a body ("the air force statement"), not a mere description ("a two-page statement").
 */
function ownedDocument(
  input: ClaimInput,
  generic: { name: string; span: Span },
  claims: ClaimItem[],
): { key: string } | { name: string; span: Span } | null {
  ownedDocumentRe ??= new RegExp(
    `^(?:(?:the|a|an)\\s+)?(.+?)(?:['’]s?)?\\s+(?:(?:joint|separate|latest|new|brief|written|official)\\s+)?(?:${ISSUED_DOCUMENTS})$`,
    'iu',
  );
  const m = ownedDocumentRe.exec(generic.name.trim());
  if (!m) return null;
  const at = input.text.indexOf(m[1], generic.span.start);
  if (at < 0 || at >= generic.span.end) return null;
  const span = { start: at, end: at + m[1].length };
  const named = input.entities.find((e) => e.start >= span.start && e.end <= span.end && e.type !== 'place');
  if (named) return { key: named.key };
  const owner = m[1].toLowerCase();
  const head = owner.split(/\s+/).pop() ?? '';
  if (!ORG_HEADS.has(head) && !/\p{Lu}/u.test(m[1])) return null;
  const before =
    describedBefore(`the ${owner}`, claims, generic.span.start) ??
    resolveDefinite(`the ${owner}`, generic.span.start, input.entities, input.text);
  return before ? { key: before } : { name: m[1], span };
}

export function extractClaims(input: ClaimInput): ClaimOutput {
  const claims: ClaimItem[] = [];
  const created = new Map<string, EntityMention>();
  const sentenceOf: number[] = [];
  input.sentences.forEach((sent, si) => {
    const ws = words(input.text, sent);
    const drafts = draftsFor(input, si, ws);
    endAtNextSpeaker(input.text, drafts);
    for (const d of drafts) {
      extendQuote(input, d);
      let keys: (string | null)[] = [];
      for (const s of d.speakers) {
        if (s.reciprocal) {
          const parties = mainParties(input.entities);
          keys.push(...(parties.length === 2 ? parties : [null]));
          continue;
        }
        const pronoun = isPronoun(ws, s);
        // "the police official said" after "a senior police official told …": that source again.
        // (A hit may hold no words: a speaker carried from the sentence before.)
        const again =
          ws[s.from] && ws[s.to - 1]
            ? describedBefore(input.text.slice(ws[s.from].start, ws[s.to - 1].end), claims, ws[s.from].start)
            : null;
        if (again) {
          keys.push(again);
          continue;
        }
        const resolved = pronoun
          ? resolvePronoun(
              pronoun,
              ws[s.from].start,
              input.entities,
              claims.length ? claims[claims.length - 1] : null,
              input,
              sent,
              claims.findLast((c) => !!c.speaker && !c.speaker.startsWith('source:')) ?? null,
            )
          : null;
        if (pronoun && (resolved || !pronoun.includes(' '))) keys.push(resolved);
        else if (pronoun) {
          // "the statement said": the party that issued it, named earlier.
          const issuer =
            documentIssuer(input, pronoun, claims, sent, d.mention.start) ??
            issuedBy(pronoun, ws[s.from].start, input, claims);
          if (issuer) {
            keys.push(issuer);
            continue;
          }
          // "the army" with no army named before: a source of its own.
          const span = { start: ws[s.from].start, end: ws[s.to - 1].end };
          keys.push(addSource(created, pronoun.replace(/^(the|a|an)\s+/, ''), span));
        } else if (s.generic) {
          // "No group has claimed responsibility": no one said anything.
          if (/^(?:no|none|neither|nobody)\b/i.test(s.generic.name)) continue;
          // "according to a statement by the regional governor's office": the one that issued it speaks.
          // ("the SCNS statement", "the ministry statement": its issuer named before it — by name
          // first, by a common noun only when no issuer was told before.)
          const owned = ownedDocument(input, s.generic, claims);
          const from =
            issuerNamedAfter(input, s.generic) ??
            (owned && ('key' in owned || /\p{Lu}/u.test(owned.name)) ? owned : null);
          if (from) {
            keys.push('key' in from ? from.key : addSource(created, from.name, from.span));
            continue;
          }
          const issuer =
            documentIssuer(input, s.generic.name, claims, sent, d.mention.start) ??
            resolveDefinite(
              input.text.slice(ws[s.from].start, ws[s.to - 1].end),
              ws[s.from].start,
              input.entities,
              input.text,
            ) ??
            issuedBy(s.generic.name, ws[s.from].start, input, claims);
          if (issuer) {
            keys.push(issuer);
            continue;
          }
          if (owned && !('key' in owned)) {
            keys.push(addSource(created, owned.name, owned.span));
            continue;
          }
          keys.push(
            addSource(
              created,
              ...withoutVerb(s.generic.name.replace(/^(the|a|an|one)\s+/i, ''), s.generic.span),
            ),
          );
        } else {
          keys.push(commonNounSource(input.entities, s.key, created));
          // "accused by Paris and Moscow", "Moscow, which denied …": a capital's country the entity
          // layer did not name gets a mention of its own, so the speaker exists in the report.
          const iso = s.key?.startsWith('country:') ? s.key.slice('country:'.length) : null;
          const country = iso && !input.entities.some((e) => e.key === s.key) ? countryByIso(iso) : null;
          if (country && s.key) {
            const span = { start: ws[s.from].start, end: ws[s.to - 1].end };
            created.set(`${s.key}@${span.start}`, {
              ...span,
              type: 'country',
              name: country.name,
              key: s.key,
            });
          }
        }
      }
      keys = [...new Set(keys)];
      const date = claimDate(input.times, d.dateSpan);
      const split = d.quote ? [d.content] : thatClauses(input.text, d.content);
      for (const speaker of keys) {
        // "said A and that B": two claims only when the two say different kinds of thing ("strikes
        // only military sites" and "the rebels use human shields"); otherwise one statement.
        const splitKinds = split.map((c) => claimKind(input, d.verbKind, c, speaker, d.lemma, d.quote));
        const separate = new Set(splitKinds).size > 1;
        const parts = separate ? split : [d.content];
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
          const kind = separate
            ? splitKinds[n]
            : split.length === 1
              ? splitKinds[0]
              : claimKind(input, d.verbKind, content, speaker, d.lemma, d.quote);
          // ("X, who confirmed the development, said …": a verb whose content is trimmed to nothing says nothing.)
          if (content.end <= content.start) return;
          claims.push({ ...mention, speaker, kind, quote: d.quote, content, date });
          sentenceOf.push(si);
        });
      }
    }
  });
  quoteSentences(input, claims, sentenceOf);
  const direct = dropRelays(input.text, claims, sentenceOf);
  const nested = dropNestedDuplicates(direct.claims, direct.sentenceOf);
  const folded = foldElaborations(input.text, nested.claims, nested.sentenceOf);
  const kept = withEmbeddedClaims(
    input.text,
    folded.claims,
    folded.sentenceOf,
    input.entities,
    (name, span) => addSource(created, name, span),
  );
  if (!input.linkLater) contradictions(kept.claims, kept.sentenceOf, input.entities, input.text);
  return { claims: kept.claims, entities: [...created.values()] };
}

/** A content that is only its own "according to X": the attribution with no words after it. */
const CARRIER_ONLY = /^\W*according\s+to\b[^,;:]*$/i;

/** What may join two speakers' claims in one sentence: "…, while the ministry put the toll at …". */
const JOINED = /[,;—–]\s*(?:while|whereas|but|and|as|though|although)?\s*$/i;

/**
 * "Medics said gunmen shot at a bus, while the council gave a toll of nine": a draft's content
 * ends where another speaker's claim begins in the same sentence (a quotation may hold another
 * speaker's words, so quotes keep theirs).
 */
function endAtNextSpeaker(text: string, drafts: ClaimDraft[]): void {
  const same = (a: ClaimDraft, b: ClaimDraft) =>
    a.speakers.length === b.speakers.length &&
    a.speakers.every((s, k) => s.from === b.speakers[k].from && s.to === b.speakers[k].to);
  for (const d of drafts) {
    if (d.quote) continue;
    const next = drafts
      .filter(
        (o) => o !== d && !same(o, d) && o.mention.start > d.content.start && o.mention.start < d.content.end,
      )
      .sort((a, b) => a.mention.start - b.mention.start)[0];
    const cut = next ? JOINED.exec(text.slice(d.content.start, next.mention.start)) : null;
    if (!cut) continue;
    d.content = trimSpan(text, { start: d.content.start, end: d.content.start + cut.index });
    // ("According to Reuters, the governor says 40 died": the outlet only carries the governor's
    // words; nothing of its own is left, and the draft says nothing.)
    if (d.lemma === null && CARRIER_ONLY.test(text.slice(d.content.start, d.content.end)))
      d.content = { start: d.content.start, end: d.content.start };
    d.mention = {
      start: d.mention.start,
      end: Math.max(d.content.end, Math.min(d.mention.end, d.content.end)),
    };
  }
}

/** "an army statement", "the air force statement": the body named before, whose name holds the modifier. */
function issuedBy(name: string, pos: number, input: ClaimInput, claims: ClaimItem[]): string | null {
  const m =
    /^(?:(?:an?|the)\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+(?:statement|communiqu[eé]|declaration|announcement|readout)$/iu.exec(
      name.trim(),
    );
  if (!m) return null;
  const word = new RegExp(`(?:^|[^\\p{L}])${m[1]}(?:$|[^\\p{L}])`, 'iu');
  for (let k = input.entities.length - 1; k >= 0; k--) {
    const e = input.entities[k];
    if (e.end > pos || e.type === 'place' || e.type === 'person' || e.key.startsWith('source:')) continue;
    if (word.test(e.name) || word.test(input.text.slice(e.start, e.end))) return e.key;
  }
  // "The army said …" with no army named: the generic source that spoke before.
  const generic = `source:${m[1].toLowerCase()}`;
  return claims.some((c) => c.speaker === generic) ? generic : null;
}
