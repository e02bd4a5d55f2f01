/**
 * The attributions of one sentence, as drafts for claims.ts: each reporting verb with its speakers
 * (before it, after it, the agent of a passive, or the subject a later clause shares), the content
 * it introduces and the mention it spans, and "according to X" — several in a sentence included. Pure.
 */
import { isFunctionWord } from '../nlp/function-words.ts';
import { PAST_WORDS } from '../time/lexicon.ts';
import type { Span } from '../types.ts';
import { contentStart, laterAttributionRe, pastAddressee } from './claim-content.ts';
import { isQuote, quoteBefore } from './claim-quotes.ts';
import { DOCUMENT_NOUNS } from './claim-resolve.ts';
import {
  AUXILIARY,
  accordingToDrafts,
  type ClaimDraft,
  OPEN_QUOTES,
  quotedAsSaying,
  subjectOf,
} from './claim-sources.ts';
import { trimSpan } from './claim-tidy.ts';
import type { ClaimInput } from './claims.ts';
import {
  adjunctEnds,
  impersonalIt,
  objectOfDeed,
  relativeClauseEnd,
  relativeHead,
  speakerClosing,
} from './draft-speakers.ts';
import { speakerAfter } from './speaker-after.ts';
import { isCloseQuote, type SpeakerHit } from './speaker-phrases.ts';
import { sourcePart, speakerBefore } from './speakers.ts';
import { AUX_OR_MODAL, notSpeech, speechGates } from './speech-gates.ts';
import { titleStart } from './titles.ts';
import { verbAt, verbLexicon } from './verbs.ts';
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

const PASSIVE_NEXT = new Set(['by']);
/** A document a broadcaster or site carries: "a statement carried by state TV", "a video posted by …". */
const CARRIED_DOCUMENT = new RegExp(`^(?:${DOCUMENT_NOUNS}|message|post|video)$`, 'i');
/** Adverbs that open a sentence before its adjunct: "However, speaking to reporters, …". */
const DISCOURSE =
  /^(?:however|meanwhile|but|and|also|separately|still|yet|instead|later|earlier|now|then|elsewhere)$/;

export type { ClaimDraft };

