/**
 * Who says it: the speaker of a reporting verb, found before it ("X said", "X, an adviser to
 * the president, said", "X on Monday accused") or after it ("…, said X"), resolved through
 * pronouns and descriptions ("he", "the ministry") and generic sources ("officials", "analysts").
 */
import { ALIAS_ADVERBS, ALIAS_VERBS } from '../entities/document.ts';
import { isFunctionWord } from '../nlp/function-words.ts';
import { DOCUMENT_NOUNS, ISSUED } from './claim-resolve.ts';
import { quotedBy } from './speaker-descriptions.ts';
import { reportsBefore } from './speaker-documents.ts';
import {
  CLOSE_QUOTE,
  covering,
  envoyOf,
  inTime,
  type SpeakerContext,
  type SpeakerHit,
  wordIndexBefore,
} from './speaker-phrases.ts';
import { speakerRightBefore } from './speaker-right-before.ts';
import { selfNamedBefore } from './speaker-subjects.ts';
import { isSourceNoun, verbAt, verbLexicon } from './verbs.ts';
import { matchAt, phraseWords, TIME_LEADS, type Word } from './words.ts';

export const OPEN_QUOTE = new Set(['“', '«', '„']);

export const RECIPROCAL_SUBJECTS = [
  'both sides',
  'the two sides',
  'each side',
  'the warring sides',
  'the warring parties',
  'both parties',
  'the two nations',
  'the two countries',
  'both countries',
  'the two',
  'the rivals',
  'the two rivals',
  'both',
  'the sides',
  'the parties',
  'both armies',
  'the two armies',
  'the belligerents',
].map(phraseWords);

/** "A communique released that evening rejected …": a document, the participle that put it out, and a time. */
export const PUT_OUT = /^(?:issued|released|published|posted|read)$/;
/** Participles of an outlet that reached a document: "a report seen by Reuters". */
export const SEEN_BY = /^(?:seen|obtained|reviewed|viewed)$/;
let documentRe: RegExp | null = null;

