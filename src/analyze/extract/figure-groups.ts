/**
 * The words around a figure's number, for figures.ts: the group noun phrase after it ("13
 * civilians", "1,119 of their troops", "27 <demonym>s"), the measure words before or after it, the
 * single person counted by "a"/"an" after a casualty verb, and the numbers that count no group
 * (years, ages, "a dozen rockets"). Pure.
 */

import type { FigureGroup, Measure } from '../../report/contract.ts';
import { countryByDemonym } from '../geo/countries.ts';
import { isFunctionWord } from '../nlp/function-words.ts';
import { WEEKDAYS } from '../time/lexicon.ts';
import { figureLexicon } from './lexicon.ts';
import { numberAt, type Quantity } from './quantity.ts';
import { matchBefore, phraseWords, type Word } from './words.ts';

/** Words that may stand between a number and its group noun. */
const SKIP_IN_GROUP = new Set([
  'of',
  'their',
  'its',
  'his',
  'her',
  'our',
  'the',
  'them',
  'other',
  'more',
  'additional',
  'further',
  'own',
  'fellow',
  'ethnic',
  'local',
  'innocent',
  'unarmed',
  'armed',
  'young',
  'elderly',
  'foreign',
  'enemy',
  'rival',
  'government',
  'pro-government',
  'multiple',
  'rocket',
  'residential',
  'military',
  'civilian',
]);
const PROPER = /^[\p{Lu}\d]/u;

export interface FigureDraft {
  q: Quantity;
  groupFrom: number;
  groupTo: number;
  group: FigureGroup | null;
  measure: Measure | null;
  measureFrom: number;
  measureTo: number;
  /** The measure word itself says what is counted ("270 wounded", "a death toll of 5,000"). */
  measureNamesGroup: boolean;
  /** "Dozens were killed and injured": the other harm told of the same count, and where its word ends. */
  also?: { measure: Measure; to: number };
}

export function groupAt(ws: Word[], i: number): { group: FigureGroup; len: number } | null {
  const m = figureLexicon().groupIndex.at(ws, i);
  return m ? { group: m.value, len: m.len } : null;
}

export function measureAfterAt(ws: Word[], i: number): { measure: Measure; len: number } | null {
  const m = figureLexicon().afterIndex.at(ws, i);
  return m ? { measure: m.value, len: m.len } : null;
}

export function measureBeforeEnding(ws: Word[], end: number): { measure: Measure; len: number } | null {
  const m = figureLexicon().beforeIndex.before(ws, end);
  return m ? { measure: m.value, len: m.len } : null;
}

/**
 * "of (the) (Iran-backed) group" right after "members": an armed body. The index just past its
 * head noun, or -1.
 */
export function armedPhraseEnd(ws: Word[], at: number, text = ''): number {
  if (ws[at]?.w !== 'of') return -1;
  const A = figureLexicon().armedBodies;
  let k = at + 1;
  if (/^(?:the|a|an|this|that|its|their)$/.test(ws[k]?.w ?? '')) k++;
  for (let n = 0; n < 4 && k + n < ws.length; n++) {
    const w = ws[k + n].w;
    if (A.heads.includes(w)) return k + n + 1;
    if (A.groupNouns.includes(w)) {
      const m = ws[k + n - 1]?.w ?? '';
      // ("members of the Red Hand group": a proper name before the group noun names the armed body.)
      const named =
        n > 0 && text !== '' && /^\p{Lu}/u.test(text.slice(ws[k + n - 1].start, ws[k + n - 1].end));
      const armed =
        n > 0 && (named || A.groupModifiers.some((x) => (x.startsWith('-') ? m.endsWith(x) : m === x)));
      return armed ? k + n + 1 : -1;
    }
    if (!/^[\p{L}-]+$/u.test(w)) return -1;
  }
  return -1;
}

/** A weapon's model designation: "mig-21", "f-16", "su-25", "t-72". */
export const MODEL_NAME = /^[a-z]{1,4}-\d{1,3}[a-z]?$/;

