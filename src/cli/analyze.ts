import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { type Command, InvalidArgumentError } from 'commander';
import { type PipelineProgress, runPipeline } from '../pipeline.ts';
import type { Report } from '../report/contract.ts';
import { toAcledCsv, toGeoJson, toPlover } from '../report/export/index.ts';
import { renderHtml } from '../report/render/html.ts';
import { renderMarkdown } from '../report/render/markdown.ts';
import { positiveInt } from './args.ts';
import { makeProgress } from './progress.ts';
import { serveReport } from './serve.ts';

export interface AnalyzeOptions {
  json?: string;
  md?: string;
  html?: string;
  csv?: string;
  geojson?: string;
  plover?: string;
  serve?: boolean | string;
  strict?: boolean;
  quiet?: boolean;
  maxBytes?: number;
  workers?: number;
}

function writeOut(path: string, content: string): void {
  if (path === '-') {
    process.stdout.write(content);
    return;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** The report of the last run, for `--serve`. */
let lastReport: Report | null = null;

export function summary(report: Report, written: string[]): string {
  const lines = [
    `sitrep: ${report.documents.length} document(s) read` +
      (report.errors?.length ? `, ${report.errors.length} input(s) could not be read` : ''),
    `  ${report.entities.length} entities · ${report.events.length} events · ${report.claims.length} claims · ` +
      `${report.figures.length} figures · ${report.timeline.length} timeline days · ${report.stories.length} stories`,
  ];
  const copies = report.documents.reduce((n, d) => n + d.reuse.length, 0) / 2;
  if (copies) lines.push(`  ${copies} pair(s) of documents share text`);
  for (const p of written) lines.push(`  wrote ${p}`);
  return `${lines.join('\n')}\n`;
}

export async function runAnalyze(inputs: string[], opts: AnalyzeOptions): Promise<number> {
  const progress = makeProgress({ quiet: opts.quiet });
  let report: Report;
  try {
    report = await runPipeline(inputs, {
      onProgress: (p: PipelineProgress) => progress.update(p),
      stdin: process.stdin,
      maxBytes: opts.maxBytes,
      workers: opts.workers,
    });
  } finally {
    progress.stop();
  }
  lastReport = report;
  for (const e of report.errors ?? []) {
    process.stderr.write(`sitrep: ${e.source}${e.at ? ` (${e.at})` : ''}: ${e.message}\n`);
  }
  if (opts.strict && report.errors?.length) {
    process.stderr.write(`sitrep: --strict: ${report.errors.length} input error(s); nothing written\n`);
    return 1;
  }
  if (report.documents.length === 0) {
    process.stderr.write('sitrep: no document could be read; nothing written\n');
    return 2;
  }
  const written: string[] = [];
  if (opts.json) {
    writeOut(opts.json, `${JSON.stringify(report, null, 2)}\n`);
    written.push(opts.json);
  }
  const outputs: [string | undefined, () => string][] = [
    [opts.md, () => renderMarkdown(report)],
    [opts.html, () => renderHtml(report)],
    [opts.csv, () => toAcledCsv(report)],
    [opts.geojson, () => `${JSON.stringify(toGeoJson(report), null, 2)}\n`],
    [opts.plover, () => `${JSON.stringify(toPlover(report), null, 2)}\n`],
  ];
  for (const [path, render] of outputs) {
    if (!path) continue;
    writeOut(path, render());
    written.push(path);
  }
  const anyOutput = opts.json || outputs.some(([p]) => p);
  if (!anyOutput) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else if (!opts.quiet) {
    const toStdout = [opts.json, ...outputs.map(([p]) => p)].includes('-');
    (toStdout ? process.stderr : process.stdout).write(summary(report, written));
  }
  return 0;
}

export function byteCount(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(k|kb|m|mb|g|gb)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('a number of bytes, e.g. 50000000 or 50MB');
  const unit = (m[2] ?? '').toLowerCase()[0];
  const mult = unit === 'k' ? 1e3 : unit === 'm' ? 1e6 : unit === 'g' ? 1e9 : 1;
  return Math.round(Number(m[1]) * mult);
}

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('read articles and write a sourced situation report')
    .argument('<inputs...>', 'files, folders, glob patterns, URLs, or - for standard input')
    .option('--json <file>', 'write the report (sitrep.report/1 JSON); - for stdout')
    .option('--md <file>', 'write a printable Markdown situation report; - for stdout')
    .option('--html <file>', 'write a printable, self-contained HTML situation report')
    .option('--csv <file>', 'write an ACLED-style event table (CSV)')
    .option('--geojson <file>', 'write the events with coordinates as GeoJSON')
    .option('--plover <file>', 'write PLOVER-coded event JSON')
    .option('--serve [port]', 'then serve the dashboard over the report (interactive terminals only)')
    .option('--strict', 'treat any unreadable input as fatal (exit 1)')
    .option('-q, --quiet', 'no progress or summary on the terminal')
    .option(
      '--workers <n>',
      'worker threads for analysis (default: by corpus size, up to the core count)',
      positiveInt,
    )
    .option('--max-bytes <n>', 'largest input file accepted, in bytes (default 20 MB)', byteCount)
    .addHelpText(
      'after',
      '\nWith neither --json nor --md, the JSON report goes to stdout.\n' +
        'Exit status: 0 when at least one document was read, 2 when none, 1 on --strict errors.\n\n' +
        'Example:\n  sitrep analyze examples --json out/report.json --md out/sitrep.md',
    )
    .action(async (inputs: string[], opts: AnalyzeOptions) => {
      process.exitCode = await runAnalyze(inputs, opts);
      if (opts.serve && process.exitCode === 0 && lastReport) {
        if (!process.stdout.isTTY || !process.stdin.isTTY) {
          const file = opts.json && opts.json !== '-' ? opts.json : '<report.json>';
          process.stdout.write(
            `sitrep: not a terminal, so no dashboard here; run: npx sitrep serve --report ${file}\n`,
          );
          return;
        }
        const port = typeof opts.serve === 'string' ? positiveInt(opts.serve) : 8080;
        await serveReport(lastReport, port, '127.0.0.1');
      }
    });
}
