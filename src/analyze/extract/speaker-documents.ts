/**
 * Documents and reports before the verb, and the parties behind them: "X then put out a fresh
 * statement saying", "a statement attributed to X said", "a UN inquiry has found", "unconfirmed
 * reports said".
 */
import { isFunctionWord } from '../nlp/function-words.ts';
import { DOCUMENT_NOUNS } from './claim-resolve.ts';
import { PREPOSITIONS } from './speaker-appositions.ts';
import { describedSource } from './speaker-descriptions.ts';
import { covering, type SpeakerContext, type SpeakerHit, wordIndexBefore } from './speaker-phrases.ts';
import { verbLexicon } from './verbs.ts';
import type { Word } from './words.ts';

/** Products of a body that speak for it: "a UN investigation found", "an Amnesty report said". */
const REPORT_NOUNS = /^(?:investigation|inquiry|probe|report|panel|team|review|assessment|study|analysis)$/;

/** Verbs by which a party puts out a document, and the documents: "issued a statement", "posted a video". */
const ISSUING = /^(?:issued|released|published|posted|circulated|sent|put)$/;
const DOCUMENT = new RegExp(`^(?:${DOCUMENT_NOUNS}|release|video|message)$`);

/**
 * Index of the issuing verb when the participle at `v` hangs on a document the subject put out
 * ("issued a separate statement saying", "put out a brief statement accusing"), else -1.
 */
export function issuedDocument(ws: Word[], v: number, text: string): number {
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
export function attributedDocument(ws: Word[], v: number, ctx: SpeakerContext): SpeakerHit | null {
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

/** "a UN inquiry has found", "an Amnesty report said": the body behind the report noun at word j. */
export function reportBody(ws: Word[], j: number, ctx: SpeakerContext): SpeakerHit[] | null {
  const w = ws[j];
  if (REPORT_NOUNS.test(w.w) && j > 0) {
    const body = covering(ctx, ws[j - 1]);
    if (body && body.type !== 'place')
      return [{ key: body.key, from: wordIndexBefore(ws, body.start) + 1, to: j + 1 }];
  }
  return null;
}

/**
 * "Official casualty reports indicate …": reports of no named body, named by their modifiers,
 * at word j right before the verb at v.
 */
export function unattributedReports(
  ws: Word[],
  j: number,
  v: number,
  ctx: SpeakerContext,
): SpeakerHit[] | null {
  const w = ws[j];
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
  return null;
}

/** "unconfirmed reports", "media reports" right before the verb at v, opening its clause: an unnamed source. */
export function reportsBefore(ws: Word[], v: number, ctx: SpeakerContext): SpeakerHit | null {
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
