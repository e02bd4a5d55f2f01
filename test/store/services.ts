/**
 * Real PostgreSQL / Redis for integration tests, from SITREP_TEST_PG / SITREP_TEST_REDIS (started by
 * scripts/ci-services.sh). Unset: under CI the test fails loudly; elsewhere it is skipped loudly.
 */
import type { TestContext } from 'node:test';

export function service(name: 'SITREP_TEST_PG' | 'SITREP_TEST_REDIS', t: TestContext): string | null {
  const url = process.env[name];
  if (url) return url;
  const msg = `${name} is not set: start services with \`bash scripts/ci-services.sh .ci/services.env && . .ci/services.env\``;
  if (process.env.CI) throw new Error(`${msg} (CI is set, so this test must run)`);
  console.error(`\n*** SKIPPED: ${msg} ***\n`);
  t.skip(msg);
  return null;
}

/** A fresh, empty PostgreSQL schema for one test: the URL gets `options=-c search_path=<schema>`. */
export async function freshPgUrl(base: string, label: string): Promise<string> {
  const pg = (await import('pg')).default;
  const schema = `t_${label}_${process.pid}_${Date.now().toString(36)}`
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_');
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  try {
    await c.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await c.end();
  }
  const u = new URL(base);
  u.searchParams.set('options', `-c search_path=${schema},public`);
  return u.toString();
}
