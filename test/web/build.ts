/**
 * Builds the dashboard (vite build web) when web/dist is missing or older than its sources, so
 * the browser tests work on a fresh clone.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
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

/** Runs the production build through Vite's API when needed; returns the milliseconds spent (0 when fresh). */
export async function ensureWebBuilt(): Promise<number> {
  if (!webBuildIsStale()) return 0;
  const t0 = performance.now();
  const { build } = await import('vite');
  await build({ configFile: join(WEB, 'vite.config.ts'), logLevel: 'warn' });
  return performance.now() - t0;
}
