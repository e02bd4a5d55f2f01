/**
 * The cues that a capitalised run names a person, for classify.ts: a verb of saying around it
 * ("Maria Zakharova said", "“…,” said John Smith", "according to Ahmed Hassan"), a name set off by
 * commas before the verb (", X, said"), "who" taking it up, a name that ends the sentence of a verb
 * of saying; and the shapes of a name (a title word as its surname, a country's name as its first
 * name).
 */

import { MONTHS, WEEKDAYS } from '../time/lexicon.ts';
import { type Doc, isCapWord, sameSentence } from './context.ts';
import { countryNamed } from './country.ts';
import { ORG_HEADS } from './orgs.ts';
import { isNameToken } from './roles.ts';

const SPEECH = new Set([
  'say',
  'tell',
  'add',
  'write',
  'tweet',
  'insist',
  'warn',
  'state',
  'announce',
  'explain',
  'report',
  'claim',
  'confirm',
  'deny',
  'accuse',
  'accept',
  'acknowledge',
  'admit',
  'allege',
  'argue',
  'assert',
  'blame',
  'condemn',
  'disclose',
  'dismiss',
  'reject',
  'reveal',
  'urge',
  'vow',
  'concede',
  'stress',
  'note',
  'repeat',
  'reply',
  'describe',
  'characterize',
  'characterise',
  'boast',
]);

