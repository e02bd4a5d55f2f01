/**
 * Recognisers for the furniture lines at the head (and tail) of an article: bylines, wire credit
 * lines, date markers, "Original url:" lines, photo credits. Each looks at one line or block and
 * says what it is; none keeps state.
 */
import { words } from '../boilerplate.ts';
import { parseDateString } from './dates.ts';
import { outletMentions } from './outlet.ts';
import { findWireCredits, wireName } from './wire.ts';

export interface Byline {
  authors: string[];
  wire: string[];
  /** A non-wire outlet named in the byline ("By Jane Doe for The Guardian"). */
  outlet: string | null;
}

const PARTICLE =
  /^(?:de|da|del|della|der|den|van|von|bin|binti|bint|ibn|al|el|la|le|du|dos|das|ter|y|abu|ben|mac)$/i;

/** A job title after a name in a byline: "Jane Doe, Middle East correspondent", "Senior Reporter". */
const ROLE =
  /\b(?:correspondent|reporter|editor|writer|journalist|contributor|columnist|analyst|producer|photographer|bureau chief|staff|desk|special to)s?\b/i;
/** "… in Kyiv", "… from Khartoum": where the author filed from. */
const PLACE_TAIL = /(?:^|\s+)(?:in|from|reporting from)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u;

/** One person's name: 1–5 words, capitalised (particles and hyphenated "al-" prefixes allowed). */
function isPersonName(s: string): boolean {
  const parts = s.trim().split(/\s+/);
  if (parts.length === 0 || parts.length > 5) return false;
  let caps = 0;
  for (const p of parts) {
    if (PARTICLE.test(p)) continue;
    if (/^(?:[\p{Lu}][\p{L}'’.-]*|[\p{Lu}]\.)$/u.test(p) || /^(?:al|el)-[\p{Lu}]/u.test(p)) caps++;
    else return false;
  }
  return caps >= 1;
}

function titleCaseIfShouting(s: string): string {
  if (!/\p{Ll}/u.test(s) && /\p{Lu}{2}/u.test(s)) {
    return s.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
  }
  return s;
}

/**
 * "By Jane Doe and John Roe for AFP", "By JANE DOE, Reuters", "By Jane Doe | The Guardian",
 * "By AFP". Null when the line is not a byline (e.g. "By the time the truce began, …").
 */
export function parseByline(line: string): Byline | null {
  const t = line.trim().replace(/\s+/g, ' ');
  const m = /^(?:written\s+)?by:?\s+(.+?)\.?$/i.exec(t);
  if (!m || words(t).length > 25) return null;
  let rest = m[1];
  const wire: string[] = [];
  let outlet: string | null = null;
  // trailing affiliation: "for AFP", ", Reuters", "| The Guardian", " - AP", "(AFP)"
  const aff = /(?:\s+(?:for|of|at|in)\s+|\s*[,|–—]\s*|\s+-\s+|\s*\()((?:the\s+)?[^,|()]+?)\)?$/i.exec(rest);
  if (aff) {
    const name = aff[1].trim();
    const w = wireName(name) ?? findWireCredits(`Via ${name}`)[0] ?? null;
    const o = outletMentions(name)[0];
    if (w) {
      wire.push(w);
      rest = rest.slice(0, aff.index);
    } else if (o && o.name.length >= name.replace(/^the\s+/i, '').length - 4) {
      outlet = o.name;
      rest = rest.slice(0, aff.index);
    } else if (/^(?:staff|staff writers?|correspondents?|agencies|news desk|newsroom)$/i.test(name)) {
      rest = rest.slice(0, aff.index);
    }
  }
  const whole = wireName(rest);
  if (whole) return { authors: [], wire: [whole, ...wire.filter((x) => x !== whole)], outlet };
  const staff = /^(.+?)\s+(?:staff|staff writers?|news desk|correspondents?)$/i.exec(rest);
  if (staff && wireName(staff[1])) return { authors: [], wire: [wireName(staff[1])!, ...wire], outlet };
  const names = rest
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/i)
    .map((s) => s.trim().replace(PLACE_TAIL, ''))
    .filter((s) => s !== '' && !ROLE.test(s));
  if (names.length === 0 || !names.every((n) => isPersonName(n))) return null;
  return { authors: names.map(titleCaseIfShouting), wire, outlet };
}

/** A line that only credits a wire: "Via AP news wire", "Source: Reuters", "— AFP", "(With AFP)". */
export function parseCreditLine(line: string): string[] | null {
  const t = line.trim();
  if (words(t).length > 10) return null;
  const w = findWireCredits(t);
  if (w.length === 0) return null;
  if (/^(?:via|source|sources|from|credit|with|[-–—([]|\p{Lu})/iu.test(t)) return w;
  return null;
}

/** A contribution / editing note: "X contributed to this report", "Editing by …", "Additional reporting by …". */
export function isContributionLine(line: string): boolean {
  const t = line.trim();
  if (words(t).length > 45) return false;
  return /\bcontributed (?:to this|reporting)|^(?:additional reporting|reporting|writing|editing|compiled|translated)\s+by\b|;\s*editing by\b/i.test(
    t,
  );
}

const MARKER =
  /^\s*(?:date|dated|published|posted|pubdate)\s*:?\s+(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)(?=\s|$)\s*/i;

/** A leading `date 2020-10-18` marker: the date and the offset where the text proper starts. */
export function parseDateMarker(text: string): { published: string; end: number } | null {
  const m = MARKER.exec(text);
  if (!m) return null;
  const published = parseDateString(m[1].replace(' ', 'T'));
  return published ? { published, end: m[0].length } : null;
}

/** A block that is only a date (dateline): the normalised date. */
export function parseDateline(block: string): string | null {
  const t = block.trim().replace(/^[*_]+|[*_]+$/g, '');
  if (t.length > 120 || t.includes('\n')) return null;
  const whole = parseDateString(t);
  if (whole) return whole;
  // a place before the date: "Sana'a, 12 March 2024", "KYIV, Ukraine — March 12, 2024"
  const placed =
    /^(\p{Lu}[\p{L}'’. -]{0,30}(?:,\s*\p{Lu}[\p{L}'’. -]{0,30})?)\s*(?:,|[-–—|·]|\()\s*(.+?)\)?$/u.exec(t);
  if (placed && words(placed[1]).length <= 5) {
    const d = parseDateString(placed[2]);
    if (d) return d;
  }
  // "Published 12 Oct 2023 | Updated 13 Oct 2023", "March 3, 2024 · 5 min read"
  const parts = t.split(/\s+[|·•]\s+/);
  if (parts.length < 2) return null;
  const first = parseDateString(parts[0]);
  if (!first) return null;
  const rest = parts
    .slice(1)
    .every((p) => parseDateString(p) !== null || /^\d+\s*min(?:ute)?s?\s+read$/i.test(p));
  return rest ? first : null;
}

const URL_LABEL =
  /^(?:original\s+(?:url|link|article|source)|source\s+(?:url|link)|canonical(?:\s+url)?|url|permalink|link|source|read\s+(?:the\s+)?original(?:\s+article)?(?:\s+(?:here|at))?)\s*:\s*(?:<?(https?:\/\/[^\s<>]+)>?)?\s*$/i;

/**
 * "Original url: <https://…>" (or the label alone, the address following in the next block):
 * `{ url }` with the address or null when it should be taken from the next block.
 */
export function parseUrlLabel(block: string): { url: string | null } | null {
  const m = URL_LABEL.exec(block.trim());
  return m ? { url: m[1] ?? null } : null;
}

/** A block that is nothing but a web address. */
export function bareUrl(block: string): string | null {
  const m = /^<?(https?:\/\/[^\s<>]+)>?$/.exec(block.trim());
  return m ? m[1] : null;
}

/**
 * A photo / image credit: a short line naming a photographer or agency ("Jane Doe / AFP",
 * "Photo: Jane Doe", "Credit: Getty Images", "REUTERS/Jane Doe"). `emphasized`: the line was
 * wholly bold or italic in the source, which makes a bare "Name / Agency" shape enough.
 */
export function isPhotoCredit(block: string, emphasized = false): boolean {
  const t = block.trim();
  // a caption ending in its credit: "… in the rubble. (AP Photo/Jane Doe)", "… (Photo: Jane Doe/Reuters)"
  if (
    words(t).length <= 80 &&
    /\((?:[\p{L}.&-]+\s+)?(?:photos?|photograph|image|picture|file photo|pool photo|video)\s*(?:\/|:|by\b)[^()]{1,80}\)\s*$/iu.test(
      t,
    )
  )
    return true;
  // "Coalition denies strike on a funeral hall [AFP]": a caption line closed by its agency in brackets.
  const bracketed = /\s*[[(]([^\])]{2,40})[\])]$/u.exec(t);
  if (
    bracketed &&
    words(t).length <= 40 &&
    !/[.!?"”’]$/u.test(t.slice(0, bracketed.index)) &&
    findWireCredits(`via ${bracketed[1]}`).length > 0
  )
    return true;
  const n = words(t).length;
  if (n === 0 || n > 16 || (/[.!?]["”’]?$/.test(t) && !emphasized)) return false;
  if (
    /^(?:photo|photos|photograph|picture|image|credit|credits|photo credit|image credit|source)s?\s*:/i.test(
      t,
    )
  )
    return true;
  if (/\b(?:getty images|shutterstock|afp via getty|epa-efe|alamy|sipa|pool photo)\b/i.test(t)) return true;
  const slash = /^[^/|]{2,60}\s*[/|]\s*[^/|]{2,60}$/.test(t);
  if (
    slash &&
    (emphasized || findWireCredits(`via ${t.split(/[/|]/)[1] ?? ''}`).length > 0 || /^\p{Lu}{2,}/u.test(t))
  )
    return true;
  return emphasized && /©|\(c\)|\bcourtesy\b|\bvia\b/i.test(t);
}