/** Speakers before the verb at word index v (several for "Ethiopia and Eritrea both said"). */
export function speakerBefore(ws: Word[], v: number, ctx: SpeakerContext): SpeakerHit[] {
  // ("A statement issued on Monday denied …": the document speaks, past its participle and the
  // adjunct of time or place that follows it — no verb and no comma between.)
  documentRe ??= new RegExp(`^(?:${DOCUMENT_NOUNS})$`, 'i');
  // (The verb lexicon is asked only once such a participle is found: this runs for every verb.)
  for (let k = v - 2; k >= 2 && v - k <= 7; k--) {
    if (/^[,;:“”"]$/.test(ws[k].w)) break;
    // ("A police report viewed by AFP stated …": the issuer speaks, not the outlet that saw it.)
    if (SEEN_BY.test(ws[k].w) && ws[k + 1]?.w === 'by' && documentRe.test(ws[k - 1].w)) {
      const issuer = speakerBefore(ws, k, ctx);
      if (issuer.length) return issuer.map((h) => ({ ...h, to: Math.max(h.to, k) }));
      break;
    }
    if (!PUT_OUT.test(ws[k].w) || !documentRe.test(ws[k - 1].w) || ws[k + 1]?.w === 'by') continue;
    if (ws.slice(k, v - 1).some((_, n) => verbAt(ws, k + n) !== null)) break;
    const doc = speakerBefore(ws, k, ctx);
    if (doc.length) return doc.map((h) => ({ ...h, to: Math.max(h.to, k) }));
    break;
  }
  // "X, the UN coordinator in Y, on Sunday condemned …": a time between the apposition's closing
  // comma and the verb.
  let t = v;
  while (t > 2 && (inTime(ctx, ws[t - 1]) || TIME_LEADS.test(ws[t - 1].w))) t--;
  if (t < v && ws[t - 1].w === ',' && inTime(ctx, ws[v - 1])) {
    const past = speakerBefore(ws, t, ctx);
    if (past.length) return past;
  }
  // 'The army “categorically rejected” the charges': a quotation opening on the verb leaves the
  // subject before its mark.
  // (An adverb may open the quotation: 'the army “categorically rejected” …'.)
  const adverb = v > 2 && /^\p{Ll}+ly$/u.test(ws[v - 1].w) ? 1 : 0;
  // (A straight mark opens only after a word: in '…,” said X' and '…," said X' it closes.)
  const mark = v - 1 - adverb;
  if (mark > 0 && (/^[“«„]$/.test(ws[mark].w) || (ws[mark].w === '"' && /^[\p{L}\d]/u.test(ws[mark - 1].w))))
    return speakerBefore(ws, mark, ctx);
  // "X, like Y, accused …", "X, unlike Y, said …": the one compared with is set off by commas;
  // the subject stands before them.
  if (ws[v - 1]?.w === ',') {
    let c = v - 2;
    while (c > 0 && v - c < 10 && ws[c].w !== ',') c--;
    // ("X, through its media wing Y, claimed …": the body that speaks through Y.)
    if (c > 0 && ws[c].w === ',' && /^(?:like|unlike|through|via)$/.test(ws[c + 1]?.w ?? '')) {
      const subject = speakerBefore(ws, c, ctx);
      if (subject.length) return subject;
    }
  }
  // ("The French envoy to the AU said": the envoy's side, not the body it is sent to.)
  const right = speakerRightBefore(ws, v, ctx).map((h) => envoyOf(ws, h, ctx) ?? h);
  // ("the coalition fighting the rebels said": the party before what it fights, not the rebels;
  // "residents interviewed by Reuters said": the ones reached, not the outlet that reached them.)
  const party = partyBeforeRelative(ws, v, ctx);
  const found = party && right.every((h) => h.from > party.at) ? party.heads : right;
  const list = unnamedSourceList(ws, found, ctx);
  if (list) return list;
  // "The army in a statement said …": the one who issued it, before "in a statement".
  if (
    found.length === 1 &&
    found[0].generic &&
    found[0].from >= 2 &&
    ws[found[0].from - 1].w === 'in' &&
    ISSUED.test(found[0].generic.name)
  ) {
    const issuer = speakerRightBefore(ws, found[0].from - 1, ctx).filter((h) => h.to === found[0].from - 1);
    if (issuer.length) return issuer;
  }
  // "A district official who gave no name for safety, said …": the subject before its
  // relative clause, past the comma that closes it.
  if (!found.length && ws[v - 1]?.w === ',') {
    let k = v - 2;
    while (k > 0 && v - k < 14 && !/^(?:who|which|that|[,;:.])$/.test(ws[k].w)) k--;
    if (k > 0 && ws[k].w === 'who') {
      const head = speakerRightBefore(ws, k, ctx).filter((h) => h.to === k && !h.reciprocal);
      if (head.length) return head;
    }
  }
  // "Analyst Jane Roe of the Sorbonne said": the person, not the body she belongs to.
  if (found.length === 1 && found[0].from >= 2 && /^(?:of|at|from)$/.test(ws[found[0].from - 1].w)) {
    const person = ctx.entities.find((e) => e.type === 'person' && e.end === ws[found[0].from - 2].end);
    if (person) return [{ key: person.key, from: wordIndexBefore(ws, person.start) + 1, to: found[0].to }];
  }
  // "An armed faction known as the Red Hawks says …": the name the description goes by.
  if (found.length === 1 && found[0].generic) {
    const named = knownAs(ws, found[0].to, v, ctx);
    if (named) return [{ ...named, from: found[0].from }];
  }
  // "A man identifying himself as “Commander Tiger” says …": the name he gives, not "man".
  const selfNamed = selfNamedBefore(ws, v, ctx);
  if (selfNamed) return [selfNamed];
  if (found.length) return found;
  // "The charity that runs the sites said …": the subject before its restrictive relative clause.
  // ("a monitor that compiles local reports": "reports" there is a noun, no verb of saying.)
  const rel = verbLexicon().claimNouns.nouns.includes(ws[v]?.w ?? '') ? -1 : restrictiveRelative(ws, v);
  if (rel > 0) {
    const head = speakerRightBefore(ws, rel, ctx).filter((s) => s.to === rel && !s.reciprocal);
    if (head.length) return head;
  }
  // ("Unconfirmed reports said …", "Media reports said …": the reports speak, unnamed.)
  const reports = reportsBefore(ws, v, ctx);
  if (reports) return [reports];
  const np = quotedBy(ws, v, ctx);
  return np && !ws.slice(np.from, v).some((w) => covering(ctx, w)) ? [np] : [];
}

/**
 * "two farmers and a local official told …", "witnesses, medics and a lawyer said": unnamed
 * sources that say it together, the last of them the one `found` right before the verb.
 */
function unnamedSourceList(ws: Word[], found: SpeakerHit[], ctx: SpeakerContext): SpeakerHit[] | null {
  const unnamed = (h: SpeakerHit | undefined) =>
    !!h && (!!h.generic || !!h.key?.startsWith('group:') || !!h.key?.startsWith('source:'));
  // (The list's last may open with its article: "…, the union and a paramedic said".)
  const andAt =
    found.length === 1 ? found[0].from - (/^(?:a|an)$/.test(ws[found[0].from - 1]?.w ?? '') ? 2 : 1) : -1;
  if (found.length === 1 && unnamed(found[0]) && ws[andAt]?.w === 'and' && andAt >= 1) {
    const list = [found[0]];
    let sep = andAt;
    for (let n = 0; n < 4; n++) {
      const other = speakerRightBefore(ws, sep, ctx);
      // ("health officials and witnesses said": a body the entity layer knows may lead the list;
      // so may "UN officials", a named body's sources.)
      const bodySources = (h: SpeakerHit) =>
        h.to - h.from >= 2 && verbLexicon().genericSpeakers.includes(ws[h.to - 1].w);
      // ("the union and a paramedic": a body described, resolved later, may lead it too.)
      const described = (h: SpeakerHit) => h.key === null && !!h.description && sep === andAt;
      if (
        other.length !== 1 ||
        !(unnamed(other[0]) || bodySources(other[0]) || described(other[0])) ||
        other[0].to !== sep
      )
        break;
      list.unshift(other[0]);
      if (ws[other[0].from - 1]?.w !== ',') break;
      sep = other[0].from - 1;
    }
    // Only when the first opens its clause: "raids on army posts and local officials
    // have requested …" is one source.
    // ("… clashed with guerrilla units, elders and insurgents told …": the list starts
    // after the object of the clause before.)
    // (", with local media and activists putting the toll at …": the absolute "with" opens it too.)
    // ("…, the union and a paramedic said", "…, members of the union and …": past its article,
    // and past the part of the source named before "of".)
    const opens = (h: SpeakerHit) => {
      let k = h.from;
      if (/^(?:the|a|an)$/.test(ws[k - 1]?.w ?? '')) k--;
      if (ws[k - 1]?.w === 'of' && k >= 2 && sourcePart(ws[k - 2].w)) k -= 2;
      return (
        k === 0 ||
        /^[,;:—–“”"]$/.test(ws[k - 1].w) ||
        (k >= 2 && ws[k - 1].w === 'with' && ws[k - 2].w === ',')
      );
    };
    // ("UN officials and diplomats said": a body's name before the first source opens the list,
    // and the first source speaks for that body.)
    const body = list.length > 1 && list[0].from > 0 ? covering(ctx, ws[list[0].from - 1]) : null;
    if (body && body.type !== 'place' && !list[0].key) {
      const from = wordIndexBefore(ws, body.start) + 1;
      if (from === 0 || /^[,;:—–“”"]$/.test(ws[from - 1].w))
        list[0] = { key: body.key, from, to: list[0].to };
    }
    while (list.length > 1 && !opens(list[0])) list.shift();
    // "military and medical sources said": a bare modifier shares the last source's head noun.
    const last = list[list.length - 1];
    const head = last.generic ? /\s(\p{Ll}+)$/u.exec(last.generic.name)?.[1] : undefined;
    if (head)
      for (const h of list.slice(0, -1))
        if (
          h.generic &&
          h.to - h.from === 1 &&
          /^\p{Ll}+$/u.test(h.generic.name) &&
          // ("police and local officials": a source word of its own keeps its name.)
          !verbLexicon().genericSpeakers.includes(h.generic.name) &&
          // ("media and opposition groups": a body of its own, unless it also narrows sources.)
          !(
            verbLexicon().descriptionHeads.organisations.includes(h.generic.name) &&
            !verbLexicon().sourceModifiers.words.includes(h.generic.name)
          )
        )
          h.generic = { ...h.generic, name: `${h.generic.name} ${head}` };
    if (list.length > 1) return list;
  }
  return null;
}

let relativePhrases: string[][] | null = null;

/**
 * "the Western-backed alliance fighting the militants said", "rebels holding the city of X said", "militias
 * loyal to the army denied", "residents interviewed by Reuters said": the party named right before
 * a phrase telling what it fights, holds or backs, or who reached it (`reachedBy`), within the
 * words before the verb at v, with the index of that phrase.
 */
function partyBeforeRelative(
  ws: Word[],
  v: number,
  ctx: SpeakerContext,
): { heads: SpeakerHit[]; at: number } | null {
  const R = verbLexicon().partyRelatives;
  if (!R) return null;
  relativePhrases ??= [
    ...R.phrases,
    ...(verbLexicon().reachedBy?.participles ?? []).map((p) => `${p} by`),
  ].map(phraseWords);
  for (let k = v - 2; k >= 1 && v - k <= 9; k--) {
    if (/^[,;:.!?()"“”‘’—–]$/.test(ws[k].w) || CLOSE_QUOTE.has(ws[k].w) || OPEN_QUOTE.has(ws[k].w))
      return null;
    // ("the coalition against the Islamic State said": a bare "against" after a body's noun only.)
    const aim = ws[k].w === 'against' && (R.againstHeads ?? []).includes(ws[k - 1].w);
    // ("A correspondent who has interviewed survivors said": the one before "who", not the ones
    // the relative clause names.)
    const who = ws[k].w === 'who';
    if (
      !aim &&
      !who &&
      !R.participles.includes(ws[k].w) &&
      !relativePhrases.some((p) => matchAt(ws, k, p) > 0)
    )
      continue;
    const heads = speakerRightBefore(ws, k, ctx).filter((h) => h.to === k && !h.reciprocal);
    if (heads.length) return { heads, at: k };
    // ("Militias loyal to the army denied …": a plural noun the lexicon does not list.)
    // ("A panel set up by the president said": a body named by its noun after an article.)
    const unnamed =
      pluralNounAt(ws, k - 1) ?? (/^(?:a|an|the)$/.test(ws[k - 2]?.w ?? '') ? bodyNounAt(ws, k - 1) : null);
    return unnamed ? { heads: [unnamed], at: k } : null;
  }
  return null;
}

/** A plural noun at word i the lexicon does not list ("herders", "militias"), as an unnamed source. */
function pluralNounAt(ws: Word[], i: number): SpeakerHit | null {
  const noun = ws[i]?.w ?? '';
  return /^\p{L}\p{Ll}{2,}(?:s|men|people)$/u.test(noun) ? unnamedAt(ws, i) : null;
}

/** A lower-case noun at word i, after an article: "a panel", "the commission", as an unnamed source. */
function bodyNounAt(ws: Word[], i: number): SpeakerHit | null {
  const noun = ws[i]?.w ?? '';
  return /^\p{Ll}{3,}$/u.test(noun) && !/(?:ing|ed|ly)$/.test(noun) ? unnamedAt(ws, i) : null;
}

/** The word at i as an unnamed source, unless a function word. */
function unnamedAt(ws: Word[], i: number): SpeakerHit | null {
  if (isFunctionWord(ws[i].w)) return null;
  return {
    key: null,
    from: i,
    to: i + 1,
    generic: { name: ws[i].w, span: { start: ws[i].start, end: ws[i].end } },
  };
}

/** Auxiliaries and adverbs that are no verb of a relative clause's own. */
export const AUXILIARY = /^(?:has|had|have|is|was|are|were|been|be|also|then|later|once)$/;

/**
 * The relative pronoun that opens a clause ending right before the verb at v, whose own verb
 * follows it ("that runs the sites", "which had sent the convoy"), or -1.
 */
function restrictiveRelative(ws: Word[], v: number): number {
  for (let k = v - 1; k >= 1 && k >= v - 12; k--) {
    const w = ws[k].w;
    if (/^[,;:.!?()"“”‘’—–]$/.test(w) || CLOSE_QUOTE.has(w) || OPEN_QUOTE.has(w)) return -1;
    // ("a group that has pledged …": the verb itself is the clause's, its subject the group's.)
    if (/^(?:that|which|who|whose)$/.test(w)) {
      // ("who reportedly drove to the site": past an adverb; "who took part", "whose team was
      // helping": after "who" any word of content, after "whose" its noun, opens the clause.)
      let n = k + 1;
      while (n < v - 1 && /^\p{Ll}+ly$/u.test(ws[n].w)) n++;
      const next = ws[n]?.w ?? '';
      const opens =
        w === 'whose' ||
        /^(?:has|had|have|is|was|are|were|\p{Ll}+(?:s|ed))$/u.test(next) ||
        (w === 'who' && /^\p{Ll}+$/u.test(next) && !isFunctionWord(next));
      return opens && ws.slice(k + 1, v).some((x) => !AUXILIARY.test(x.w) && !/^\p{Ll}+ly$/u.test(x.w))
        ? k
        : -1;
    }
  }
  return -1;
}

/**
 * "known as (the) X", "called X", "dubbed X" filling the words from `from` up to the verb `v`:
 * the named body or person X (an entity, not a place).
 */
function knownAs(ws: Word[], from: number, v: number, ctx: SpeakerContext): SpeakerHit | null {
  let k = from;
  if (ws[k]?.w === ',') k++;
  while (ALIAS_ADVERBS.test(ws[k]?.w ?? '')) k++;
  if (!ALIAS_VERBS.test(ws[k]?.w ?? '')) return null;
  k++;
  if (ws[k]?.w === 'as') k++;
  if (/^(?:the|[“"])$/.test(ws[k]?.w ?? '')) k++;
  const e = ws[k] ? covering(ctx, ws[k]) : null;
  if (!e || e.type === 'country') return null;
  // (The name runs up to the verb, past a closing mark or comma.)
  let end = k;
  while (end < v && ws[end].end <= e.end) end++;
  if (!ws.slice(end, v).every((w) => /^[”",]$/.test(w.w))) return null;
  return { key: e.key, from: k, to: v };
}

/** "members", "officials", "leaders": a plural noun for the part of a body that speaks ("members of the group"). */
export function sourcePart(w: string): boolean {
  return /^(?:members|leaders|representatives)$/.test(w) || (/s$/.test(w) && isSourceNoun(w, true));
}
