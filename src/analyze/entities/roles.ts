/**
 * Role phrases around a name: titles before it ("Foreign Minister", "defence ministry spokesman"),
 * appositives after or before it (", a senior adviser to the president,"), and the affiliation
 * they give (a country, a ministry, a body).
 */
import type { Cand, Doc } from './context.ts';
import { glued, isCapWord, isPossessive, sameSentence, spanText } from './context.ts';
import { countryNamed, countryOfDemonym, countryOfSeat } from './country.ts';
import { lexicon } from './lexicon.ts';
import { mfold } from './memo.ts';

export interface Title {
  /** Token span of the role text. */
  a: number;
  b: number;
  affiliation: string | null;
  /** Country mention inside the title phrase ("Ukraine President …"). */
  country?: { a: number; b: number; iso: string };
}

export function isTitleHeadAt(doc: Doc, end: number, min: number): number {
  // Longest title head (multiword) ending at token end-1 and starting at or after min; returns its start or -1.
  const lex = lexicon();
  for (let s = Math.max(min, end - lex.maxTitleWords * 2); s < end; s++) {
    const f = mfold(spanText(doc, s, end));
    if (lex.titleHeads.has(f) || lex.honorifics.has(f)) return s;
  }
  return -1;
}

export function isNameToken(doc: Doc, i: number): boolean {
  const lex = lexicon();
  const f = doc.lower[i];
  if (lex.titleHeads.has(f) || lex.honorifics.has(f) || lex.groupNouns.has(f)) return false;
  if (countryOfDemonym(doc.words[i]) || countryNamed(doc.words[i])) return false;
  return /\p{L}/u.test(doc.words[i]);
}

/** Walks left from a title head start through modifiers; finds the affiliation. */
export function roleBefore(doc: Doc, headStart: number, headEnd: number, min: number, cands: Cand[]): Title {
  const lex = lexicon();
  let a = headStart;
  // "Kremlin spokesman": a seat of government in the title speaks for its country.
  let seat: string | null = null;
  while (a - 1 >= min && a - headStart > -6 && sameSentence(doc, a - 1, headStart)) {
    const k = a - 1;
    const f = doc.lower[k];
    if (doc.used[k]) break;
    if (lex.titleModifiers.has(f) || lex.titleHeads.has(f)) {
      a = k;
      continue;
    }
    const s = isCapWord(doc, k) ? countryOfSeat(doc.words[k]) : null;
    if (s) {
      seat = `country:${s.iso2.toLowerCase()}`;
      a = k;
      continue;
    }
    if (isCapWord(doc, k) && !countryOfDemonym(doc.words[k]) && !countryNamed(doc.words[k])) {
      a = k;
      continue;
    }
    if (doc.words[k] === '-' && glued(doc, k)) {
      a = k;
      continue;
    }
    break;
  }
  const t: Title = { a, b: headEnd, affiliation: seat };
  const k = a - 1;
  if (k >= 0 && sameSentence(doc, k, a)) {
    if (doc.used[k]) {
      const owner = cands.find((c) => c.tokEnd === k + 1 || (isPossessive(doc, k) && c.tokEnd === k));
      if (owner) t.affiliation = owner.key;
    } else if (isPossessive(doc, k)) {
      const owner = cands.find((c) => c.tokEnd === k);
      if (owner) t.affiliation = owner.key;
      else if (doc.lower[k - 2] === 'the' && GROUP_OWNER.test(doc.lower[k - 1] ?? '')) {
        // "the group's spokesperson": the armed group named last.
        const group = cands.filter((c) => c.type === 'group' && c.tokEnd <= k - 2).at(-1);
        if (group) t.affiliation = group.key;
      } else {
        let s = k;
        while (s - 1 >= 0 && sameSentence(doc, s - 1, k) && isCapWord(doc, s - 1)) s--;
        const c = s < k ? countryNamed(spanText(doc, s, k)) : null;
        if (c) {
          t.affiliation = `country:${c.iso2.toLowerCase()}`;
          t.country = { a: s, b: k, iso: c.iso2 };
        }
      }
    } else if (isCapWord(doc, k)) {
      let s = k;
      while (s - 1 >= 0 && sameSentence(doc, s - 1, k) && isCapWord(doc, s - 1) && !doc.used[s - 1]) s--;
      for (let x = s; x <= k; x++) {
        const name = spanText(doc, x, k + 1);
        const dem = countryOfDemonym(name);
        const c = dem ? null : countryNamed(name);
        if (dem || c) {
          const iso = (dem ?? c)!.iso2;
          t.affiliation = `country:${iso.toLowerCase()}`;
          if (c) t.country = { a: x, b: k + 1, iso };
          break;
        }
      }
    }
  }
  return t;
}

/** Nouns that take up an armed group named before: "the group's", "the rebels'". */
const GROUP_OWNER = /^(?:group|movement|militia|rebels|insurgents|militants)$/;

