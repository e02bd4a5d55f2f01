/** Reads a knowledge file from the project's data/ folder (once per process; callers cache). */
import { readFileSync } from 'node:fs';

export function readDataFile(name: string): string {
  return readFileSync(new URL(`../../../data/${name}`, import.meta.url), 'utf8');
}

/** Lines of a text data file without comments (`#`) and blank lines. */
export function dataLines(name: string): string[] {
  return readDataFile(name)
    .split(/\r?\n/)
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
}
