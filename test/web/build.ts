/**
 * Builds the dashboard (vite build web) when web/dist is missing or older than its sources, so
 * the browser tests work on a fresh clone.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB = fileURLToPath(new URL('../../web/', import.meta.url));

function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return t;
}

export function webBuildIsStale(): boolean {
  const index = join(WEB, 'dist', 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const sources = Math.max(
    newest(join(WEB, 'src')),
    statSync(join(WEB, 'index.html')).mtimeMs,
    statSync(join(WEB, 'vite.config.ts')).mtimeMs,
  );
  return sources > built;
}

/** A lock directory, so test files running in parallel do not build into web/dist at once. */
async function withBuildLock<T>(fn: () => Promise<T>): Promise<T> {
  const lock = join(
    tmpdir(),
    `sitrep-web-build-${createHash('sha1').update(WEB).digest('hex').slice(0, 12)}.lock`,
  );
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 300_000) rmSync(lock, { recursive: true, force: true }); // left by a killed run
      if (Date.now() > deadline) throw new Error(`waited too long for ${lock}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Runs the production build through Vite's API when needed; returns the milliseconds spent (0 when fresh). */
export async function ensureWebBuilt(): Promise<number> {
  if (!webBuildIsStale()) return 0;
  return withBuildLock(async () => {
    if (!webBuildIsStale()) return 0; // built by another test file meanwhile
    const t0 = performance.now();
    const { build } = await import('vite');
    await build({ configFile: join(WEB, 'vite.config.ts'), logLevel: 'warn' });
    return performance.now() - t0;
  });
}
