/**
 * Speakers named by a noun phrase right before the verb that the entity layer does not name as
 * one: a party's allies ("France and its allies accused"), a site by its web address ("the
 * pro-rebel website X.com said"), one who saw or treated placed at a body ("a nurse at the
 * district hospital said"). Pure; used by speaker-right-before.ts.
 */
import { coordinatedNames } from './speaker-appositions.ts';
import { describedSource } from './speaker-descriptions.ts';
import { covering, type SpeakerContext, type SpeakerHit } from './speaker-phrases.ts';
import { verbLexicon } from './verbs.ts';
import type { Word } from './words.ts';

const OWN = /^(?:its|their)$/;

/**
 * "France and its allies accused …", "A, B and their Western allies charged …": the parties named
 * before the allies ending at word j speak; none when no party is named there.
 */
export function alliesOf(ws: Word[], j: number, ctx: SpeakerContext): SpeakerHit[] {
  if (!/^(?:allies|partners|backers)$/.test(ws[j].w)) return [];
  // (One modifier may stand between: "their Western allies".)
  const own = OWN.test(ws[j - 1]?.w ?? '') ? j - 1 : OWN.test(ws[j - 2]?.w ?? '') ? j - 2 : -1;
  if (own <= 0) return [];
  // "… and its allies", "…, and their allies", "… and, their allies".
  let and = -1;
  if (ws[own - 1]?.w === 'and') and = own - 1;
  else if (ws[own - 1]?.w === ',' && ws[own - 2]?.w === 'and') and = own - 2;
  if (and <= 0) return [];
  const k = ws[and - 1]?.w === ',' ? and - 2 : and - 1;
  const named = k >= 0 ? covering(ctx, ws[k]) : undefined;
  return named ? coordinatedNames(ws, k, named, ctx) : [];
}

/** A web address standing for its site: "tamilnet.com", "sabanews.net". */
const WEB_ADDRESS = /^[\p{L}\d-]{3,}\.[a-z]{2,4}$/u;

/** "…, the pro-rebel website X.com said": a site named by its address at word j, with its description. */
export function webAddress(ws: Word[], j: number, ctx: SpeakerContext): SpeakerHit | null {
  const w = ws[j];
  if (!WEB_ADDRESS.test(w.w)) return null;
  let from = j;
  if (/^(?:website|site|portal|blog|outlet)$/.test(ws[j - 1]?.w ?? '')) {
    let k = j - 1;
    while (k > 0 && j - k < 6 && ws[k - 1].w !== ',' && !/^(?:the|a|an)$/.test(ws[k - 1].w)) k--;
    from = k > 0 && /^(?:the|a|an)$/.test(ws[k - 1].w) ? k - 1 : k;
  }
  const span = { start: w.start, end: w.end };
  return { key: null, from, to: j + 1, generic: { name: ctx.text.slice(w.start, w.end), span } };
}

/**
 * "A doctor at the main hospital said", "a nurse at a mission clinic told": one who saw or
 * treated, placed at the body described from word `from`, speaks — not the body.
 */
export function witnessAtBody(ws: Word[], from: number, ctx: SpeakerContext): SpeakerHit | null {
  if (from < 2 || ws[from - 1].w !== 'at') return null;
  const r = from - 2;
  const heads = verbLexicon().witnessSources.heads;
  if (!heads.includes(ws[r].w) && !heads.includes(`${ws[r].w}s`)) return null;
  return describedSource(ws, r, ctx);
}
