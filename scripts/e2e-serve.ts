/**
 * Serves a report file with the dashboard, for looking at it by hand.
 * Usage: node --import tsx scripts/e2e-serve.ts <report.json> [port]
 */
import { readFileSync } from 'node:fs';
import type { Report } from '../src/report/contract.ts';
import { startDashboard } from '../src/server/dashboard.ts';

const [file, port] = process.argv.slice(2);
if (!file) {
  console.error('usage: node --import tsx scripts/e2e-serve.ts <report.json> [port]');
  process.exit(2);
}
const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
const d = await startDashboard({ report, port: port ? Number(port) : 4173 });
console.log(`dashboard at ${d.url}`);
