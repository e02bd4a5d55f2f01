/**
 * Where a draft's content and mention lie, once its speakers are found (claim-drafts.ts): the
 * words that open a source named after what it said ("…, the state-run news agency Petra said",
 * "“…,” one of the officials said", "a communique carried by state radio said"), whether the
 * attribution is inverted after what was said, and the content and mention that follow. Pure.
 */
import { lexicon } from '../entities/lexicon.ts';
import { isFunctionWord } from '../nlp/function-words.ts';
import { PAST_WORDS } from '../time/lexicon.ts';
import type { Span } from '../types.ts';
import { contentStart, laterAttributionRe, pastAddressee } from './claim-content.ts';
import { quoteBefore } from './claim-quotes.ts';
import { DOCUMENT_NOUNS } from './claim-resolve.ts';
import type { ClaimDraft } from './claim-sources.ts';
import { trimSpan } from './claim-tidy.ts';
import type { ClaimInput } from './claims.ts';
import { adjunctEnds, relativeClauseEnd } from './draft-speakers.ts';
import { isCloseQuote, type SpeakerHit } from './speaker-phrases.ts';
import { sourcePart } from './speakers.ts';
import { AUX_OR_MODAL } from './speech-gates.ts';
import { isTitleWord, titleStart } from './titles.ts';
import { type VerbHit, verbAt, verbLexicon } from './verbs.ts';
import type { Word } from './words.ts';

/** Counts of a source named after "of": "one of the officials", "several of its members". */
const PARTITIVE =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|some|several|many|most|each|both|all|either|neither|none)$/;

/** Words that hold a verb: an auxiliary, a past form, or a quotation. */
function saysSomething(ws: Word[], text: string): boolean {
  return ws.some(
    (w) =>
      AUX_OR_MODAL.test(w.w) ||
      // (A verb's "-ed" and "-s" in lower case only: "the ambassador to the United Nations, X, has
      // denied …" is a subject and its apposition.)
      /^\p{Ll}+(?:ed|s)$/u.test(text.slice(w.start, w.end)) ||
      PAST_WORDS.has(w.w) ||
      /^[“”"]$/.test(w.w),
  );
}

/** A document a broadcaster or site carries: "a statement carried by state TV", "a video posted by …". */
const CARRIED_DOCUMENT = new RegExp(`^(?:${DOCUMENT_NOUNS}|message|post|video)$`, 'i');
/**
 * What a source's words were said in: "in a statement", "in its report", "in remarks reported by
 * AFP" (where an outlet only carried them).
 */
export const SAID_IN = new RegExp(
  `^(?:${DOCUMENT_NOUNS}|statements|remarks|comments|words|interviews?|footage|video|post|message)$`,
  'i',
);
/** Adverbs that open a sentence before its adjunct: "However, speaking to reporters, …". */
const DISCOURSE =
  /^(?:however|meanwhile|but|and|also|separately|still|yet|instead|later|earlier|now|then|elsewhere)$/;

/** The speakers of one reporting verb, and how they stand to it (found by claim-drafts.ts). */
export interface Speaking {
  speakers: SpeakerHit[];
  /** The speaker follows the verb: "…, said the rebel spokesman." */
  inverted: boolean;
  /** The agent of a passive: "accused by X", "dismissed as “nonsense” by X". */
  passive: boolean;
  /** The subject a clause before shares: "X accused … and warned …", "…, urging …". */
  inherited: boolean;
  /** "The RSF stands accused of killing civilians": no agent; the outlet reports the charge. */
  agentless: boolean;
  /** A verb of saying that names no one told, not a participle: "said", not "told". */
  sayLike: boolean;
}

/**
 * Inverted attribution: the content is what stands before ", X said" in the sentence. Where the
 * source named from word `spFrom` opens: "…,” Taliban spokesman X said" (the title between the
 * quotation and the name is the speaker's), "…, the defence ministry's spokesman X said" (the
 * article may open the title), "…, the state-run news agency Petra said" (the article and a
 * modifier or two may open it).
 */
function titleOpener(input: ClaimInput, ws: Word[], spFrom: number): { titleFrom: number; opener: number } {
  const { text } = input;
  // "…,” Taliban spokesman X said": the title between the quotation and the name is the speaker's.
  const titled = titleStart(ws, spFrom, text, input.entities);
  // "…, the defence ministry's spokesman X said": the article may open the title.
  const opens = (k: number) =>
    k > 0 &&
    (/^[,”"»]$/.test(ws[k - 1].w) || (ws[k - 1].w === 'the' && k > 1 && /^[,”"»]$/.test(ws[k - 2].w)));
  const titleFrom = titled < spFrom && opens(titled) ? titled : spFrom;
  // "…, the state-run news agency Petra said": the article and a modifier or two may open it.
  let opener = titleFrom;
  while (
    opener > 0 &&
    titleFrom - opener < 3 &&
    sourceModifier(text, ws[opener - 1]) &&
    !verbAt(ws, opener - 1)
  )
    opener--;
  return { titleFrom, opener };
}

