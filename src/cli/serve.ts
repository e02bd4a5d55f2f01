/**
 * `sitrep serve`: the HTTP API over a store with the dashboard at `/`, or the dashboard alone
 * over a report file. Loopback by default; writes need a bearer token when SITREP_TOKEN is set.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { Report } from '../report/contract.ts';
import { buildApi } from '../server/api.ts';
import { missingBuildMessage, startDashboard, WEB_DIST } from '../server/dashboard.ts';
import { openStore } from '../store/index.ts';
import { positiveInt } from './args.ts';
import { readReport } from './eval.ts';

export interface ServeOptions {
  db?: string;
  report?: string;
  port: number;
  host: string;
  token?: string;
  public?: boolean;
}

function warnIfUnbuilt(): void {
  if (!existsSync(join(WEB_DIST, 'index.html')))
    process.stderr.write(`sitrep: ${missingBuildMessage(WEB_DIST)}\n`);
}

async function untilStopped(close: () => Promise<void>): Promise<void> {
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await close();
}

/** Serves a report that is already built (the README's demo, `--report`). */
export async function serveReport(report: Report, port: number, host: string): Promise<void> {
  warnIfUnbuilt();
  const d = await startDashboard({ report, port, host });
  process.stdout.write(`sitrep: dashboard at ${d.url} (Ctrl-C to stop)\n`);
  await untilStopped(() => d.close());
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API and the web dashboard')
    .option('--db <url>', 'store to serve (SQLite file or postgres:// URL)', 'sitrep.db')
    .option('--report <file>', 'serve the dashboard over this report file instead of a store')
    .option('--port <n>', 'port', positiveInt, 8080)
    .option('--host <addr>', 'address to listen on', '127.0.0.1')
    .option('--token <token>', 'bearer token required for writes (default: SITREP_TOKEN)')
    .option('--public', 'let anyone read (writes still need the token)')
    .action(async (opts: ServeOptions) => {
      if (opts.report) {
        await serveReport(readReport(opts.report), opts.port, opts.host);
        return;
      }
      warnIfUnbuilt();
      const store = await openStore(opts.db ?? 'sitrep.db');
      const app = buildApi({
        store,
        token: opts.token ?? process.env.SITREP_TOKEN,
        publicRead: opts.public,
        staticDir: WEB_DIST,
      });
      await app.listen({ port: opts.port, host: opts.host });
      process.stdout.write(
        `sitrep: API and dashboard at http://${opts.host}:${opts.port}/ (OpenAPI at /openapi.json; Ctrl-C to stop)\n`,
      );
      await untilStopped(async () => {
        await app.close();
        await store.close();
      });
    });
}
