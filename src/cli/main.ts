import { Command } from 'commander';
import { registerAnalyze } from './analyze.ts';
import { registerEval } from './eval.ts';
import { registerServe } from './serve.ts';
import { registerStoreCommands } from './store.ts';

export function buildProgram(): Command {
  const program = new Command('sitrep')
    .description(
      'Turns a pile of news articles about a developing story into a sourced situation report: ' +
        'what happened, when and where, who says so and who denies it, which figures each party ' +
        'gives over time, and which articles are really one report copied.',
    )
    .version('0.1.0')
    .showHelpAfterError()
    .configureOutput({ outputError: (str, write) => write(`sitrep: ${str}`) });
  registerAnalyze(program);
  registerEval(program);
  registerStoreCommands(program);
  registerServe(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    process.stderr.write(`sitrep: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}
