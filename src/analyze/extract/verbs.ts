/** Reporting verbs (data/lexicon/reporting-verbs.json): inflected forms → lemma and claim kind. */
import { readFileSync } from 'node:fs';
import type { ClaimKind } from '../../report/contract.ts';
import { matchAt, phraseWords, type Word } from './words.ts';

interface RawVerb {
  kind: ClaimKind;
  forms?: string[];
  /** Forms completed by each claim noun: "called the" → "called the allegations", … */
  formsBeforeClaimNouns?: string[];
  needs?: string[];
}

interface RawLexicon {
  verbs: Record<string, RawVerb>;
  contentMarkers: Record<'denial' | 'accusation' | 'appeal' | 'assertion', string[]>;
  reciprocal: string[];
  reciprocalNouns: string[];
  genericSpeakers: string[];
  /**
   * Lower-case words that narrow an unnamed source and belong to its name: "local sources"; those
   * of documentOnly narrow a report or a toll, never the people giving it ("an initial police estimate").
   */
  sourceModifiers: { words: string[]; documentOnly: { words: string[] } };
  /** Verbs that take the speaker after them in inverted attribution ("…, said X"). */
  sayVerbs: string[];
  /** Head nouns of descriptions naming a source: "the doctors' union", "an army spokesman". */
  descriptionHeads: { organisations: string[]; roleHeads: string[] };
  /** Verbs whose object is the addressee, not the content: "told reporters that …". */
  addresseeVerbs: string[];
  pronouns: { person: string[]; organization: string[]; plural: string[] };
  /** Neutral verbs of saying whose reported content is an assertion unless modal or an opinion. */
  factualReports: { verbs: string[]; notFactual: string[] };
  /** Common nouns naming an armed party: "the army", "the rebels", "both sides". */
  armedPartyNouns: { nouns: string[]; attackNouns?: string[] };
  /** Rebuttals without a denial verb: the truce kept, nothing of the kind happened. */
  rebuttals: {
    keptVerbs: string[];
    agreements: string[];
    nothingParticiples: string[];
    strikeVerbs: string[];
    presenceNouns: string[];
    legitimateTargets: string[];
    /** "there was no violence": what a party says did not happen at all. */
    noneHappened: string[];
    /** "did not see any casualties": with noneHappened, what it says it did not see. */
    noneSeen: string[];
    /** "it did not know …": what the speaker's side did not do without denying anything. */
    notDenialVerbs: string[];
  };
  /** Sources telling what they saw: their account of an attack reports, it does not accuse. */
  witnessSources: { heads: string[]; services?: string[] };
  /** Verbs that report speech only before a clause: "maintained that …", not "maintains an office". */
  clauseOnlyVerbs: {
    verbs: string[];
    /** "countered the report": a clause or a claim noun after them; "countered the offensive" is an act. */
    claimObjectVerbs?: string[];
    /** "counted nine dead": a count after them; "counted the dead" is a deed. */
    countObjectVerbs?: string[];
  };
  /** Noun compounds a verb form of saying opens: "warning shots" reports nothing. */
  nounCompounds?: { phrases: string[] };
  /** Nouns by which a denial takes up the statement just made: "…, a claim the army rejected". */
  claimNouns: { nouns: string[]; wrongAdjectives: string[] };
  /** Words of atrocity that make a party's account of killings an accusation. */
  atrocities?: { words: string[] };
  /** What a strike was aimed at, as each side tells it: fighters or their site, or civilians. */
  strikeTargets: { military: string[]; civil: string[] };
  /** What is rejected when no claim is: "rejected the proposal" is a decision, not a denial. */
  proposalNouns: { nouns: string[]; holdings: string[] };
  /** Verbs of rejecting and the deeds after them that they condemn: "rejected the attack". */
  condemnedDeeds?: { verbs: string[]; nouns: string[] };
  /** "residents interviewed by Reuters said": participles naming the outlet that reached a source. */
  reachedBy?: { participles: string[] };
  /**
   * "the coalition fighting the rebels said": what a party fights, holds or backs, after its name
   * (`againstHeads`: the bodies a bare "against" follows as their aim: "the coalition against X said").
   */
  partyRelatives?: { participles: string[]; phrases: string[]; againstHeads?: string[] };
  /** Capitalised sentence openers before a source noun that name no community. */
  openingModifiers?: { words: string[] };
  /** "have in the past denied": phrases between a speaker and its verb, stepped over. */
  adverbials?: { phrases: string[] };
}

export interface VerbEntry {
  lemma: string;
  kind: ClaimKind;
  needs: string[][] | null;
}

