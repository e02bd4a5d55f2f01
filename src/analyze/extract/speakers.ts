/**
 * Who says it: the speaker of a reporting verb, found before it ("X said", "X, an adviser to
 * the president, said", "X on Monday accused") or after it ("…, said X"), resolved through
 * pronouns and descriptions ("he", "the ministry") and generic sources ("officials", "analysts").
 */
import { countryByCapital } from '../geo/countries.ts';
import { isFunctionWord } from '../nlp/function-words.ts';
import { DOCUMENT_NOUNS, ISSUED } from './claim-resolve.ts';
import {
  bracketStart,
  CLOSE_QUOTE,
  COUNTED,
  citedSource,
  covering,
  describedSource,
  descriptionEnding,
  envoyOf,
  genericEnding,
  inTime,
  nationalAdjective,
  quotedBy,
  SKIP,
  type SpeakerContext,
  type SpeakerHit,
  speakerHead,
  wordIndexBefore,
} from './speaker-phrases.ts';
import {
  closeSource,
  DESCRIBING_PARTICIPLES,
  participleSubject,
  personBeforeRole,
  selfNamedBefore,
} from './speaker-subjects.ts';
import { isSourceNoun, verbAt, verbLexicon } from './verbs.ts';
import { matchAt, matchBefore, phraseWords, TIME_LEADS, WEEKDAY_NAME, type Word } from './words.ts';

/** Products of a body that speak for it: "a UN investigation found", "an Amnesty report said". */
const REPORT_NOUNS = /^(?:investigation|inquiry|probe|report|panel|team|review|assessment|study|analysis)$/;

/** Verbs by which a party puts out a document, and the documents: "issued a statement", "posted a video". */
const ISSUING = /^(?:issued|released|published|posted|circulated|sent|put)$/;
const DOCUMENT = new RegExp(`^(?:${DOCUMENT_NOUNS}|release|video|message)$`);

/**
 * Index of the issuing verb when the participle at `v` hangs on a document the subject put out
 * ("issued a separate statement saying", "put out a brief statement accusing"), else -1.
 */
function issuedDocument(ws: Word[], v: number, text: string): number {
  if (!/ing$/.test(ws[v]?.w ?? '')) return -1;
  // ("posted a video on Telegram accusing …": where it was put out comes between.)
  let d = v - 1;
  while (d > 0 && v - d <= 3 && /^\p{Lu}/u.test(text.slice(ws[d].start, ws[d].end))) d--;
  if (d < v - 1 && /^(?:on|via|to)$/.test(ws[d].w)) d--;
  else d = v - 1;
  if (!DOCUMENT.test(ws[d]?.w ?? '')) return -1;
  for (let k = d - 1; k >= Math.max(0, d - 5); k--) {
    if (ISSUING.test(ws[k].w)) return ws[k].w === 'put' && ws[k + 1]?.w !== 'out' ? -1 : k;
    if (!/^[\p{L}-]+$/u.test(ws[k].w)) return -1;
  }
  return -1;
}

/** "a statement attributed to X" right before the verb at `v`: X, from the document's determiner. */
function attributedDocument(ws: Word[], v: number, ctx: SpeakerContext): SpeakerHit | null {
  for (let k = v - 2; k >= Math.max(1, v - 14); k--) {
    if (ws[k].w !== 'attributed' || ws[k + 1]?.w !== 'to' || !DOCUMENT.test(ws[k - 1].w)) continue;
    let from = k - 1;
    while (
      from > 0 &&
      k - from < 4 &&
      /^[\p{Ll}-]+$/u.test(ws[from - 1].w) &&
      !/^(?:said|says)$/.test(ws[from - 1].w)
    )
      from--;
    for (let j = k + 2; j < v; j++) {
      const named = covering(ctx, ws[j]);
      if (named) return { key: named.key, from, to: v };
    }
    // ("… attributed to the embassy in Vienna": a body unnamed, up to its first preposition.)
    let end = k + 3;
    while (end < v && !PREPOSITIONS.has(ws[end].w)) end++;
    const body = describedSource(ws, end - 1, ctx);
    return body ? { ...body, from, to: v } : null;
  }
  return null;
}