/** The group noun phrase after a quantity: "13 civilians", "600 Nagorno-style soldiers", "1,119 of their troops". */
export function findGroup(
  ws: Word[],
  text: string,
  from: number,
): { group: FigureGroup | 'inherit'; from: number; to: number } | null {
  for (let k = from, skipped = 0; k < ws.length && skipped <= 4; k++, skipped++) {
    const g = groupAt(ws, k);
    // "lost a Su-30 fighter", "two F-16 fighters": an aircraft's model before "fighter"
    // makes it a plane, no one killed.
    if (g && /^fighters?$/.test(ws[k].w) && ws.slice(from, k).some((w) => MODEL_NAME.test(w.w))) return null;
    // "six members of a Turkish-backed faction", "three members of the militia": fighters.
    if (g && ws[k].w === 'members' && g.len === 1 && armedPhraseEnd(ws, k + 1, text) >= 0)
      return { group: 'military', from: k, to: k + 1 };
    if (g) return { group: g.group, from: k, to: k + g.len };
    const w = ws[k];
    // "others", "more" stand for the group before — unless a group noun follows ("two more soldiers").
    if (figureLexicon().inheritingGroupNouns.includes(w.w) && k === from && !groupAt(ws, k + 1))
      return { group: 'inherit', from: k, to: k + 1 };
    // "shot down 31 of them": the things counted before.
    if (
      k === from &&
      w.w === 'of' &&
      /^(them|those|which)$/.test(ws[k + 1]?.w ?? '') &&
      // not "many of them", "dozens of them": a vague share of something else
      !/^(many|several|some|most|all|dozens|hundreds|scores|thousands|few)$/.test(ws[k - 1]?.w ?? '')
    ) {
      // "23 of them were children": the share is of the group named after "were".
      const named = /^(?:were|are)$/.test(ws[k + 2]?.w ?? '') ? groupAt(ws, k + 3) : null;
      return { group: named && named.group !== 'people' ? named.group : 'inherit', from: k, to: k + 2 };
    }
    const raw = text.slice(w.start, w.end);
    // "27 Palestinians", "more than 60 Israelis", "40 Sudanese": people of that nation — not a
    // national adjective before a noun ("600 Ukrainian soldiers", "seven Afghan provinces").
    const next = ws[k + 1];
    // ("five Palestinians Sunday morning", "40 Sudanese Monday": a plural demonym is a noun,
    // whatever follows it, and so is one a day follows.)
    if (
      PROPER.test(raw) &&
      demonymCountry(raw) &&
      (!next ||
        !/^\p{L}/u.test(next.w) ||
        isFunctionWord(next.w) ||
        !!measureAfterAt(ws, k + 1) ||
        WEEKDAYS.has(next.w) ||
        (/s$/.test(raw) && demonymCountry(raw.slice(0, -1)) !== null))
    )
      return { group: 'people', from: k, to: k + 1 };
    // "28 Maoists", "40 Islamists": followers of a creed of armed struggle, named as a movement.
    if (
      k === from &&
      /^\p{Lu}\p{Ll}+(?:ists|ites)$/u.test(raw) &&
      !demonymCountry(raw) &&
      (!next || !/^\p{L}/u.test(next.w) || isFunctionWord(next.w) || !!measureAfterAt(ws, k + 1))
    )
      return { group: 'military', from: k, to: k + 1 };
    // "200 ethnic Oromos", "30 ethnic Hazaras": members of a people
    if (w.w === 'ethnic' && next && PROPER.test(text.slice(next.start, next.end)) && next.w.endsWith('s'))
      return { group: 'people', from: k, to: k + 2 };
    if (
      SKIP_IN_GROUP.has(w.w) ||
      PROPER.test(raw) ||
      /^[a-z]+-[a-z0-9]+$/.test(w.w) ||
      /^["“”‘’']$/.test(w.w) ||
      // "12 of the group's fighters": a possessive noun after "the" before the group noun
      (/^\p{Ll}+['’]s$/u.test(w.w) && ws[k - 1]?.w === 'the')
    )
      continue;
    // "11 combat vehicles", "five residential buildings": a modifier or two before the group noun.
    const modifier = (x: Word | undefined, at: number) =>
      !!x && /^\p{Ll}+$/u.test(x.w) && !isFunctionWord(x.w) && !measureAfterAt(ws, at);
    const headAt = (at: number) => !!groupAt(ws, at) && !measureAfterAt(ws, at);
    if (modifier(w, k) && (headAt(k + 1) || (modifier(ws[k + 1], k + 1) && headAt(k + 2)))) continue;
    return null;
  }
  return null;
}

/** The group of the last group noun before word `end`: what "of them" may point back to. */
export function lastGroupBefore(ws: Word[], end: number): FigureGroup | null {
  for (let k = end - 1; k >= 0; k--) {
    const g = groupAt(ws, k);
    if (g) return g.group;
  }
  return null;
}

/** The country a plural demonym or national adjective names: "Palestinians" → ps. */
export function demonymCountry(word: string): string | null {
  const c = countryByDemonym(word);
  return c ? `country:${c.iso2.toLowerCase()}` : null;
}

/** "death toll", "deaths of", "fatalities": the measure noun itself counts people. */
export function isDeathNoun(ws: Word[], end: number): boolean {
  return figureLexicon().deathNouns.some((p) => {
    const pw = phraseWords(p);
    for (let k = end; k >= Math.max(0, end - 3); k--) if (matchBefore(ws, k, pw)) return true;
    return false;
  });
}

/** A count and its group noun (up to two words between) right before the word at `end`: "Twenty Nigerien soldiers". */
function afterCountedGroup(ws: Word[], end: number): boolean {
  const noun = ws[end - 1]?.w ?? '';
  if (!/^[\p{L}-]+s$/u.test(noun)) return false;
  for (let k = end - 2; k >= Math.max(0, end - 4); k--) if (numberAt(ws, k)) return true;
  return false;
}

/** Which side a fighter noun ending at `end` (exclusive) names: a state's forces or an armed group. */
function armedSide(ws: Word[], end: number): 'state' | 'nonState' | null {
  const { state, nonState } = figureLexicon().armedSides;
  for (const len of [2, 1]) {
    if (end - len < 0) continue;
    const noun = ws
      .slice(end - len, end)
      .map((w) => w.w)
      .join(' ');
    if (state.includes(noun)) return 'state';
    if (nonState.includes(noun)) return 'nonState';
  }
  return null;
}

/** Ordinals after "a" that count one more: "a second victim". */
const ORDINALS = /^(?:second|third|fourth|fifth|sixth)$/;

export function isYearLike(ws: Word[], q: Quantity): boolean {
  return q.to - q.numberFrom === 1 && /^(1[89]\d\d|20\d\d)$/.test(ws[q.numberFrom].w);
}

/**
 * "killing a child", "wounding a US soldier": one person, counted by the article right after a
 * casualty verb and before a group noun.
 */
export function singles(ws: Word[], text: string): Quantity[] {
  const out: Quantity[] = [];
  ws.forEach((w, i) => {
    // "reporting another death", "a fatality was confirmed": one death, the noun its own measure.
    if (
      /^(?:a|an|another)$/.test(w.w) &&
      /^(?:death|fatality)$/.test(ws[i + 1]?.w ?? '') &&
      !/^(?:toll|sentence|penalty|squad|threat|threats|row|warrant|certificate|march|trap|traps|zone|knell|wish|spiral)$/.test(
        ws[i + 2]?.w ?? '',
      )
    ) {
      out.push({ from: i, to: i + 1, numberFrom: i, low: 1, high: null, qualifier: 'exact', vague: false });
      return;
    }
    // "recovered a body", "the clinic took in the body of a young man": one dead.
    // ("the body of the monitors met", "a body of evidence": no corpse.)
    if (
      /^(?:a|an|the)$/.test(w.w) &&
      ws[i + 1]?.w === 'body' &&
      ws[i + 2]?.w !== 'count' &&
      (w.w === 'the' ? ws[i + 2]?.w === 'of' && /^(?:a|an)$/.test(ws[i + 3]?.w ?? '') : ws[i + 2]?.w !== 'of')
    ) {
      out.push({ from: i, to: i + 1, numberFrom: i, low: 1, high: null, qualifier: 'exact', vague: false });
      return;
    }
    // "killing 63-year-old villager X": one person, counted by the age right after a casualty verb.
    if (/^\d{1,3}-year-old$/.test(w.w) && !/^(?:a|an|the|\d+|and|,)$/.test(ws[i - 1]?.w ?? '')) {
      const verb = measureBeforeEnding(ws, i);
      const g = findGroup(ws, text, i + 1);
      if (
        verb &&
        (verb.measure === 'killed' || verb.measure === 'wounded') &&
        g &&
        g.group !== 'inherit' &&
        g.from === i + 1 &&
        !/s$/.test(ws[g.to - 1].w)
      ) {
        out.push({ from: i, to: i + 1, numberFrom: i, low: 1, high: null, qualifier: 'exact', vague: false });
        return;
      }
    }
    if (w.w === 'the' && theOne(ws, text, i)) {
      out.push({ from: i, to: i + 1, numberFrom: i, low: 1, high: null, qualifier: 'exact', vague: false });
      return;
    }
    // "five died and another was injured": one more of the group counted before, no noun of its own.
    if (w.w === 'another' && !groupAt(ws, i + 1) && !numberAt(ws, i + 1)) {
      let k = i + 1;
      while (/^(?:was|were|is|has|had|been|reportedly|also|later)$/.test(ws[k]?.w ?? '')) k++;
      const m = k > i + 1 || /^(?:died|dies)$/.test(ws[k]?.w ?? '') ? measureAfterAt(ws, k) : null;
      if (m && (m.measure === 'killed' || m.measure === 'wounded' || m.measure === 'missing'))
        out.push({ from: i, to: i + 1, numberFrom: i, low: 1, high: null, qualifier: 'exact', vague: false });
      return;
    }
    // ("the body of a man": the one body already counted.)
    if (ws[i - 1]?.w === 'of' && ws[i - 2]?.w === 'body') return;
    // "a second woman was killed", "another man was wounded": one more person, counted on its own.
    const ordinal = w.w === 'a' && ORDINALS.test(ws[i + 1]?.w ?? '') ? 1 : 0;
    const more = ordinal === 1 || w.w === 'another';
    if (w.w !== 'a' && w.w !== 'an' && w.w !== 'another') return;
    // "a dozen", "a couple of", "a hundred": a number, counted by the quantity finder
    if (numberAt(ws, i) || (w.w === 'another' && numberAt(ws, i + 1))) return;
    // "a further 22 people", "an additional 40", "a staggering 300": a count after the article and
    // one modifier counts them.
    if (/^\p{Ll}+$/u.test(ws[i + 1]?.w ?? '') && !groupAt(ws, i + 1) && numberAt(ws, i + 2)) return;
    // ... or the last of a list after one: "killing two teachers and a child".
    // ("a second fisherman was killed": the subject of its own verb, whatever came before.)
    let verb = more ? null : measureBeforeEnding(ws, i);
    for (let k = i - 1; !verb && !more && ws[i - 1]?.w === 'and' && k >= Math.max(0, i - 6); k--)
      verb = measureBeforeEnding(ws, k);
    const g = findGroup(ws, text, i + 1 + ordinal);
    // "A soldier and three civilians were killed": the head of a list whose measure follows it.
    const listHead =
      !verb &&
      !!g &&
      g.group !== 'inherit' &&
      ws[g.to]?.w === 'and' &&
      /^\d|^(one|two|three|four|five|six|seven|eight|nine|ten)$/.test(ws[g.to + 1]?.w ?? '');
    // "a foreign UN worker was killed": the measure right after the group.
    let after = g && g.group !== 'inherit' ? g.to : -1;
    while (after >= 0 && after < ws.length && /^(was|were|has|had|been|reportedly|also)$/.test(ws[after].w))
      after++;
    const m = after > 0 ? measureAfterAt(ws, after) : null;
    // one person killed, wounded or missing; a single detention is no casualty figure
    // "A mayor, her aide and a bodyguard died": the last of a list of people is no count.
    // ("Nine police officers and a driver died": after a counted group, the article counts one.)
    const countedBefore = afterCountedGroup(ws, i - 1) ? groupAt(ws, i - 2)?.group : undefined;
    // ("Five rebels and a soldier were killed": fighters of the other side count on their own.)
    const sides =
      countedBefore === 'military' && g?.group === 'military'
        ? [armedSide(ws, i - 1), armedSide(ws, g.to)]
        : [];
    const otherSide = !!sides[0] && !!sides[1] && sides[0] !== sides[1];
    const listTail =
      /^(?:and|,)$/.test(ws[i - 1]?.w ?? '') &&
      !more &&
      // (… of another group: "Three soldiers and a policeman" stay the soldiers' count.)
      !(countedBefore && g && g.group !== 'inherit' && countedBefore !== g.group) &&
      !otherSide;
    const subject =
      !verb &&
      !!m &&
      !listTail &&
      m.measure !== 'captured' &&
      m.measure !== 'destroyed' &&
      m.measure !== 'displaced';
    if ((!verb && !listHead && !subject) || verb?.measure === 'displaced' || verb?.measure === 'destroyed')
      return;
    if (!g || g.group === 'inherit' || g.group === 'equipment' || g.group === 'buildings') return;
    out.push({ from: i, to: i + 1, numberFrom: i, low: 1, high: null, qualifier: 'exact', vague: false });
  });
  return out;
}

/** A group noun's plural is in the lexicon too: "commander" (commanders), "child" (children). */
function isSingularNoun(word: string): boolean {
  const all = Object.values(figureLexicon().groups).flat();
  const plurals = [
    `${word}s`,
    `${word}es`,
    word.replace(/man$/, 'men'),
    word.replace(/y$/, 'ies'),
    `${word}ren`,
  ];
  return !word.endsWith('s') && plurals.some((p) => p !== word && all.includes(p));
}

/**
 * "the base commander was injured", "the pilot was killed": one person named by a definite
 * singular role noun that is the subject of a casualty verb (killed, wounded, missing).
 */
function theOne(ws: Word[], text: string, i: number): boolean {
  const g = findGroup(ws, text, i + 1);
  if (!g || g.group === 'inherit' || g.group === 'equipment' || g.group === 'buildings') return false;
  if (g.to - g.from !== 1 || !isSingularNoun(ws[g.from].w)) return false;
  // only adjectives or noun modifiers between "the" and the noun, no names ("the Kenyan soldier" is fine)
  let after = g.to;
  if (!/^(?:was|has|had)$/.test(ws[after]?.w ?? '')) return false;
  while (
    after < ws.length &&
    /^(?:was|has|had|been|reportedly|also|seriously|critically|badly|lightly)$/.test(ws[after].w)
  )
    after++;
  const m = measureAfterAt(ws, after);
  return !!m && (m.measure === 'killed' || m.measure === 'wounded' || m.measure === 'missing');
}

/** Words that qualify a count's noun without naming a group: "36 reported injuries", "20 confirmed deaths". */
export const COUNT_ADJECTIVE =
  /^(?:reported|confirmed|recorded|documented|verified|known|registered|additional|further|new)$/;

/**
 * The quantity counts something that is no group: the first content word after it (past "or
 * three", "of the", adjectives) is a common noun that names no group and no measure.
 */
export function countsOther(ws: Word[], d: FigureDraft): boolean {
  if (d.measureNamesGroup && d.q.to === d.groupTo) {
    const next = ws[d.q.to];
    if (!next || !/^\p{Ll}/u.test(next.w) || isFunctionWord(next.w) || measureAfterAt(ws, d.q.to))
      return false;
  }
  // "including 40 in the past day", "9 on Sunday": a bare count, the place or time after it.
  if (
    /^(?:in|on|at|near|during|across|since|from|inside|outside|around|overnight)$/.test(ws[d.q.to]?.w ?? '')
  )
    return false;
  for (let k = d.q.to; k < Math.min(ws.length, d.q.to + 5); k++) {
    const w = ws[k].w;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w)) return false;
    if (isFunctionWord(w) || /^(?:or|to|of)$/.test(w) || figureLexicon().numberWords[w] !== undefined)
      continue;
    if (measureAfterAt(ws, k) || groupAt(ws, k) || figureLexicon().inheritingGroupNouns.includes(w))
      return false;
    // "the deadliest days", "36 reported injuries": skip the adjective, look at the noun.
    if ((/(?:est|ful|al|ous|ive|ic)$/.test(w) || COUNT_ADJECTIVE.test(w)) && k + 1 < ws.length) continue;
    return true;
  }
  return false;
}

/** "two children, ages 4 and 11", "aged between 8 and 15": ages, not counts. */
export function isAge(ws: Word[], q: Quantity): boolean {
  for (let k = q.from - 1; k >= Math.max(0, q.from - 4); k--) {
    if (/^(aged?|ages)$/.test(ws[k].w)) return true;
    if (!/^(and|or|to|between|of|the|\d+|,)$/.test(ws[k].w)) break;
  }
  return false;
}