export interface VerbLexicon extends RawLexicon {
  /** First word of a form → candidate forms (as word arrays) with their entry. */
  forms: Map<string, { words: string[]; entry: VerbEntry; participle: boolean; past: boolean }[]>;
}

/** Regular English inflections of a lemma: -s, -ed, -ing (with the usual spelling rules). */
export function inflect(lemma: string): { form: string; participle: boolean; past: boolean }[] {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const third = /(s|sh|ch|x|z)$/.test(lemma)
    ? `${lemma}es`
    : /[^aeiou]y$/.test(lemma)
      ? `${lemma.slice(0, -1)}ies`
      : `${lemma}s`;
  const past = lemma.endsWith('e')
    ? `${lemma}d`
    : /[^aeiou]y$/.test(lemma)
      ? `${lemma.slice(0, -1)}ied`
      : `${lemma}ed`;
  return [
    { form: lemma, participle: false, past: false },
    { form: third, participle: false, past: false },
    { form: past, participle: false, past: true },
    { form: `${stem}ing`, participle: true, past: false },
  ];
}

let cached: VerbLexicon | null = null;

export function verbLexicon(): VerbLexicon {
  if (cached) return cached;
  const raw = JSON.parse(
    readFileSync(new URL('../../../data/lexicon/reporting-verbs.json', import.meta.url), 'utf8'),
  ) as RawLexicon;
  const forms: VerbLexicon['forms'] = new Map();
  for (const [lemma, v] of Object.entries(raw.verbs)) {
    const entry: VerbEntry = { lemma, kind: v.kind, needs: v.needs ? v.needs.map(phraseWords) : null };
    const objectForms = (v.formsBeforeClaimNouns ?? []).flatMap((f) =>
      raw.claimNouns.nouns.map((n) => `${f} ${n}`),
    );
    const list = v.forms
      ? [...v.forms, ...objectForms].map((form) => ({
          form,
          participle: form.endsWith('ing'),
          past: /ed$|^(said|told|wrote|spoke|put)/.test(form),
        }))
      : inflect(lemma);
    for (const f of list) {
      const words = phraseWords(f.form);
      const bucket = forms.get(words[0]) ?? [];
      bucket.push({ words, entry, participle: f.participle, past: f.past });
      forms.set(words[0], bucket);
    }
  }
  cached = { ...raw, forms };
  return cached;
}

export interface VerbHit {
  from: number;
  to: number;
  entry: VerbEntry;
  participle: boolean;
  past: boolean;
}

/** Words of when and where something was said, between a verb and its particle. */
const FILLER =
  /^(?:on|in|at|a|an|the|its|late|early|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|statement|press|release|communiqu[eé]|interview|speech|post|briefing|conference|news)$/;
const MAX_FILLER = 7;

/** A reporting verb starting at word i (with its required particle, e.g. "called on"). */
export function verbAt(ws: Word[], i: number): VerbHit | null {
  const cands = verbLexicon().forms.get(ws[i].w);
  if (!cands) return null;
  for (const c of cands) {
    const len = matchAt(ws, i, c.words);
    if (!len) continue;
    let to = i + len;
    if (c.entry.needs) {
      // The particle right after the verb, one word on, or after when and where it was said
      // ("spoke on Monday night in a communique of …").
      let at = -1;
      let need: string[] | undefined;
      for (let k = to; k <= to + MAX_FILLER && k < ws.length; k++) {
        need = c.entry.needs.find((n) => matchAt(ws, k, n));
        if (need) {
          at = k;
          break;
        }
        if (k > to && !FILLER.test(ws[k].w)) break;
      }
      if (!need || at < 0) continue;
      to = at + need.length;
    }
    return { from: i, to, entry: c.entry, participle: c.participle, past: c.past };
  }
  return null;
}

/**
 * A noun (singular or plural) that names an unnamed source: "officials", "witness", "medic" — and,
 * with `roles`, a speaker's role ("spokesman", "commander").
 */
export function isSourceNoun(w: string, roles = false): boolean {
  const lex = verbLexicon();
  const known = (x: string) =>
    lex.genericSpeakers.includes(x) ||
    lex.witnessSources.heads.includes(x) ||
    (roles && lex.descriptionHeads.roleHeads.includes(x));
  return known(w) || known(`${w}s`);
}

let claimNounAlt: string | null = null;
/** The claim nouns as one regex alternation ("claim|claims|allegation|…"). */
export function claimNounAlternation(): string {
  claimNounAlt ??= verbLexicon().claimNouns.nouns.join('|');
  return claimNounAlt;
}
