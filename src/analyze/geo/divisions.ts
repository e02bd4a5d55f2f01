/** Generic words around the name of an administrative division or a city. */
import { foldName } from '../names/fold.ts';

/** Words that follow or precede a division's own name ("Kharkiv Oblast", "Shan State", "Republic of Tatarstan"). */
const DIVISION_WORDS =
  /\b(?:oblast'?|province|provincia|state|regional state|region|republic of|republic|krai|kray|governorate|muhafazat|prefecture|district|county|department|departamento|division|municipality|territory|autonomous|okrug|voivodeship|canton|wilaya|vilayet|emirate)\b/g;

/** The folded name without generic division words: "Kharkiv Oblast" → "kharkiv". */
export function coreDivisionName(name: string): string {
  return foldName(name).replace(DIVISION_WORDS, ' ').replace(/\s+/g, ' ').trim();
}

/** Words naming a first-level division ("Sagaing Region", "Kharkiv Oblast", "Idlib province"). */
const FIRST_LEVEL_WORDS = /\b(?:state|province|region|oblast|governorate|prefecture|krai|wilaya)\b/i;

/** Whether a name holds the word of a first-level division ("Upper Nile State"; not "district"). */
export function namesFirstLevelDivision(name: string): boolean {
  return FIRST_LEVEL_WORDS.test(name);
}