export function speechAround(doc: Doc, a: number, b: number): boolean {
  const n = doc.tokens.length;
  // "Maria Kovalenko, 52, told reporters": past the age in apposition.
  if (
    b + 3 < n &&
    doc.words[b] === ',' &&
    /^\d{1,3}$/.test(doc.words[b + 1]) &&
    doc.words[b + 2] === ',' &&
    sameSentence(doc, b, b + 3)
  )
    return speechAround(doc, a, b + 3);
  // "the head of the presidential office, Andrii Yermak, wrote": a name of two words or more set
  // off by commas right before the verb of saying.
  // ("In the north, Upper Nile State, said officials, …": no inverted verb with its own speaker.)
  if (b - a >= 2 && a > 0 && doc.words[a - 1] === ',' && closesApposition(doc, b)) {
    let v = b + 1;
    while (v < n && v - b <= 3 && doc.tokens[v].pos !== 'VERB') v++;
    const next = doc.words[v + 1] ?? '';
    // ("…, Akhtar Khan, told the agency": "told" takes its hearer, no inverted speaker, after it.)
    if (
      /^(?:told|tells)$/i.test(doc.words[v] ?? '') ||
      (!/^(?:the|a|an|officials|sources|witnesses|residents|police|authorities)$/i.test(next) &&
        !/^\p{Lu}/u.test(next))
    )
      return true;
  }
  // "John Smith, a member of the group's political bureau, said": past a descriptive apposition
  // (no auxiliary or verb of saying in it) to the verb after its closing comma.
  // (Not "Defence Minister, Israel Katz, said": an apposition that opens with a name is the speaker.)
  if (b - a >= 2 && doc.words[b] === ',' && /^\p{Ll}/u.test(doc.words[b + 1] ?? '')) {
    // ("…, general commander of the Y Forces (YF), on Saturday blamed": an acronym in brackets
    // inside it, a day between its closing comma and the verb.)
    for (let k = b + 1; k < n && k - b <= 20 && sameSentence(doc, b, k); k++) {
      const t = doc.tokens[k];
      if (t.pos === 'AUX' || (t.pos === 'VERB' && SPEECH.has(t.lemma)) || /^[;:“”"]$/.test(doc.words[k]))
        break;
      if (doc.words[k] === '(' && !(doc.words[k + 2] === ')' && /^\p{Lu}{2,}$/u.test(doc.words[k + 1] ?? '')))
        break;
      if (doc.words[k] === ',') {
        let m = k + 1;
        if (doc.lower[m] === 'on' && WEEKDAYS.has(doc.lower[m + 1] ?? '')) m += 2;
        if (k > b + 1 && speechAround(doc, m, m)) return true;
        break;
      }
    }
  }
  // "Jane Roe of Human Rights Watch said", "John Doe of the camp's relief committee told": a name
  // of two words, then the body it belongs to, then the verb of saying.
  if (b - a >= 2 && doc.lower[b] === 'of' && !ORG_HEADS.has(doc.lower[b - 1])) {
    for (let k = b + 1; k < n && k - b <= 8 && sameSentence(doc, b, k); k++) {
      const t = doc.tokens[k];
      // (A capitalised word is part of the body's name: "Human Rights Watch".)
      if (t.pos === 'VERB' && !isCapWord(doc, k)) {
        if (SPEECH.has(t.lemma)) return true;
        break;
      }
      if (t.pos === 'AUX' || /^[,;:“”"()]$/.test(doc.words[k])) break;
    }
  }
  // "Kagame and Tshisekedi said": the first of two names coordinated before a speech verb.
  if (b + 1 < n && doc.lower[b] === 'and' && sameSentence(doc, b, b + 1) && isCapWord(doc, b + 1)) {
    let e = b + 1;
    while (e < n && e - b <= 3 && sameSentence(doc, b, e) && isCapWord(doc, e)) e++;
    if (speechAround(doc, b + 1, e)) return true;
  }
  for (let k = b, skipped = 0; k < n && skipped <= 2 && sameSentence(doc, b, k); k++) {
    const t = doc.tokens[k];
    if (t.pos === 'VERB') return SPEECH.has(t.lemma);
    // ("the SCNS on Monday said", "… on July 8 said": a day between the name and its verb.)
    if (doc.lower[k] === 'on' && WEEKDAYS.has(doc.lower[k + 1] ?? '')) k++;
    else if (
      doc.lower[k] === 'on' &&
      MONTHS.has(doc.lower[k + 1] ?? '') &&
      /^\d{1,2}$/.test(doc.words[k + 2] ?? '')
    )
      k += 2;
    else if (t.pos === 'AUX' || t.pos === 'ADV') skipped++;
    // Not followed by speech: it may still follow it ("“…,” said John Smith.").
    else break;
  }
  if (
    a > 0 &&
    sameSentence(doc, a - 1, a) &&
    doc.tokens[a - 1].pos === 'VERB' &&
    SPEECH.has(doc.tokens[a - 1].lemma)
  )
    return true;
  // "“…,” said John Smith": after a quotation or a comma, the tagger may not read "said" as a verb.
  if (
    a > 1 &&
    sameSentence(doc, a - 1, a) &&
    INVERTED_SPEECH.test(doc.lower[a - 1]) &&
    /^[,”"’'»]$/.test(doc.lower[a - 2])
  )
    return true;
  // "“…,” said villager John Smith", "said local farmer John Smith": one or two lower-case role
  // nouns between the inverted verb and a name of two words or more.
  for (let r = 1; r <= 2 && b - a >= 2; r++) {
    const v = a - 1 - r;
    if (v < 1 || !sameSentence(doc, v, a)) break;
    if (!/^\p{Ll}+$/u.test(doc.words[a - r]) || doc.tokens[a - r].pos !== 'NOUN') break;
    if (INVERTED_SPEECH.test(doc.lower[v]) && /^[,”"’'»]$/.test(doc.lower[v - 1])) return true;
  }
  return a > 1 && doc.lower[a - 2] === 'according' && doc.lower[a - 1] === 'to';
}

/** "John Smith, who escaped, said": two or more name words that "who" takes up are a person. */
export function whoFollows(doc: Doc, a: number, b: number): boolean {
  return b - a >= 2 && b + 1 < doc.tokens.length && doc.words[b] === ',' && doc.lower[b + 1] === 'who';
}

/** Verbs of saying that come before their speaker in an inverted attribution. */
const INVERTED_SPEECH =
  /^(?:said|says|added|adds|told|explained|insisted|stressed|warned|noted|wrote|asked|recalled|continued|claimed|alleged)$/;

/** "Amit Shah", "John Major": a title word that ends a name run of two or more is a surname (titles go before names). */
export function isSurname(doc: Doc, x: number, a: number, b: number): boolean {
  return x === b - 1 && x > a && isNameToken(doc, x - 1) && isCapWord(doc, x);
}

/** ", X, said": the name ending at b is followed by a comma and a verb of saying. */
export function closesApposition(doc: Doc, b: number): boolean {
  if (doc.words[b] !== ',' || !sameSentence(doc, b, b + 1)) return false;
  for (let k = b + 1; k < doc.tokens.length && k - b <= 3 && sameSentence(doc, b, k); k++) {
    const t = doc.tokens[k];
    if (t.pos === 'VERB') return SPEECH.has(t.lemma);
    if (t.pos !== 'AUX' && t.pos !== 'ADV') return false;
  }
  return false;
}

/**
 * ", X Y, put the toll at …": a name of two words or more, set off by commas, that a verb follows
 * right after its closing comma — the subject in apposition, whatever the verb.
 */
export function closesBeforeVerb(doc: Doc, a: number, b: number): boolean {
  if (b - a < 2 || doc.words[b] !== ',' || !sameSentence(doc, b, b + 1)) return false;
  for (let k = b + 1; k < doc.tokens.length && k - b <= 3 && sameSentence(doc, b, k); k++) {
    const t = doc.tokens[k];
    if (t.pos === 'VERB' || t.pos === 'AUX') return /^\p{Ll}/u.test(doc.words[k]);
    if (t.pos !== 'ADV') return false;
  }
  return false;
}

/** Tokens x.. of a run up to b open with a country's name that another name follows: "Israel Katz". */
export function countryFirstName(doc: Doc, x: number, b: number): boolean {
  return b - x >= 2 && isNameToken(doc, x + 1) && countryNamed(doc.words[x]) !== null;
}

/** "… said the group's spokesperson, X.": a name that ends the sentence of a speech verb before it. */
export function endsSpeech(doc: Doc, a: number, b: number): boolean {
  if (b < doc.tokens.length && sameSentence(doc, b - 1, b) && !/^[.!?]$/.test(doc.words[b])) return false;
  for (let k = a - 1; k >= Math.max(0, a - 9) && sameSentence(doc, k, a); k--) {
    const t = doc.tokens[k];
    if (t.pos === 'VERB' && SPEECH.has(t.lemma)) return true;
  }
  return false;
}
