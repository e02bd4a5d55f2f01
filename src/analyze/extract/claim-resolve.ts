/**
 * Who speaks, when the text does not name them: pronouns and descriptions resolved to entities,
 * "the statement" to its issuer, "both sides" to the two main parties of the document. Pure.
 */
import { ORG_HEADS } from '../entities/orgs.ts';
import type { ClaimItem, EntityMention, Sentence, Span } from '../types.ts';
import { sentenceStart } from './words.ts';

/** What resolution needs of the claim input. */
export interface ResolveInput {
  text: string;
  sentences: Sentence[];
}

/**
 * The two main parties of a document. Two states each named more often than any armed actor are
 * the parties (an interstate war). Otherwise armed actors (armed groups, a state's military) decide:
 * when the two leading ones belong to different states, the parties are those states (an
 * interstate war); when they share one, or have none, the parties are the armed actors
 * themselves (a civil war). Without armed actors: the most mentioned countries and groups.
 */
export function mainParties(entities: EntityMention[]): string[] {
  const count = (pred: (e: EntityMention) => boolean, keyOf: (e: EntityMention) => string) => {
    const m = new Map<string, number>();
    for (const e of entities) if (pred(e)) m.set(keyOf(e), (m.get(keyOf(e)) ?? 0) + 1);
    return [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  };
  const armed = (e: EntityMention) =>
    e.type === 'group' || (e.type === 'organization' && ARMED_KEY.test(e.key));
  const actors = count(armed, (e) => e.key);
  // Two states each named more often than the leading armed actor (or as often, when that actor is
  // a group of no state) are the parties: "the two sides" of a war between India and Pakistan, not
  // Pakistan's army and a militant group it harbours. A state counts its forces' mentions too
  // ("the Pakistani army" names Pakistan).
  const states = count(
    (e) => e.type === 'country' || (armed(e) && !!e.affiliation?.startsWith('country:')),
    (e) => (e.type === 'country' ? e.key : (e.affiliation ?? e.key)),
  );
  const stateless = actors.length > 0 && !entities.find((e) => e.key === actors[0][0])?.affiliation;
  if (states.length >= 2 && actors.length > 0 && states[1][1] + (stateless ? 1 : 0) > actors[0][1])
    return [states[0][0], states[1][0]];
  // The leading armed actor must recur; its adversary may be named once ("Sudan's army", then "the army").
  if (actors.length >= 2 && actors[0][1] >= 2) {
    const aff = (key: string) => entities.find((e) => e.key === key)?.affiliation ?? null;
    const [a, b] = [actors[0][0], actors[1][0]];
    const [fa, fb] = [aff(a), aff(b)];
    if (fa && fb && fa !== fb) return [fa, fb];
    return [a, b];
  }
  return count(
    (e) => e.type === 'country' || e.type === 'group',
    (e) => e.key,
  )
    .slice(0, 2)
    .map(([k]) => k);
}

/** The key of a state's armed forces: "pk:military", "ua:army". */
export const ARMED_KEY = /:(military|army|forces|navy|air-?force)$/;

/** The personal pronouns that may stand for a speaker, against descriptions ("the ministry"). */
const PRONOUNS = /^(?:he|she|it|they)$/;

/**
 * Resolve "he", "she", "it", "they", "the ministry" to an entity before `pos`: the speaker of the
 * claim just before (subjects continue) when it fits, else the latest fitting entity.
 */
export function resolvePronoun(
  pronoun: string,
  pos: number,
  entities: EntityMention[],
  lastClaim: ClaimItem | null,
  input: ResolveInput,
  sentence: Span,
  lastNamed: ClaimItem | null = lastClaim,
): string | null {
  const before = entities.filter((e) => e.end <= pos).sort((a, b) => b.end - a.end);
  const head = pronoun.split(' ').pop() ?? pronoun;
  const want =
    pronoun === 'he' || pronoun === 'she'
      ? (e: EntityMention) => e.type === 'person'
      : pronoun === 'it'
        ? // "Hamas said it …", "the Taliban … which it said": armed groups are "it" as often as "they".
          (e: EntityMention) => e.type === 'organization' || e.type === 'country' || e.type === 'group'
        : pronoun === 'they'
          ? (e: EntityMention) => e.type === 'group' || e.type === 'organization' || e.type === 'country'
          : (headWant(head) ??
            // ("the army" after "the X Liberation Army": a state's armed forces, not a rebel
            // army's name that holds the word.)
            (/^(?:army|military)$/.test(head)
              ? (e: EntityMention) => ARMED_KEY.test(e.key)
              : (e: EntityMention) => e.type === 'organization' && e.name.toLowerCase().includes(head)));
  // Within one sentence a pronoun continues the subject: "The US imposed sanctions on officials
  // it accused of …" — "it" is the US, not the nearer "army".
  // ("The Iran-aligned Houthis …": a name in a hyphened modifier is not the subject.)
  const subject = entities.find(
    (e) =>
      e.start >= sentence.start &&
      e.start - sentence.start < 12 &&
      e.end <= pos &&
      e.type !== 'place' &&
      !/^[-‐]\p{Ll}/u.test(input.text.slice(e.end, e.end + 2)),
  );
  // ("“The guards returned fire,” it continued": a name inside the quote opening the sentence is
  // no subject of the verb after it; the pronoun goes on with the one quoted before.)
  const quotedSubject = subject !== undefined && insideQuote(input.text, sentence.start, subject.start);
  // ("IS also used snipers in the attack, they added": after the comma of an inverted attribution,
  // the subject before is the content's, not the speaker's.)
  const inverted = /[^,]{12},\s*$/.test(input.text.slice(sentence.start, pos));
  if (subject && want(subject) && !quotedSubject && !inverted) return subject.key;
  // ("The defence ministry's press office confirmed …, in what it described as …": a body described,
  // not named, opens the sentence and speaks in it.)
  if (
    !subject &&
    pronoun === 'it' &&
    lastClaim?.speaker?.startsWith('source:') &&
    lastClaim.start >= sentence.start &&
    lastClaim.start - sentence.start < 12 &&
    !pluralSource(lastClaim.speaker) &&
    issues(lastClaim.speaker)
  )
    return lastClaim.speaker;
  const afterQuote =
    /^\s*[“"«]/.test(input.text.slice(sentence.start, sentence.start + 3)) &&
    /[”"’»],?\s*$/.test(input.text.slice(sentence.start, pos));
  if (afterQuote && lastClaim?.speaker && pos - lastClaim.end < 400) {
    const sp = entities.find((e) => e.key === lastClaim.speaker);
    // (A quoted body the entity layer took for a person, "Radio X", still goes on as "it".)
    // (A description, "the ministry", goes on with an unnamed source only when it names it.)
    const described = PRONOUNS.test(pronoun) || lastClaim.speaker.includes(head);
    if (sp ? want(sp) || pronoun === 'it' : (pronoun !== 'it' && described) || issues(lastClaim.speaker))
      return lastClaim.speaker;
  }
  // A generic source ("residents", "aid workers") continues as "they", a singular one as "he"/"she".
  if (lastClaim?.speaker?.startsWith('source:') && pos - lastClaim.end < 400) {
    const plural = pluralSource(lastClaim.speaker);
    if ((pronoun === 'they' && plural) || ((pronoun === 'he' || pronoun === 'she') && !plural))
      return lastClaim.speaker;
  }
  // "The navy gave two accounts. It first said …": opening its sentence, the
  // pronoun continues the subject of the sentence before, when that sentence reports no one else.
  if (pos - sentence.start < 4) {
    const si = input.sentences.findIndex((x) => x.start === sentence.start);
    const prev = si > 0 ? input.sentences[si - 1] : null;
    const first = prev
      ? entities.find(
          (e) =>
            e.start >= prev.start && e.start - prev.start < 12 && e.end <= prev.end && e.type !== 'place',
        )
      : undefined;
    // ("Senior government spokeswoman Anna Brandt was asked …": past the title words to the name.)
    const titled = prev
      ? entities.find(
          (e) =>
            e.type === 'person' &&
            e.start >= prev.start &&
            e.start - prev.start < 45 &&
            e.end <= prev.end &&
            /^[\p{L}\s'’-]*$/u.test(input.text.slice(prev.start, e.start)),
        )
      : undefined;
    const prevSubject = first && want(first) ? first : titled;
    // ("The army dropped leaflets …, Reuters reported. It warned …": a news agency or paper that
    // reported the sentence before is not who goes on; the subject it reported is.)
    const told =
      lastClaim !== null &&
      prev !== null &&
      lastClaim.end > prev.start &&
      !/^(?:agency|outlet):/.test(lastClaim.speaker ?? '');
    if (prevSubject && !told && want(prevSubject)) return prevSubject.key;
    // "The communique said … It added …": the document told before goes on as "it", whoever
    // issued it (a person included).
    if (
      pronoun === 'it' &&
      told &&
      lastClaim?.speaker &&
      prev !== null &&
      documentSubjectRe().test(input.text.slice(prev.start, prev.start + 40))
    )
      return lastClaim.speaker;
    // "…, the government said. It added …": a body described goes on as "it".
    if (pronoun === 'it' && told && lastClaim?.speaker?.startsWith('source:') && issues(lastClaim.speaker))
      return lastClaim.speaker;
    // "The army said … A horde tried to storm the post. It said 26 attackers were killed": the
    // body described that spoke last, when no named party spoke after it.
    if (
      pronoun === 'it' &&
      !prevSubject &&
      lastClaim?.speaker?.startsWith('source:') &&
      !pluralSource(lastClaim.speaker) &&
      issues(lastClaim.speaker) &&
      pos - lastClaim.end < 400 &&
      (!lastNamed || lastNamed.end <= lastClaim.end)
    )
      return lastClaim.speaker;
  }
  // "It also said …": the last speaker that is a named party or body (a "statement" or a generic
  // source in between does not interrupt it).
  if (
    lastNamed?.speaker &&
    pos - lastNamed.end < 800 &&
    !input.text.slice(lastNamed.end, pos).includes('\n\n\n')
  ) {
    const sp = entities.find((e) => e.key === lastNamed.speaker);
    if (sp && want(sp)) return sp.key;
  }
  const found = before.find(want);
  if (found) return found.key;
  // "the agency", "the organisation" after "the World Food Programme": the international body or
  // NGO named last. No state organ is guessed ("Gaza's civil defense agency" is not the army).
  if (/^the\s+(?:agency|organi[sz]ation|body|charity|watchdog)$/.test(pronoun))
    return before.find((e) => e.type === 'organization' && !e.affiliation)?.key ?? null;
  return null;
}

/** A sentence whose subject is a document: "The communique said", "A joint statement read". */
let documentSubject: RegExp | null = null;
function documentSubjectRe(): RegExp {
  documentSubject ??= new RegExp(
    `^\\W*(?:the|a|an|its|their|his|her)\\s+(?:[\\p{L}-]+\\s+)?(?:${DOCUMENT_NOUNS}|message)\\b`,
    'iu',
  );
  return documentSubject;
}

/** A generic source that speaks as "they" ("residents"), not as "he" or "it" ("spokesman"). */
function pluralSource(key: string): boolean {
  return /s$/.test(key) && !/(spokesman|spokeswoman|spokesperson)$/.test(key);
}

/** Whether offset `at` lies inside a quotation opened after `from` and not yet closed. */
export function insideQuote(text: string, from: number, at: number): boolean {
  let open = false;
  for (const ch of text.slice(from, at)) {
    if (ch === '“' || ch === '«') open = true;
    else if (ch === '”' || ch === '»') open = false;
    else if (ch === '"') open = !open;
  }
  return open;
}

/** "the group" is the armed group or the non-state body named last; "the militia", "the rebels" an armed group. */
function groupLike(e: EntityMention, head: string): boolean {
  if (e.key.startsWith('source:')) return false;
  // "the insurgents", "the rebels": a named armed body, not a force described in lower case
  // ("four paramilitary soldiers"); a body the entity layer typed as an organisation may be one
  // when its name says it is armed ("the X Liberation Army").
  if (FIGHTER_HEADS.test(head)) {
    if (e.type === 'group') return !/^[\p{Ll}\s'’-]+$/u.test(e.name);
    return e.type === 'organization' && !e.affiliation && ARMED_NAME.test(e.name);
  }
  return e.type === 'group' || (head === 'group' && e.type === 'organization' && !e.affiliation);
}

/** Modifiers that make a described body an armed one: "the armed group", "the jihadist movement". */
const ARMED_MODIFIER =
  /\b(?:armed|militant|jihadist|rebel|insurgent|islamist|extremist|separatist|terrorist|paramilitary)\b/i;

const FIGHTER_HEADS = /^(?:insurgents|militants|rebels|jihadists|militia)$/;
/** Words in the proper name of an armed body. */
const ARMED_NAME = /\b(?:Army|Front|Liberation|Movement|Brigades?|Militia|Mujahideen|Forces)\b/;

const GROUP_HEADS =
  /^(?:group|movement|militia|faction|organi[sz]ation|insurgents|militants|rebels|paramilitary|paramilitaries|jihadists)$/;
const STATE_HEADS = /^(?:kingdom|emirate|sultanate)$/;
const ROLE_HEADS =
  /^(?:president|minister|governor|mayor|commander|chief|spokes(?:man|woman|person)|leader|premier|chancellor|general|envoy|ambassador)$/;

/**
 * What a description's head may refer to: "the group", "the Tehran-aligned movement" → the armed
 * group named last; "the president", "the governor" → the person named with that role.
 */
function headWant(head: string): ((e: EntityMention) => boolean) | null {
  if (GROUP_HEADS.test(head)) return (e) => groupLike(e, head);
  // "the kingdom said", "the emirate said": the state named last.
  if (STATE_HEADS.test(head)) return (e) => e.type === 'country';
  if (ROLE_HEADS.test(head)) return (e) => e.type === 'person' && (e.role ?? '').toLowerCase().includes(head);
  return null;
}

/**
 * "the Tehran-aligned movement", "the president": a definite description whose head names an armed
 * group or a role resolves to the latest such group, or the person named with that role.
 */
export function resolveDefinite(
  name: string,
  pos: number,
  entities: EntityMention[],
  text?: string,
): string | null {
  const m = /^the\s+((?:[\p{L}-]+\s+){0,3}?)([\p{L}-]+)$/iu.exec(name.trim());
  if (!m) return null;
  const head = headWant(m[2].toLowerCase());
  if (!head) return null;
  // ("the armed group", "the jihadist movement": an armed group, not a body the head word fits too.)
  const want = ARMED_MODIFIER.test(m[1]) ? (e: EntityMention) => head(e) && e.type === 'group' : head;
  // "the aid group" after "aid group Mercy Corps said": the body the same words
  // described when it was named, before any other group.
  const described = m[1] && text ? describedAs(`${m[1]}${m[2]}`, pos, entities, text) : null;
  if (described) return described;
  // ("X intercepted a missile fired from Y …, the kingdom said": the state that opens the sentence.)
  if (STATE_HEADS.test(m[2]) && text) {
    const from = sentenceStart(text, pos);
    const opening = entities.find((e) => e.start >= from && e.end <= pos && e.start - from < 40 && want(e));
    if (opening) return opening.key;
  }
  let best: EntityMention | null = null;
  for (const e of entities) if (e.end <= pos && want(e) && (!best || e.end > best.end)) best = e;
  return best?.key ?? null;
}

/**
 * The latest entity before `pos` that the text describes with these words right before its name
 * ("rights group Amnesty International") or in an apposition after it ("MSF, the aid group").
 */
function describedAs(words: string, pos: number, entities: EntityMention[], text: string): string | null {
  const phrase = words.trim().split(/\s+/).join('\\s+');
  const right = new RegExp(`(?:^|[^\\p{L}-])${phrase}[\\s,]*$`, 'iu');
  const apposed = new RegExp(
    `^\\s*(?:\\([^)]*\\)\\s*)?,\\s*(?:an?|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?${phrase}(?![\\p{L}])`,
    'iu',
  );
  let best: EntityMention | null = null;
  for (const e of entities) {
    if (e.end > pos || e.type === 'place' || (best && e.end <= best.end)) continue;
    const before = text.slice(Math.max(0, e.start - 40), e.start);
    if (right.test(before) || apposed.test(text.slice(e.end, e.end + 60))) best = e;
  }
  return best?.key ?? null;
}

/**
 * "the police official said" after "a senior police official told …": the source described before,
 * when the description's words are all in its name and it ends in the same noun.
 */
export function describedBefore(description: string, claims: ClaimItem[], pos: number): string | null {
  const m = /^the\s+(.+)$/i.exec(description.trim());
  if (!m) return null;
  const want = m[1].toLowerCase().split(/\s+/);
  for (let k = claims.length - 1; k >= 0; k--) {
    const speaker = claims[k].speaker;
    if (claims[k].start >= pos || !speaker?.startsWith('source:')) continue;
    const have = speaker.slice('source:'.length).split(' ');
    if (have[have.length - 1] === want[want.length - 1] && want.every((w) => have.includes(w)))
      return speaker;
  }
  return null;
}

/** A speaker that issues statements: a named party, or a body described ("the counter-terrorism service"). */
function issues(speaker: string): boolean {
  if (!speaker.startsWith('source:')) return true;
  const name = speaker.slice('source:'.length);
  const head = name.split(' ').pop() ?? '';
  // ("state television said …. It said …": a broadcaster or paper goes on as "it" too.)
  return !ISSUED.test(name) && (ORG_HEADS.has(head) || MEDIA_HEADS.test(head));
}

/** Nouns of an outlet that speaks for itself. */
const MEDIA_HEADS = /^(?:television|tv|radio|broadcaster|newspaper|daily|channel|outlet|website)$/;

/** Documents an issuer puts out in its own name ("said the statement"), as an alternation. */
export const ISSUED_DOCUMENTS = 'statement|communiqu[eé]|declaration|announcement|readout|letter|bulletin';
/** Documents that speak for their issuer ("the statement said", "the communique added"), as an alternation. */
export const DOCUMENT_NOUNS = `${ISSUED_DOCUMENTS}|press\\s+release|report`;
/** A document named alone, its issuer left to find: "the statement", "a joint communiqué". */
export const ISSUED = new RegExp(
  `^(?:the|a|an|its|their)?\\s*(?:joint\\s+|brief\\s+|written\\s+)?(${DOCUMENT_NOUNS})$`,
  'i',
);

/**
 * "…, the statement said": the issuer of the statement last named in the three sentences before
 * ("according to a joint statement from X and Y", "X said in a statement").
 */
export function documentIssuer(
  input: ResolveInput,
  name: string,
  claims: ClaimItem[],
  sent: Span,
  before: number,
): string | null {
  const m = name.trim().match(ISSUED);
  if (!m) return null;
  const noun = new RegExp(`\\b${m[1]}`, 'i');
  const since = input.sentences.find((x) => x.end >= sent.start - 600)?.start ?? 0;
  for (let k = claims.length - 1; k >= 0; k--) {
    const c = claims[k];
    if (c.end < since) break;
    // A source named by the document itself ("the statement") issued nothing; one named by what it
    // is ("the state prosecutor", in "a statement from the state prosecutor") did.
    if (
      c.start >= before ||
      !c.speaker ||
      (c.speaker.startsWith('source:') && ISSUED.test(c.speaker.slice('source:'.length)))
    )
      continue;
    // "…, the ministry said in a statement on Friday.": the noun may follow the claim's verb.
    const end = input.sentences.find((x) => x.start <= c.end && c.end <= x.end)?.end ?? c.end;
    if (noun.test(input.text.slice(c.start, end))) return c.speaker;
  }
  // No statement introduced: the body that spoke in the sentence before issued it ("the UN mission
  // said …. It said …. “…,” the statement said").
  const last = claims.findLast((c) => c.start < before);
  if (last?.speaker && issues(last.speaker) && sent.start - last.end < 400) return last.speaker;
  return null;
}