export function draftsFor(input: ClaimInput, si: number, ws: Word[]): ClaimDraft[] {
  const { text } = input;
  const sent = input.sentences[si];
  const ctx = { text, entities: input.entities, times: input.times };
  const out: ClaimDraft[] = [];
  const used = new Set<number>();
  const gates = speechGates(ws);
  for (let i = 0; i < ws.length; i++) {
    const v = verbAt(ws, i);
    if (!v) continue;
    if (notSpeech(input, si, ws, i, v, gates, out.length > 0)) continue;
    // "It quoted an unnamed official as saying …": the one quoted says it.
    const quoted = quotedAsSaying(input, si, ws, i, v.to, v.entry.lemma, v.participle);
    if (quoted) {
      out.push(quoted.draft);
      i = quoted.next;
      continue;
    }
    // The agent of a passive ("accused by X", "dismissed as “nonsense” by X") is the speaker.
    let speakers: SpeakerHit[] = [];
    let inverted = false;
    let passive = false;
    // ("The count was confirmed to Reuters by a police officer": the outlet told, then the agent.)
    const toldTo =
      ws[v.to]?.w === 'to' ? ws.slice(v.to + 1, v.to + 5).findIndex((w) => PASSIVE_NEXT.has(w.w)) : -1;
    // (An addressee by name only: not "thought to have been launched by …".)
    const addressee =
      toldTo > 0 &&
      ws
        .slice(v.to + 1, v.to + 1 + toldTo)
        .every((w) => /^\p{Lu}/u.test(input.text.slice(w.start, w.end)) || w.w === 'the');
    const agentAt = addressee ? v.to + 1 + toldTo : v.to;
    if (PASSIVE_NEXT.has(ws[agentAt]?.w ?? '') && v.past) {
      speakers = speakerAfter(ws, agentAt + 1, ctx);
      passive = speakers.length > 0;
      // "Witnesses quoted by AFP said …": the outlet that reached them, before their own verb.
      const next = ws[Math.max(...speakers.map((h) => h.to), agentAt + 1)]?.w.toLowerCase() ?? '';
      if (
        passive &&
        (verbLexicon().reachedBy?.participles ?? []).includes(ws[v.from].w.toLowerCase()) &&
        (verbLexicon().forms.get(next) ?? []).length > 0
      )
        continue;
    }
    // "…, accusing X of …": a participle after a comma continues the subject of the clause, not
    // the noun just before the comma.
    // "The RSF has been accused of killing civilians": with no "by", the one accused is no speaker —
    // the outlet reports the charge (speaker unknown).
    const agentless =
      !speakers.length &&
      v.past &&
      v.entry.kind === 'accusation' &&
      /^(been|was|were|is|are|be|being)$/.test(ws[i - 1]?.w ?? '') &&
      ws[v.to]?.w !== 'by' &&
      !(ws[v.to]?.w === 'as' && ws.slice(v.to, v.to + 8).some((w) => w.w === 'by'));
    if (agentless) speakers = [{ key: null, from: i, to: v.to }];
    // "It is being reported that …", "it was said that …": no one is named; the outlet tells it.
    const expletive = !speakers.length && v.past && ws[v.to]?.w === 'that' ? impersonalIt(ws, i) : -1;
    if (expletive >= 0) speakers = [{ key: null, from: expletive, to: v.to }];
    if (!speakers.length) speakers = speakerBefore(ws, i, ctx);
    // "… played down claims made by the army, saying they are invented": the participle hangs on
    // the main clause, not on the agent of the claims; that clause's verb already tells it.
    if (/ing$/.test(ws[i].w) && speakers.length === 1) {
      // ("by the army" or "by army": the agent's "by", one determiner at most before the name.)
      const from = speakers[0].from;
      const by = ws[from - 1]?.w === 'by' ? from - 1 : ws[from - 2]?.w === 'by' ? from - 2 : -1;
      if (by > 0 && /^(?:made|issued|released|circulated|published)$/.test(ws[by - 1].w)) continue;
    }
    // "… on the base in eastern Chad, near the border, said the rebel spokesman.": a place closing
    // the clause before the comma is no subject when a speaker follows the verb to the end of the
    // sentence.
    if (
      speakers.length === 1 &&
      ws[i - 1]?.w === ',' &&
      /^(?:country|place):/.test(speakers[0].key ?? '') &&
      verbLexicon().sayVerbs.includes(v.entry.lemma)
    ) {
      const after = speakerClosing(ws, v.to, ctx, false);
      if (after) {
        speakers = after;
        inverted = true;
      }
    }
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
      // ("X, which monitors the media, said the group had claimed it": the one after the verb is
      // the subject of what was said, not who said it.)
      const last = speakers[speakers.length - 1];
      if (last && AUX_OR_MODAL.test(ws[last.to]?.w ?? '')) speakers = [];
      inverted = speakers.length > 0;
    }
    // "…, denounces Human Rights Watch (HRW).": any reporting verb inverted when its speaker ends
    // the sentence.
    // (Not "…, told AFP": the one told is never the one telling.)
    if (
      !speakers.length &&
      !v.participle &&
      i > 0 &&
      (ws[i - 1].w === ',' || isCloseQuote(ws[i - 1])) &&
      !verbLexicon().addresseeVerbs.includes(v.entry.lemma)
    ) {
      const after = speakerClosing(ws, v.to, ctx, true);
      if (after) {
        speakers = after;
        inverted = true;
      }
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
    // "A doctor who fled the city to Chad told AFP …": the place inside the relative clause is
    // where the one who speaks went, not who speaks.
    if (!inverted && !passive && speakers.length === 1 && /^(?:country|place):/.test(speakers[0].key ?? '')) {
      const head = relativeHead(ws, speakers[0].from, text);
      if (head) speakers = [head];
    }
    // "India summoned the envoy of Pakistan, X, and demanded …": the one summoned right before
    // "and" is the object of a deed's verb, not the subject of the verb after it.
    if (
      (prevWord === 'and' || prevWord === 'but') &&
      !lastInSentence &&
      speakers.length &&
      !passive &&
      !inverted &&
      objectOfDeed(ws, Math.min(...speakers.map((x) => x.from)))
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
    // "The army, which has denied targeting civilians, said it struck …": the subject speaks again
    // after its relative clause; the clause's own claim ends at the comma.
    const afterRelative =
      !inherited &&
      ws[i - 1]?.w === ',' &&
      lastDraft !== undefined &&
      speakers.every((s) => s.to < i && /^(which|who)$/.test(ws[s.to + 1]?.w ?? '') && ws[s.to]?.w === ',') &&
      lastDraft.content.start < ws[i - 1].start &&
      lastDraft.content.end > ws[i - 1].start;
    if (afterRelative && lastDraft) {
      lastDraft.content = trimSpan(text, { start: lastDraft.content.start, end: ws[i - 1].start });
      lastDraft.mention = {
        start: lastDraft.mention.start,
        end: Math.max(lastDraft.content.end, Math.min(lastDraft.mention.end, ws[i - 1].start)),
      };
    } else if (!inherited && speakers.some((s) => used.has(s.from) && !s.reciprocal && !inverted)) continue;
    const spFrom = Math.min(...speakers.map((s) => s.from));
    const spTo = Math.max(...speakers.map((s) => s.to));
    // Inverted attribution: the content is what stands before ", X said" in the sentence.
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
      /^\p{Ll}[\p{Ll}-]*$/u.test(text.slice(ws[opener - 1].start, ws[opener - 1].end)) &&
      /-|^(?:state|official|government|local|independent|private|public|national|regional)$/.test(
        ws[opener - 1].w,
      ) &&
      !verbAt(ws, opener - 1)
    )
      opener--;
    // "…, press freedom group Reporters Without Borders said.": a description of the name, all in
    // lower-case nouns, between the comma and the name — before the modifiers above too ("senior
    // administration official <Name>").
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
      if (ws[opener - 1 - det]?.w === 'of' && PARTITIVE.test(ws[opener - 2 - det]?.w ?? ''))
        opener -= 2 + det;
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
    const participleNext =
      ws[afterVerb]?.w === ',' &&
      // "…, X said on Saturday, while Y said …": a clause of its own goes on after the attribution.
      /ing$|^(?:while|whereas|but|as)$/.test(ws[afterVerb + 1]?.w ?? '');
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
        // "…, X said during a news conference at the museum in the capital.": adjuncts only.
        (/^(?:during|at|in|on|from|via|through|to)$/.test(tail[0]?.w ?? '') &&
          !ws.slice(v.to, tailEnd).some((_, k) => verbAt(ws, v.to + k) !== null))) &&
      tail[0]?.w !== 'that' &&
      // "The head of the monitoring group, Jane Doe, said …": a subject before its apposition
      // is no statement — what precedes the comma must say something (a verb or a quotation).
      (isCloseQuote(before) || saysSomething(ws.slice(0, titleFrom), text));
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
        continue;
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
      // "rejected the attack", "rejects all violence": a deed rejected is condemned, not denied.
      // ("denied the attack" still denies it.)
      verbKind:
        verbLexicon().condemnedDeeds?.verbs.includes(v.entry.lemma) && deedRejected(ws, v.to)
          ? 'accusation'
          : v.entry.kind,
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
  out.push(...accordingToDrafts(input, si, ws));
  return out;
}

/** "rejected the attack", "rejects all violence" — not "rejected the attack claims". */
function deedRejected(ws: Word[], at: number): boolean {
  let k = at;
  while (
    k < ws.length &&
    k - at < 3 &&
    /^(?:the|this|that|these|those|all|any|such|every|latest|recent|cowardly|brutal|heinous)$/.test(ws[k].w)
  )
    k++;
  if (!(verbLexicon().condemnedDeeds?.nouns ?? []).includes(ws[k]?.w ?? '')) return false;
  return !verbLexicon().claimNouns.nouns.includes(ws[k + 1]?.w ?? '');
}

/** ", an allegation (the army) denied", ", a claim rejected by …" right after word `at`: an answer in apposition. */
function answerAfter(ws: Word[], at: number): boolean {
  if (ws[at]?.w !== ',' || !/^(?:a|an)$/.test(ws[at + 1]?.w ?? '')) return false;
  const nouns = verbLexicon().claimNouns.nouns;
  return nouns.includes(ws[at + 2]?.w ?? '') || nouns.includes(ws[at + 3]?.w ?? '');
}
