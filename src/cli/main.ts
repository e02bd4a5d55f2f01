import { Command } from 'commander';

export async function main(argv: string[]): Promise<void> {
  const program = new Command('sitrep').description('Sourced situation reports from news articles.');
  await program.parseAsync(argv);
}
