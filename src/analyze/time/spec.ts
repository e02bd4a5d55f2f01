/** The parsed, not yet resolved, meaning of one time expression. */

export type Unit = 'day' | 'week' | 'month' | 'year';
export type Part = 'early' | 'mid' | 'late';
export type Mod = 'last' | 'next' | 'this' | null;

export type Spec =
  /** A calendar day; `y` null when the text gives no year. */
  | { k: 'date'; y: number | null; m: number; d: number }
  /** `yearRel`: "April last year" = −1, "March this year" = 0 (relative to publication's year). */
  | { k: 'month'; y: number | null; m: number; mod: Mod; yearRel?: number }
  | { k: 'year'; y: number }
  | { k: 'decade'; y: number }
  | { k: 'season'; y: number | null; m: number; mod: Mod }
  /** `week`: the weekday of the week that many weeks from publication's ("Tuesday last week" = −1). */
  | { k: 'weekday'; wd: number; mod: Mod; week?: number }
  /** Calendar unit relative to publication: yesterday = day −1, last week = week −1 … */
  | { k: 'rel'; unit: Unit; n: number; sub: 'earlier' | 'later' | null }
  | { k: 'weekend'; mod: Mod }
  /** Rolling window ending (dir −1) or starting (dir +1) at publication: "the past three days". */
  | { k: 'window'; unit: Unit | 'hour'; n: number; dir: -1 | 1 }
  /** "in two weeks" (future only: under another tense it is a duration and is dropped). */
  | { k: 'ahead'; unit: Unit; n: number }
  /** "two days ago"; n null for vague ("days ago"). */
  | { k: 'ago'; unit: Unit | 'hour'; n: number | null }
  /** Relative to the narrative's last resolved day: "the next day" = day +1; n null when vague. */
  | { k: 'narr'; unit: Unit | 'hour'; n: number | null }
  /** A clock time alone ("noon local time"). */
  | { k: 'clock' }
  /** Two ends; `pa` / `pb` narrow an end that is a month, year or decade ("late 2020"). */
  | { k: 'range'; a: Spec; b: Spec; pa?: Part | null; pb?: Part | null };

/** A recognised expression: its span in the text, its meaning, and modifiers that shape it. */
export interface Cand {
  start: number;
  end: number;
  spec: Spec;
  /** Clock time `HH:MM` attached to the expression. */
  time?: string | null;
  /** "midnight" joined to a day: the midnight that ends that day. */
  midnight?: boolean;
  part?: Part | null;
  /** "the first week of" = 1 … "the last week of" = -1. */
  weekOf?: number | null;
  /** "the week of Oct. 9": the Monday–Sunday week around the day. */
  weekAround?: boolean;
  /** "the first half of" = 1, "the second half of" = 2. */
  half?: 1 | 2 | null;
  since?: boolean;
  /** Runs into the following day: "overnight Saturday", "and into the morning". */
  night?: boolean;
  /** "overnight into Sunday": the expression is the night before this day. */
  nightBefore?: boolean;
  /** Explicit end of a night: "late Friday into Saturday". */
  into?: Spec | null;
  /** Preceded by until/till/through/by: a present tense reads as future. */
  until?: boolean;
}