/**
 * The comma opening an apposition clause ("backed by", "which") that a list of names ends, when
 * the comma at `open` only separates the names ("…, backed by A, B and C,"); else null.
 */
function listOpening(ws: Word[], open: number, ctx: SpeakerContext): number | null {
  let o = open;
  for (let n = 0; n < 4 && o > 0 && ws[o].w === ',' && covering(ctx, ws[bracketStart(ws, o - 1)]); n++) {
    let p = o - 1;
    while (
      p > 0 &&
      o - p <= 18 &&
      ws[p].w !== ',' &&
      (APPOSITION_CLAUSE.has(ws[p].w) || MADE_UP.test(wordsFrom(ws, p)) || !verbAt(ws, p))
    )
      p--;
    if (p <= 0 || ws[p].w !== ',') return null;
    if (APPOSITION_CLAUSE.has(ws[p + 1]?.w ?? '')) return p;
    // "the alliance, a coalition made up of A, B and C, said": a noun the clause describes, first.
    if (/^(?:a|an)$/.test(ws[p + 1]?.w ?? '') && listHead(ws, p + 2)) return p;
    o = p;
  }
  return null;
}

/** "made up of": a list's members, as "comprising" tells them. */
const MADE_UP = /^made up of\b/;

function wordsFrom(ws: Word[], p: number): string {
  return ws
    .slice(p, p + 3)
    .map((w) => w.w)
    .join(' ');
}

/** Up to three words of a noun, then the word opening what it is made of: "coalition made up of", "alliance of". */
function listHead(ws: Word[], p: number): boolean {
  for (let q = p; q < p + 4 && q < ws.length; q++) {
    if (ws[q].w === ',') return false;
    if (APPOSITION_CLAUSE.has(ws[q].w) || MADE_UP.test(wordsFrom(ws, q)) || (q > p && ws[q].w === 'of'))
      return true;
  }
  return false;
}

const APPOSITION_CLAUSE = new Set([
  'whose',
  'who',
  'which',
  'headed',
  'commanded',
  'founded',
  'run',
  'controlled',
  'chaired',
  'represented',
  // "the committee, comprising ministers and service chiefs including X and Y, said".
  'comprising',
  'consisting',
  'composed',
  'grouping',
  // "the front, under the command of X, said": the one commanded speaks.
  'under',
  ...DESCRIBING_PARTICIPLES,
]);
const AGENT_MARKERS = new Set(['as', 'by', 'of', 'with', 'for', 'to', 'from', 'including', 'under']);
const PREPOSITIONS = new Set(['in', 'of', 'from', 'at', 'for']);
const OPEN_QUOTE = new Set(['“', '«', '„']);
const WEEKDAY = new RegExp(`^${WEEKDAY_NAME}$|^(?:today|yesterday|tonight|overnight)$`);
const BRIEFING = /^(briefing|telling|informing|briefed|told|informed)$/;
const STATE_SOURCES = /^(officials|authorities|an official|one official|a senior official|diplomats)$/;

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

/** A lower-case word that may sit between a preposition and a place: "the", "eastern", "occupied". */
function isLowerModifier(w: Word, text: string): boolean {
  return /^\p{Ll}[\p{L}-]*$/u.test(text.slice(w.start, w.end)) && !PREPOSITIONS.has(w.w) && !SKIP.has(w.w);
}

/** "…, including A, B, the C and D," ending at the comma at word `end`: the parties listed. */
function includedList(ws: Word[], end: number, ctx: SpeakerContext): SpeakerHit[] {
  let k = end - 1;
  const out: SpeakerHit[] = [];
  while (k > 0 && end - k < 24) {
    const w = ws[k];
    if (w.w === 'including' || (w.w === 'as' && ws[k - 1]?.w === 'such'))
      return ws[k - 1]?.w === ',' || w.w === 'as' ? out : [];
    if (w.w === ',' || w.w === 'and' || w.w === 'the') {
      k--;
      continue;
    }
    const m = covering(ctx, w);
    if (!m || m.type === 'place') return [];
    const from = wordIndexBefore(ws, m.start) + 1;
    out.unshift({ key: m.key, from, to: k + 1 });
    k = from - 1;
  }
  return [];
}