/**
 * A modifier that opens a source named after a comma: any hyphened word ("anti-Kremlin rebels",
 * "Kremlin-backed officials", "state-run"), or a lower-case "state", "official", "local" ….
 */
function sourceModifier(text: string, w: Word): boolean {
  const surface = text.slice(w.start, w.end);
  return (
    /^\p{L}+(?:-\p{L}+)+$/u.test(surface) ||
    (/^\p{Ll}+$/u.test(surface) &&
      /^(?:state|official|government|local|independent|private|public|national|regional)$/.test(w.w))
  );
}

/**
 * "…, press freedom group Reporters Without Borders said.": a description of the name, all in
 * lower-case nouns, between the comma and the name — before the modifiers of titleOpener too
 * ("senior administration official <Name>"). Where the source opens then (`opener` if none).
 */
function descriptionOpener(input: ClaimInput, ws: Word[], opener: number, titleFrom: number): number {
  const { text } = input;
  if (opener > 1) {
    // ("…,” the director of the town's largest clinic <Name> told AFP": "the", "of" and a possessive
    // may stand inside it, after a quotation too.)
    let k = opener;
    while (
      k > 0 &&
      opener - k < 8 &&
      // (a place's possessive included: "the head of Kunduz's main hospital")
      (/^\p{Ll}[\p{Ll}'’-]*$/u.test(text.slice(ws[k - 1].start, ws[k - 1].end)) ||
        /^\p{Lu}[\p{L}-]*['’]s$/u.test(text.slice(ws[k - 1].start, ws[k - 1].end))) &&
      (!isFunctionWord(ws[k - 1].w) || /^(?:of|the|for|a|an)$/.test(ws[k - 1].w)) &&
      !/(?:ing|ed|ly)$/.test(ws[k - 1].w) &&
      !verbAt(ws, k - 1)
    )
      k--;
    // (Never ending on "of": "…, one of the two officials" is no description.)
    if (ws[k]?.w === 'of') k = opener;
    if (
      k < opener &&
      (ws[k - 1]?.w === ',' || isCloseQuote(ws[k - 1])) &&
      (input.entities.some((e) => e.start === ws[titleFrom].start && e.type !== 'place') ||
        // ("…, a spokesman for the group said": a description of the party spoken for.)
        (ws[titleFrom].w === 'the' && /^(?:of|for)$/.test(ws[titleFrom - 1]?.w ?? '')))
    )
      opener = k;
  }
  return opener;
}

/**
 * "“…,” the group's military spokesman, Ali Musa, told AFP": a title in apposition before the
 * name, between the quotation (or a comma) and the name's own comma, opens the source. Where the
 * source opens then (`opener` if there is none).
 */
function appositionOpener(input: ClaimInput, ws: Word[], opener: number): number {
  const { text } = input;
  if (opener < 3 || ws[opener - 1].w !== ',') return opener;
  let k = opener - 1;
  let titled = false;
  while (k > 0 && opener - 1 - k < 6) {
    const w = ws[k - 1];
    const surface = text.slice(w.start, w.end);
    if (w.w === ',' || isCloseQuote(w)) break;
    const word =
      /^\p{Ll}[\p{Ll}'’-]*$/u.test(surface) ||
      /^\p{L}[\p{L}-]*['’]s$/u.test(surface) ||
      isTitleWord(w, text, input.entities);
    if (!word || verbAt(ws, k - 1) || (isFunctionWord(w.w) && !/^(?:of|the|for|a|an)$/.test(w.w)))
      return opener;
    if (lexicon().titleHeads.has(w.w)) titled = true;
    k--;
  }
  if (k === opener - 1 || k === 0 || !titled || ws[k]?.w === 'of') return opener;
  return ws[k - 1].w === ',' || isCloseQuote(ws[k - 1]) ? k : opener;
}

/**
 * The words before the source that still belong to it: "…, members of the group said" (its part
 * before "of"), "“…,” one of the officials said", "…, three Iraqi officers told AFP" (a count),
 * "“…,” a communique carried by state radio said" (the document that carried it), "…, the
 * country's health ministry said" (a common noun's possessive). Where the source opens then.
 */
function partOpener(text: string, ws: Word[], from: number): number {
  let opener = from;
  // "…, members of the group said", "…, officials of the ministry said": the source's part
  // named before "of" opens it.
  if (
    opener > 2 &&
    ws[opener - 1].w === 'of' &&
    /^\p{Ll}+$/u.test(text.slice(ws[opener - 2].start, ws[opener - 2].end)) &&
    sourcePart(ws[opener - 2].w)
  )
    opener -= 2;
  // "“…,” one of the officials said", "…, two of its commanders said": a count of the source.
  {
    const det = /^(?:the|its|their|his|her|our|these|those)$/.test(ws[opener - 1]?.w ?? '') ? 1 : 0;
    if (ws[opener - 1 - det]?.w === 'of' && PARTITIVE.test(ws[opener - 2 - det]?.w ?? '')) opener -= 2 + det;
    // ("…, three Iraqi officers told AFP": a count before the source's name.)
    else if (
      (PARTITIVE.test(ws[opener - 1]?.w ?? '') || /^\d+$/.test(ws[opener - 1]?.w ?? '')) &&
      (ws[opener - 2]?.w === ',' || isCloseQuote(ws[opener - 2]))
    )
      opener -= 1;
  }
  // "“…,” a communique carried by state radio said": the document and the verb that carried
  // it stand between the quotation and the one that spread it.
  if (
    opener > 3 &&
    ws[opener - 1].w === 'by' &&
    /^(?:carried|published|issued|broadcast|released|aired|posted|relayed)$/.test(ws[opener - 2].w) &&
    CARRIED_DOCUMENT.test(ws[opener - 3].w)
  )
    opener -= /^(?:a|an|the)$/.test(ws[opener - 4]?.w ?? '') ? 4 : 3;
  // "…, the country's health ministry said": a common noun's possessive opens it too.
  if (opener > 0 && /^\p{Ll}[\p{Ll}-]*['’]s$/u.test(text.slice(ws[opener - 1].start, ws[opener - 1].end)))
    opener--;
  return opener;
}

/**
 * Whether the attribution stands inverted after what was said, its source opening at word
 * `opener`: "…, X said (on Monday)." — the verb ends the sentence but for a few words of
 * adjuncts, a participle clause ("“…,” he warned, saying …"), an answer in apposition ("…,
 * residents said, an allegation denied by the country's army") or an adjunct clause ("…, the
 * Kremlin said when asked about …"). Not after an opening adjunct ("Speaking to reporters in
 * Kyiv, X said …") nor a subject before its apposition ("The head of the monitoring group, Jane
 * Doe, said …"). `before` is the word that closes what was said.
 */
function invertedAfterSaid(
  input: ClaimInput,
  ws: Word[],
  v: VerbHit,
  s: Speaking,
  spFrom: number,
  titleFrom: number,
  opener: number,
): { invertedBefore: boolean; before: Word | undefined } {
  const { text } = input;
  const { passive, sayLike } = s;
  const before = opener > 0 ? ws[ws[opener - 1].w === 'the' ? opener - 2 : opener - 1] : undefined;
  // "…, X said (on Monday)." — the verb ends the sentence but for a few words of adjuncts.
  // ("…, the monitor wrote in its report on Friday, which the army refuted.": a relative clause answering the
  // claim closes the attribution; its own verb is no part of what was said.)
  const relAt = ws.findIndex(
    (w, k) => k >= v.to && w.w === ',' && /^(?:which|who)$/.test(ws[k + 1]?.w ?? ''),
  );
  const tailEnd = relAt >= 0 ? relAt : ws.length;
  const tail = ws.slice(v.to, tailEnd).filter((w) => !/^[.,;:!?”"’)]$/.test(w.w));
  // "“…,” he warned, saying …": a participle clause after the verb does not stop the inversion.
  // "…, the army said late Wednesday, adding …": a time may stand between.
  let afterVerb = v.to;
  // "…,” X told reporters Monday, denying …": past the one told, too.
  afterVerb = pastAddressee(input, ws, afterVerb, v.entry.lemma);
  for (const t of input.times)
    if (ws[afterVerb] && t.start <= ws[afterVerb].start + 6 && t.start >= ws[v.to - 1].end)
      while (afterVerb < ws.length && ws[afterVerb].end <= t.end) afterVerb++;
  afterVerb = pastSaidIn(ws, afterVerb);
  const participleNext =
    ws[afterVerb]?.w === ',' &&
    // "…, X said on Saturday, while Y said …": a clause of its own goes on after the attribution.
    // ("…, witnesses said, despite a truce called …": an adjunct of what was said, after it.)
    /ing$|^(?:while|whereas|but|as|despite|amid|although|though|even|after|before|when|since|following)$/.test(
      ws[afterVerb + 1]?.w ?? '',
    );
  // "…, an insurgent source told AFP (on Sunday)." — told whom, then nothing more.
  const toldWhom =
    !v.participle &&
    verbLexicon().addresseeVerbs.includes(v.entry.lemma) &&
    tail.length > 0 &&
    !tail.some((w) => w.w === 'that');
  // "If X had air defences, he added, “the missile could have been stopped”": a quotation right
  // after the verb is what was said, not the clause before the parenthetical.
  const quoteNext = /^[,:]$/.test(ws[v.to]?.w ?? '') && /^[“"«„]$/.test(ws[v.to + 1]?.w ?? '');
  // "Speaking to reporters in Kyiv, X said …", "In a post on Telegram, X said …": an adjunct
  // opening the sentence is not what was said.
  // ("However, speaking to Reuters, X said …": past a discourse adverb that opens the sentence.)
  const a0 = DISCOURSE.test(ws[0]?.w ?? '') ? (ws[1]?.w === ',' ? 2 : 1) : 0;
  const adjunctOnly =
    titleFrom > a0 &&
    /^(?:\p{Ll}+ing|asked|in|on|at|during|after|before|while|when|addressing|following|writing|via)$/iu.test(
      ws[a0]?.w ?? '',
    ) &&
    adjunctEnds(ws, a0, titleFrom) &&
    // ("Shelling killed four people in the town, X said": a gerund that is the subject of a verb.)
    !(
      /ing$/.test(ws[a0].w) &&
      /^(?:\p{Ll}+ed|has|have|had|was|were|is|are|left|hit)$/u.test(ws[a0 + 1]?.w ?? '')
    ) &&
    // "At least five were former rebels, the government said": a clause, not an adjunct.
    !(ws[a0].w === 'at' && /^(?:least|most)$/.test(ws[a0 + 1]?.w ?? '')) &&
    !ws.slice(a0 + 1, titleFrom).some((w) => AUX_OR_MODAL.test(w.w));
  const invertedBefore =
    !passive &&
    !adjunctOnly &&
    !quoteNext &&
    (sayLike || toldWhom || (!v.participle && isCloseQuote(before))) &&
    (before?.w === ',' || isCloseQuote(before)) &&
    spFrom > 2 &&
    // "…, the Kremlin said when asked about …": an adjunct clause after the verb.
    (tail.length < 8 ||
      participleNext ||
      // "…, residents said, an allegation denied by the country's army": the answer in apposition.
      answerAfter(ws, afterVerb) ||
      /^(?:when|after|while|before)$/.test(tail[0]?.w ?? '') ||
      // ("“…,” X told AFP about the shelling that took place on Monday": what it was about.)
      (ws[afterVerb]?.w === 'about' && isCloseQuote(before)) ||
      // "…, X said during a news conference at the museum in the capital.": adjuncts only.
      // ("…,” she said in remarks e-mailed to a newspaper.": a participle that tells of the
      // document, or a word of a name, is no verb of a clause.)
      (/^(?:during|at|in|on|from|via|through|to)$/.test(tail[0]?.w ?? '') &&
        !ws
          .slice(v.to, tailEnd)
          .some(
            (w, k) =>
              verbAt(ws, v.to + k) !== null &&
              !ofDocument(ws, v.to + k) &&
              !input.entities.some((e) => e.start <= w.start && w.end <= e.end),
          ))) &&
    tail[0]?.w !== 'that' &&
    // "The head of the monitoring group, Jane Doe, said …": a subject before its apposition
    // is no statement — what precedes the comma must say something (a verb or a quotation).
    (isCloseQuote(before) || saysSomething(ws.slice(0, titleFrom), text));
  return { invertedBefore, before };
}

/** A participle right after what words were said in: "remarks e-mailed to …", "a letter obtained by …". */
function ofDocument(ws: Word[], k: number): boolean {
  return (
    SAID_IN.test(ws[k - 1]?.w ?? '') && /^(?:\p{L}+ed|sent|given|seen|read|made|written)$/u.test(ws[k].w)
  );
}

/**
 * Past what the words were said in, up to the comma after it: "in its statement," ("“…,” the
 * office said in its statement, after …") or "in remarks reported by AFP," ("…, X said Sunday in
 * remarks reported by AFP, as …", an outlet that only carried them). `at` when there is none.
 */
function pastSaidIn(ws: Word[], at: number): number {
  if (ws[at]?.w !== 'in') return at;
  let k = at + 1;
  if (/^(?:a|an|its|their|his|her|the)$/.test(ws[k]?.w ?? '')) k++;
  if (!SAID_IN.test(ws[k]?.w ?? '')) return at;
  if (ws[k + 1]?.w === ',') return k + 1;
  const by = ws.findIndex((w, n) => n > k && n <= k + 2 && w.w === 'by');
  const comma = ws.findIndex((w, n) => n > by && w.w === ',');
  return by > 0 && comma > 0 && comma - by <= 6 ? comma : at;
}

/**
 * The content and mention of the draft of verb `i` in sentence `si`, its speakers spanning words
 * `spFrom`–`spTo`: what stands before an inverted attribution, the few words before a passive's
 * verb, the quotation just before "Mujahid said.", the object of "Y denied that.", or what follows
 * the verb; the whole clause for "X has been accused of …". Null for "…, according to police
 * reports." (the source's noun, not a verb of saying).
 */
export function draftSpans(
  input: ClaimInput,
  si: number,
  ws: Word[],
  i: number,
  v: VerbHit,
  s: Speaking,
  spFrom: number,
  spTo: number,
): { content: Span; mention: Span } | null {
  const { text } = input;
  const sent = input.sentences[si];
  const { inverted, passive, inherited, agentless, sayLike } = s;
  const title = titleOpener(input, ws, spFrom);
  const { titleFrom } = title;
  let opener = title.opener;
  opener = descriptionOpener(input, ws, opener, titleFrom);
  opener = partOpener(text, ws, opener);
  opener = appositionOpener(input, ws, opener);
  const { invertedBefore, before } = invertedAfterSaid(input, ws, v, s, spFrom, titleFrom, opener);
  let content: Span;
  let mention: Span;
  if (inverted || invertedBefore) {
    const edge = inverted ? ws[i - 1] : (before as Word);
    const end = isCloseQuote(edge) ? edge.end : edge.start;
    content = trimSpan(text, { start: sent.start, end });
    mention = { start: content.start, end: ws[Math.max(v.to, spTo) - 1].end };
  } else if (passive && i > 2 && ws[i - 1].w === 'as' && ws[i - 2].w === ',') {
    // "…, as reported by the state news agency": the clause before the comma is what was reported.
    content = trimSpan(text, { start: sent.start, end: ws[i - 2].start });
    mention = { start: content.start, end: ws[spTo - 1].end };
  } else if (passive) {
    const from = Math.max(0, i - 3);
    content = trimSpan(text, { start: ws[from].start, end: ws[v.to - 1].end });
    mention = { start: ws[from].start, end: ws[spTo - 1].end };
  } else {
    const c = contentStart(input, ws, v.to, v.entry.lemma);
    const bare = c >= ws.length || /^[.!?]$/.test(ws[c].w);
    const quoted = bare && sayLike && spFrom === 0 ? quoteBefore(input, si) : null;
    if (quoted) {
      // “….” Mujahid said. — the quotation just before is what was said.
      content = quoted;
      mention = { start: quoted.start, end: ws[v.to - 1].end };
    } else if (
      bare &&
      (c >= ws.length || c === v.to) &&
      /\baccording\s+to(?:\s+[\p{L}'’-]+){1,4}\s*$/iu.test(text.slice(sent.start, ws[i].start))
    ) {
      // ("…, according to police reports.": the source's noun, not a verb of saying.)
      return null;
    } else {
      // "Y denied that." / "Y rejected it.": the object refers back to an earlier claim.
      content = bare
        ? { start: ws[i].start, end: ws[Math.min(ws.length, v.to + 1) - 1].end }
        : trimSpan(text, { start: ws[c].start, end: relativeClauseEnd(ws, i, c) ?? sent.end });
      mention = { start: inherited ? ws[i].start : ws[spFrom].start, end: content.end };
    }
  }
  if (agentless) {
    // The whole clause is what the outlet reports: "X has been accused of …".
    content = trimSpan(text, { start: sent.start, end: content.end });
    mention = content;
  }
  return { content, mention };
}

/**
 * A later attribution in the same sentence (", a claim dismissed by Y", ", but Y denied") ends the
 * content of the one before it, the draft before the last of `out`, whose own mention is `mention`.
 */
export function endEarlierDraft(
  input: ClaimInput,
  si: number,
  out: ClaimDraft[],
  mention: Span,
  passive: boolean,
): void {
  const { text } = input;
  const sent = input.sentences[si];
  const prev = out.length >= 2 ? out[out.length - 2] : null;
  const lead = laterAttributionRe().exec(text.slice(sent.start, mention.start));
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

/** ", an allegation (the army) denied", ", a claim rejected by …" right after word `at`: an answer in apposition. */
function answerAfter(ws: Word[], at: number): boolean {
  if (ws[at]?.w !== ',' || !/^(?:a|an)$/.test(ws[at + 1]?.w ?? '')) return false;
  const nouns = verbLexicon().claimNouns.nouns;
  return nouns.includes(ws[at + 2]?.w ?? '') || nouns.includes(ws[at + 3]?.w ?? '');
}
