/**
 * The one wink-nlp instance of this thread, created on first use (the model takes ~100 ms to load).
 */

import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';

let instance: WinkMethods | null = null;

export function wink(): WinkMethods {
  if (instance === null) instance = winkNLP(model);
  return instance;
}

/** Raw wink token columns for `text`: values, POS, normal forms, lemmas and sentence token spans. */
export interface WinkColumns {
  values: string[];
  pos: string[];
  normals: string[];
  lemmas: string[];
  /** [first, last] token index (inclusive) of each wink sentence. */
  sentenceSpans: [number, number][];
}

export function winkColumns(text: string): WinkColumns {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const tokens = doc.tokens();
  return {
    values: tokens.out(its.value) as string[],
    pos: tokens.out(its.pos) as string[],
    normals: tokens.out(its.normal) as string[],
    lemmas: (tokens.out as (f: unknown) => unknown)(its.lemma) as string[],
    // wink's typings omit its.span for collections; at run time it yields [first, last] token indexes.
    sentenceSpans: (doc.sentences().out as (f: unknown) => unknown)(its.span) as [number, number][],
  };
}
