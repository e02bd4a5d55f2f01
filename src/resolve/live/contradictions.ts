/**
 * Cross-outlet contradictions kept current as claims arrive. A denial's answers depend on the
 * answerable claims sharing one of its rarer content words or one of its events, and on their
 * families and speakers' sides; so a denial is paired again only when such a claim is new or
 * changed, when it changed itself, or when one of its words became too common to suggest a
 * pairing. Same results as `linkContradictions` over the whole report.
 */
import { contentWords } from '../../analyze/nlp/function-words.ts';
import type { Claim } from '../../report/contract.ts';
import {
  answerable,
  answersOf,
  type ContradictionContext,
  MAX_POSTING,
  needsAnswer,
} from '../crossdoc/contradictions.ts';

function add<K>(m: Map<K, Set<number>>, k: K, v: number): void {
  const s = m.get(k);
  if (s) s.add(v);
  else m.set(k, new Set([v]));
}

export class LiveContradictions {
  private readonly words: Set<string>[] = [];
  private readonly byWord = new Map<string, number[]>();
  private readonly byEvent = new Map<string, Set<number>>();
  private readonly denialsByWord = new Map<string, Set<number>>();
  private readonly denialsByEvent = new Map<string, Set<number>>();
  private readonly aboutOf: string[][] = [];
  readonly answers = new Map<number, string[]>();
  private readonly dirty = new Set<number>();
  private readonly ctx: ContradictionContext;

  constructor(
    private readonly claims: Claim[],
    family: (doc: string) => string,
    side: (i: number) => string | null,
    story: (doc: string) => string,
    published: (doc: string) => string | null,
  ) {
    this.ctx = {
      claims,
      words: (i) => this.words[i],
      byWord: (w) => this.byWord.get(w),
      byEvent: (v) => this.byEvent.get(v),
      family,
      side,
      story,
      published,
    };
  }

  /** Indexes a claim just appended to `claims`. */
  added(i: number): void {
    const c = this.claims[i];
    const words = contentWords(c.text);
    this.words[i] = words;
    this.aboutOf[i] = [...c.about];
    if (answerable(c)) {
      for (const w of words) {
        const list = this.byWord.get(w);
        if (list) list.push(i);
        else this.byWord.set(w, [i]);
        // The word just became too common: the denials it fed lose those candidates.
        if (list && list.length === MAX_POSTING + 1)
          for (const d of this.denialsByWord.get(w) ?? []) this.dirty.add(d);
      }
      for (const v of c.about) this.file(v, i);
    }
    if (needsAnswer(c)) {
      for (const w of words) add(this.denialsByWord, w, i);
      for (const v of c.about) add(this.denialsByEvent, v, i);
    }
    this.changed(i);
  }

  /** A claim's speaker, family or events changed (the claim object in `claims` is current). */
  changed(i: number): void {
    const c = this.claims[i];
    const before = this.aboutOf[i] ?? [];
    const now = c.about;
    if (before.length !== now.length || before.some((v, k) => v !== now[k])) {
      const answer = answerable(c);
      const denial = needsAnswer(c);
      for (const v of before) {
        if (denial) this.denialsByEvent.get(v)?.delete(i);
        if (answer) this.unfile(v, i);
        else this.touchEvent(v);
      }
      for (const v of now) {
        if (answer) this.file(v, i);
        if (denial) add(this.denialsByEvent, v, i);
      }
      this.aboutOf[i] = [...now];
    }
    if (needsAnswer(c)) this.dirty.add(i);
    if (!answerable(c)) return;
    for (const w of this.words[i]) {
      if ((this.byWord.get(w)?.length ?? 0) > MAX_POSTING) continue;
      for (const d of this.denialsByWord.get(w) ?? []) this.dirty.add(d);
    }
    for (const v of now) this.touchEvent(v);
  }

  /** Denials about an event whose claims are few enough to be candidates may pair differently. */
  private touchEvent(v: string): void {
    if ((this.byEvent.get(v)?.size ?? 0) > MAX_POSTING) return;
    for (const d of this.denialsByEvent.get(v) ?? []) this.dirty.add(d);
  }

  /** Files an answerable claim under an event; past the cap the event stops giving candidates. */
  private file(v: string, i: number): void {
    add(this.byEvent, v, i);
    if (this.byEvent.get(v)?.size === MAX_POSTING + 1)
      for (const d of this.denialsByEvent.get(v) ?? []) this.dirty.add(d);
  }

  private unfile(v: string, i: number): void {
    const set = this.byEvent.get(v);
    if (!set?.delete(i)) return;
    // Back under the cap (or still under it): its denials see this change.
    if (set.size <= MAX_POSTING) for (const d of this.denialsByEvent.get(v) ?? []) this.dirty.add(d);
  }

  /** Pairs the denials that may answer differently now; returns how many were paired again. */
  settle(): number {
    const n = this.dirty.size;
    for (const d of this.dirty) {
      const answers = answersOf(d, this.ctx);
      if (answers.length) this.answers.set(d, answers);
      else this.answers.delete(d);
    }
    this.dirty.clear();
    return n;
  }
}
