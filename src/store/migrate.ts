/** Schema migrations: `migrations/<kind>/NNN_name.sql`, applied in name order and recorded. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Migration {
  version: string;
  sql: string;
}

export function migrationsDir(kind: 'sqlite' | 'postgres'): string {
  return fileURLToPath(new URL(`../../migrations/${kind}/`, import.meta.url));
}

/** Every migration of a kind, in order. Versions are file names without `.sql`. */
export function loadMigrations(kind: 'sqlite' | 'postgres', dir: string = migrationsDir(kind)): Migration[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => ({ version: f.slice(0, -4), sql: readFileSync(`${dir}/${f}`, 'utf8') }));
}

/** The migrations not yet in `applied`, in order. */
export function pendingMigrations(all: Migration[], applied: Iterable<string>): Migration[] {
  const done = new Set(applied);
  return all.filter((m) => !done.has(m.version));
}