/** ", a senior adviser to the president," after a name. */
export function appositiveAfter(doc: Doc, b: number, afterQuote = false): Title | null {
  const n = doc.tokens.length;
  if (b + 1 >= n || doc.words[b] !== ',' || !sameSentence(doc, b, b + 1)) return null;
  let s = b + 1;
  if (/^(a|an|the)$/.test(doc.lower[s])) s++;
  let affiliation: string | null = null;
  let roleStart = s;
  for (let e = s; e < Math.min(n, s + 8) && sameSentence(doc, b, e); e++) {
    const w = doc.words[e];
    // A verb ends the appositive, except in a hyphenated compound ("Moscow-installed leader").
    if (w === ',' || w === '.' || (doc.tokens[e].pos === 'VERB' && doc.words[e - 1] !== '-')) return null;
    if (isPossessive(doc, e + 1)) {
      const c = countryNamed(spanText(doc, s, e + 1));
      if (c) {
        affiliation = `country:${c.iso2.toLowerCase()}`;
        roleStart = e + 2;
        e++;
        continue;
      }
    }
    const dem = e === roleStart ? countryOfDemonym(w) : null;
    if (dem) {
      affiliation = `country:${dem.iso2.toLowerCase()}`;
      roleStart = e + 1;
      continue;
    }
    const hs = isTitleHeadAt(doc, e + 1, roleStart);
    if (hs >= 0 && !(e + 1 < n && isTitleHeadAt(doc, e + 2, roleStart) >= 0 && doc.words[e + 1] !== ',')) {
      let end = e + 1;
      // The title of the next name ("…, Kenyan President William Ruto said"), not an appositive —
      // unless that titled name owns the role after it ("X, Russian President Vladimir Putin's
      // chief spokesperson, said"): read on past its possessive.
      if (end < n && isCapWord(doc, end) && sameSentence(doc, e, end)) {
        let k = end;
        while (k < n && isCapWord(doc, k) && sameSentence(doc, e, k)) k++;
        if (!isPossessive(doc, k)) return null;
        e = k;
        roleStart = k + 1;
        continue;
      }
      // Complement: "adviser to the president", "governor of the occupied region".
      if (end < n && /^(to|of|for|at)$/.test(doc.lower[end])) {
        let k = end + 1;
        // ("minister of the internationally recognised government": a participle after an adverb or
        // an article modifies the noun; it is no verb.)
        const modifier = (j: number) => /ly$|^(?:the|a|an)$/i.test(doc.words[j - 1] ?? '');
        while (
          k < Math.min(n, end + 8) &&
          !/^[,.;:—–()]$/.test(doc.words[k]) &&
          (doc.tokens[k].pos !== 'VERB' || modifier(k))
        )
          k++;
        end = k;
      }
      // "In a post on Telegram, the governor said": the subject of the verb, not an appositive —
      // unless the name stands right after a quotation, where only its speaker can ("“…,” X Y,
      // director of information in Z told AFP", its closing comma left out).
      if (end < n && sameSentence(doc, e, end) && /^(?:AUX|VERB)$/.test(doc.tokens[end].pos) && !afterQuote)
        return null;
      return { a: roleStart, b: end, affiliation };
    }
  }
  return null;
}

/** "Kenya's president, William Ruto" → the role before ", Name". */
export function appositiveBefore(doc: Doc, a: number, cands: Cand[], closed = false): Title | null {
  if (a < 2 || doc.words[a - 1] !== ',' || !sameSentence(doc, a - 2, a)) return null;
  // "the envoy to Yemen, X": the title before its complement.
  let end = a - 1;
  for (let k = a - 2; k >= Math.max(1, a - 5) && sameSentence(doc, k, a); k--) {
    if (/^(?:to|for|of|in)$/.test(doc.lower[k]) && isTitleHeadAt(doc, k, Math.max(0, k - 6)) >= 0) {
      end = k;
      break;
    }
    if (!isCapWord(doc, k) && doc.lower[k] !== 'the') break;
  }
  const hs = isTitleHeadAt(doc, end, Math.max(0, end - 6));
  if (hs < 0) return null;
  const t = roleBefore(doc, hs, end, Math.max(0, end - 8), cands);
  if (end < a - 1 && !t.affiliation) {
    const c = countryNamed(spanText(doc, end + 1, a - 1).replace(/^the /i, ''));
    if (c) t.affiliation = `country:${c.iso2.toLowerCase()}`;
  }
  t.b = a - 1;
  // "The spokesman, X, said": a bare title is enough when the name closes the apposition (closed).
  return t.affiliation || closed ? t : null;
}

/** "spokeswoman Mariana Betsa", "his Sudanese counterpart Ali Youssef". */
export function titleJustBefore(doc: Doc, a: number, cands: Cand[]): Title | null {
  let end = a;
  // "Special Envoy for Yemen Hans Grundberg": skip a "for/of X" complement.
  for (let k = a - 1; k >= Math.max(0, a - 4); k--) {
    if (/^(for|of)$/.test(doc.lower[k]) && sameSentence(doc, k, a)) {
      const hs = isTitleHeadAt(doc, k, Math.max(0, k - 4));
      // ("the father of Ahmed al-Rawi": a form of address takes no "of X" — he is someone's father.)
      if (hs >= 0 && !lexicon().honorifics.has(mfold(spanText(doc, hs, k)))) {
        end = k;
        break;
      }
    }
  }
  const hs = isTitleHeadAt(doc, end, Math.max(0, end - 4));
  if (hs < 0 || !sameSentence(doc, hs, a)) return null;
  if (doc.used[end - 1]) return null;
  return roleBefore(doc, hs, end, Math.max(0, hs - 6), cands);
}