/** "A communique released that evening rejected …": a document, the participle that put it out, and a time. */
const PUT_OUT = /^(?:issued|released|published|posted|read)$/;
let documentRe: RegExp | null = null;

/** Speakers before the verb at word index v (several for "Ethiopia and Eritrea both said"). */
export function speakerBefore(ws: Word[], v: number, ctx: SpeakerContext): SpeakerHit[] {
  // ("A statement issued on Monday denied …": the document speaks, past its participle and the
  // adjunct of time or place that follows it — no verb and no comma between.)
  documentRe ??= new RegExp(`^(?:${DOCUMENT_NOUNS})$`, 'i');
  // (The verb lexicon is asked only once such a participle is found: this runs for every verb.)
  for (let k = v - 2; k >= 2 && v - k <= 7; k--) {
    if (/^[,;:“”"]$/.test(ws[k].w)) break;
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
    if (c > 0 && ws[c].w === ',' && /^(?:like|unlike)$/.test(ws[c + 1]?.w ?? '')) {
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
  // "two farmers and a local official told …", "witnesses, medics and a lawyer said": unnamed
  // sources that say it together.
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
  // "A local official who spoke on condition of anonymity, said …": the subject before its
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

/** "unconfirmed reports", "media reports" right before the verb at v, opening its clause: an unnamed source. */
function reportsBefore(ws: Word[], v: number, ctx: SpeakerContext): SpeakerHit | null {
  if (!/^reports$/.test(ws[v - 1]?.w ?? '')) return null;
  let from = v - 1;
  while (from > 0 && v - from < 3 && /^\p{L}+$/u.test(ws[from - 1].w) && !isFunctionWord(ws[from - 1].w))
    from--;
  if (from > 0 && !/^(?:the|and|but|while|[,;:—–“”"])$/.test(ws[from - 1].w)) return null;
  const span = { start: ws[from].start, end: ws[v - 1].end };
  return {
    key: null,
    from,
    to: v,
    generic: { name: ctx.text.slice(span.start, span.end).toLowerCase(), span },
  };
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
    if (!aim && !R.participles.includes(ws[k].w) && !relativePhrases.some((p) => matchAt(ws, k, p) > 0))
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
const AUXILIARY = /^(?:has|had|have|is|was|are|were|been|be|also|then|later|once)$/;

/**
 * The relative pronoun that opens a clause ending right before the verb at v, whose own verb
 * follows it ("that runs the sites", "which had sent the convoy"), or -1.
 */
function restrictiveRelative(ws: Word[], v: number): number {
  for (let k = v - 1; k >= 1 && k >= v - 12; k--) {
    const w = ws[k].w;
    if (/^[,;:.!?()"“”‘’—–]$/.test(w) || CLOSE_QUOTE.has(w) || OPEN_QUOTE.has(w)) return -1;
    // ("a group that has pledged …": the verb itself is the clause's, its subject the group's.)
    if (/^(?:that|which|who)$/.test(w))
      return /^(?:has|had|have|is|was|are|were|\p{Ll}+(?:s|ed))$/u.test(ws[k + 1]?.w ?? '') &&
        ws.slice(k + 1, v).some((x) => !AUXILIARY.test(x.w) && !/^\p{Ll}+ly$/u.test(x.w))
        ? k
        : -1;
  }
  return -1;
}

/** Words between a relative pronoun and its verb of saying: "which also said", "who later told". */
const RELATIVE_ADVERBS =
  /^(?:also|later|then|again|earlier|previously|already|further|subsequently|has|had|have)$/;

function speakerRightBefore(ws: Word[], v: number, ctx: SpeakerContext): SpeakerHit[] {
  // "…,” Harold Ochieng, commanding officer of the 39th Battalion, said": the person before an
  // appositive that names a role, not the body the role belongs to.
  const appositive = personBeforeRole(ws, v, ctx);
  if (appositive) return [appositive];
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
        // ("The UN mission in the Democratic Republic of the Congo (DRC) said": a country closing a
        // phrase of place, its acronym after it, is where the speaker is.)
        const place = ctx.entities.find(
          (e) => (e.type === 'country' || e.type === 'place') && e.start <= ws[j].start && ws[j].end <= e.end,
        );
        const at = place ? wordIndexBefore(ws, place.start) : -1;
        const prep = ws[at]?.w === 'the' ? at - 1 : at;
        if (place && prep > 0 && /^(?:in|for)$/.test(ws[prep].w)) {
          const head = speakerBefore(ws, prep, ctx).filter((h) => h.to === prep);
          if (head.length) return head;
        }
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
      // "Sudan's army chief, Abdel Fattah al-Burhan, said": the name right before the comma.
      const named = covering(ctx, ws[bracketStart(ws, j - 1)]);
      const from = named ? wordIndexBefore(ws, named.start) + 1 : -1;
      // ... unless the name sits inside a relative or participle clause: "the RSF, led by X, said",
      // "the RSF, whose commander is known as X, said".
      let open = j - 1;
      while (open > 0 && j - open < 18 && ws[open].w !== ',' && ws[open].w !== '—' && ws[open].w !== '–')
        open--;
      // "the LNA, backed by A, B and C, has promised": past the commas of a list of names to the
      // clause that holds it.
      const listed = listOpening(ws, open, ctx);
      const clauseStart = ws[(listed ?? open) + 1]?.w ?? '';
      const inClause =
        APPOSITION_CLAUSE.has(clauseStart) ||
        (listed !== null && /^(?:a|an)$/.test(clauseStart)) ||
        (from > 0 && AGENT_MARKERS.has(ws[from - 1].w));
      // "Major X, the army spokesman of the 21st Battalion, said": the person the apposition describes.
      // ("X, general commander of the Y Forces (YF), on Saturday blamed …": a role with no
      // article opens the apposition too.)
      const roleAt = ws
        .slice(open + 1, open + 5)
        .findIndex((x) => verbLexicon().descriptionHeads.roleHeads.includes(x.w));
      const roleLed =
        roleAt >= 0 &&
        ws
          .slice(open + 1, open + 1 + roleAt)
          .every((x) => /^[\p{L}.-]+$/u.test(x.w) && !/(?:ed|ing)$/.test(x.w)) &&
        !APPOSITION_CLAUSE.has(clauseStart);
      const described =
        open > 0 && ws[open].w === ',' && (/^(the|a|an)$/.test(clauseStart) || roleLed)
          ? covering(ctx, ws[open - 1])
          : null;
      const describedFrom = described ? wordIndexBefore(ws, described.start) + 1 : -1;
      if (described?.type === 'person' && !(describedFrom > 0 && AGENT_MARKERS.has(ws[describedFrom - 1].w)))
        return [{ key: described.key, from: describedFrom, to: j }];
      // "The UN mission in Chad, MINUT, condemned …": a country closing a place phrase before the
      // comma is read with the phrase it closes.
      if (
        named &&
        !inClause &&
        named.type === 'country' &&
        from > 1 &&
        /^(?:in|of|from|at)$/.test(ws[from - 1].w) &&
        j === v - 1
      ) {
        j--;
        continue;
      }
      if (named && !inClause) return [{ key: named.key, from, to: j }];
    }
    if (w.w === ',' || w.w === '—' || w.w === '–') {
      // An apposition between the speaker and the verb: "X, an adviser to the president, said".
      let k = j - 1;
      while (k >= 0 && j - k < 30 && ws[k].w !== ',' && ws[k].w !== '—' && ws[k].w !== '–') k--;
      k = listOpening(ws, k, ctx) ?? k;
      // (A long apposition only as a clause: "The AA, which represents … and is fighting …, has denied",
      // "the committee, comprising …, said".)
      if (
        k > 0 &&
        (j - k < 18 ||
          (j - k < 30 && APPOSITION_CLAUSE.has(ws[k + 1]?.w ?? '')) ||
          (j - k < 40 && /^(?:a|an)$/.test(ws[k + 1]?.w ?? '') && listHead(ws, k + 2)))
      ) {
        // "X (ACR), which is based in Y, said": the name before the bracket.
        const bracketed = ws[k - 1]?.w === ')' ? covering(ctx, ws[bracketStart(ws, k - 1)]) : null;
        if (bracketed) return [{ key: bracketed.key, from: wordIndexBefore(ws, bracketed.start) + 1, to: k }];
        // From the comma that opens the apposition, so that stacked appositions are stepped over
        // too: "the RSF, commanded by X, widely known as Y, said" → the RSF.
        const before = speakerBefore(ws, k + 1, ctx).filter((s) => s.to <= k && !s.reciprocal);
        if (before.length) return before;
        // "Officials at the centre, who reported …, said": a source before a phrase of place, not the place.
        const placed = genericBeforePlace(ws, k, ctx.text);
        if (placed) return [placed];
        // "The army, for its part, said": a description or generic source before the apposition.
        const desc = descriptionEnding(ws, k);
        if (desc) return [{ key: null, from: k - desc.length, to: k, description: desc.join(' ') }];
        const head = speakerHead(ws, k, ctx);
        if (head.length) return head;
        // "The National Security Committee, comprising …, said": a body described by its head noun.
        const body = describedSource(ws, k - 1, ctx);
        if (body) return [body];
        // "witnesses in A and in B, across the river, told": a generic source before place phrases.
        const generic = speakerBefore(ws, k, ctx).filter((s) => s.generic);
        if (generic.length) return generic;
        // "Lumen, which tracks militant channels, said": a name the entity layer does not know,
        // alone before a clause that describes it, opening the sentence.
        const unknown = unknownNameOpening(ws, k, ctx.text);
        if (unknown && (APPOSITION_CLAUSE.has(ws[k + 1]?.w ?? '') || /^(?:a|an)$/.test(ws[k + 1]?.w ?? '')))
          return [unknown];
      }
      return [];
    }
    for (const p of RECIPROCAL_SUBJECTS) {
      if (matchBefore(ws, j + 1, p))
        return [{ key: null, from: j + 1 - p.length, to: j + 1, reciprocal: true }];
    }
    // "Residents of <city> said": the source is the noun before the preposition, not the city.
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
    // "the separatist authorities in <place> said": step over the place phrase.
    const place = ctx.entities.find((e) => e.type === 'place' && e.start <= w.start && w.end <= e.end);
    if (place) {
      const k = wordIndexBefore(ws, place.start);
      if (k >= 1 && (ws[k].w === 'in' || ws[k].w === 'of' || ws[k].w === 'from')) {
        j = k - 1;
        continue;
      }
    }
    // "a UN inquiry has found", "an Amnesty report said": the body behind it.
    if (REPORT_NOUNS.test(w.w) && j > 0) {
      const body = covering(ctx, ws[j - 1]);
      if (body && body.type !== 'place')
        return [{ key: body.key, from: wordIndexBefore(ws, body.start) + 1, to: j + 1 }];
    }
    // "Official casualty reports indicate …": reports of no named body, named by their modifiers.
    if (w.w === 'reports' && j > 0 && v === j + 1) {
      let f = j;
      while (f > 0 && j - f < 3 && verbLexicon().sourceModifiers.words.includes(ws[f - 1].w)) f--;
      if (f < j && (f === 0 || /^[,;:“"]$/.test(ws[f - 1].w))) {
        const span = { start: ws[f].start, end: ws[j].end };
        return [
          { key: null, from: f, to: j + 1, generic: { name: ctx.text.slice(span.start, span.end), span } },
        ];
      }
    }
    const m = covering(ctx, w);
    if (m) {
      const from = wordIndexBefore(ws, m.start) + 1;
      const hits: SpeakerHit[] = [{ key: m.key, from, to: j + 1 }];
      // coordination: "Israel and Hamas both confirmed", "Russia, China and Iran condemned", "the
      // UN, the United States, the EU and France have expressed concern".
      // "Both the army and the RSF accused each other": the article before the last conjunct too.
      // (Only with "both" or a description: "Saudi Arabia and the United States said" stays one
      // joint statement, under the last named.)
      const the = ws[from - 1]?.w === 'the';
      const and = the ? from - 2 : from - 1;
      const both = ws.slice(Math.max(0, and - 6), and).some((x) => x.w === 'both');
      if (and >= 1 && ws[and].w === 'and' && (!the || both || !covering(ctx, ws[and - 1]))) {
        let end = and;
        for (let n = 0; n < 6 && end >= 1; n++) {
          const other = covering(ctx, ws[end - 1]);
          // "the army and the RSF": a description as the other conjunct.
          const desc = other ? null : descriptionEnding(ws, end);
          if (desc && n === 0) {
            hits.unshift({ key: null, from: end - desc.length, to: end, description: desc.join(' ') });
            break;
          }
          if (!other || hits.some((h) => h.key === other.key)) break;
          let start = wordIndexBefore(ws, other.start) + 1;
          hits.unshift({ key: other.key, from: start, to: end });
          if (start > 0 && ws[start - 1].w === 'the') start--;
          if (start < 2 || ws[start - 1].w !== ',') break;
          end = start - 1;
        }
      }
      return hits;
    }
    const g = genericEnding(ws, j + 1, ctx.text);
    if (g) {
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
    if (/^(he|she|it|they)$/.test(w.w)) return [{ key: null, from: j, to: j + 1 }];
    // ", which has said" / ", who told": the entity the relative clause hangs on.
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
    const descFirst = descriptionEnding(ws, j + 1);
    if (descFirst)
      return [{ key: null, from: j + 1 - descFirst.length, to: j + 1, description: descFirst.join(' ') }];
    const np = describedSource(ws, j, ctx);
    if (np) return [np];
    const desc = descriptionEnding(ws, j + 1);
    if (desc) return [{ key: null, from: j + 1 - desc.length, to: j + 1, description: desc.join(' ') }];
    // "authorities in the ethnic separatist enclave said": step back over a short prepositional phrase.
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
  return [];
}

/**
 * A generic source before a short phrase of place in lower case ending at word `k`: "officials at
 * the centre", "residents of the camp" — the source, not the place.
 */
function genericBeforePlace(ws: Word[], k: number, text: string): SpeakerHit | null {
  let p = k - 1;
  while (
    p > 0 &&
    k - p <= 3 &&
    !PREPOSITIONS.has(ws[p].w) &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(text.slice(ws[p].start, ws[p].end))
  )
    p--;
  if (p < 1 || p === k - 1 || !/^(?:at|in|of|from)$/.test(ws[p].w)) return null;
  const head = genericEnding(ws, p, text);
  if (!head) return null;
  // (named with its place, as the text does: "officials at the centre")
  const from = p - head.length;
  const span = { start: ws[from].start, end: ws[k - 1].end };
  return { key: null, from, to: k, generic: { name: text.slice(span.start, span.end), span } };
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

/** One to four capitalised words from the sentence's start to word `k`, no known word among them: an unnamed source. */
function unknownNameOpening(ws: Word[], k: number, text: string): SpeakerHit | null {
  if (k < 1 || k > 4) return null;
  const run = ws.slice(0, k);
  if (!run.every((w) => /^\p{Lu}[\p{L}-]*$/u.test(text.slice(w.start, w.end)) && !isFunctionWord(w.w)))
    return null;
  const span = { start: run[0].start, end: run[k - 1].end };
  return { key: null, from: 0, to: k, generic: { name: text.slice(span.start, span.end), span } };
}

/** "members", "officials", "leaders": a plural noun for the part of a body that speaks ("members of the group"). */
export function sourcePart(w: string): boolean {
  return /^(?:members|leaders|representatives)$/.test(w) || (/s$/.test(w) && isSourceNoun(w, true));
}
