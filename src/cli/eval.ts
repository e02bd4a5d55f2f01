import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { evaluate, formatDetails, formatTable, loadGold } from '../eval/index.ts';
import { Report } from '../report/contract.ts';

export interface EvalOptions {
  gold: string;
  json?: boolean;
  details?: boolean;
  limit?: string;
}

export function readReport(path: string): Report {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read report ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  const parsed = Report.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new Error(`${path} is not a sitrep.report/1 report: ${first}`);
  }
  return parsed.data;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score a report against gold annotations (spec/GOLD.md)')
    .requiredOption('--gold <folder>', 'folder of <document file>.json gold files and optional corpus.json')
    .argument('<report>', 'a sitrep.report/1 JSON file')
    .option('--json', 'print the scores as JSON')
    .option('--details', 'also list missed gold items, wrong fields and unmatched report items')
    .option('--limit <n>', 'with --details: how many lines per section (0 = all)', '50')
    .action((reportPath: string, opts: EvalOptions) => {
      const report = readReport(reportPath);
      const gold = loadGold(opts.gold);
      const result = evaluate(gold, report);
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
        return;
      }
      process.stdout.write(`${formatTable(result).trimEnd()}\n`);
      if (opts.details) {
        const limit = Number(opts.limit ?? '50');
        if (!Number.isInteger(limit) || limit < 0)
          throw new Error(`--limit must be a whole number ≥ 0, got ${opts.limit}`);
        process.stdout.write(
          `\n${formatDetails(result, limit === 0 ? Number.POSITIVE_INFINITY : limit).trimEnd()}\n`,
        );
      }
    });
}
