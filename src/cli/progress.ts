/**
 * Progress on long work: a bar with rate and ETA on a terminal, plain log lines otherwise
 * (CI, pipes), and nothing at all with --quiet.
 */
import cliProgress from 'cli-progress';
import type { PipelineProgress } from '../pipeline.ts';

export interface Progress {
  update(p: PipelineProgress): void;
  stop(): void;
}

export function makeProgress(opts: { quiet?: boolean; stream?: NodeJS.WriteStream } = {}): Progress {
  const stream = opts.stream ?? process.stderr;
  if (opts.quiet) return { update() {}, stop() {} };
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: '{stage} [{bar}] {value}/{total} docs | {rate} docs/s | ETA {eta_formatted}',
        hideCursor: true,
        clearOnComplete: true,
      },
      cliProgress.Presets.shades_classic,
    );
    let stage = '';
    let started = 0;
    return {
      update(p) {
        if (p.stage !== stage) {
          if (stage) bar.stop();
          stage = p.stage;
          started = Date.now();
          bar.start(p.total, p.done, { stage: p.stage.padEnd(7), rate: '0' });
        }
        const secs = (Date.now() - started) / 1000;
        bar.update(p.done + 1, { rate: secs > 0 ? ((p.done + 1) / secs).toFixed(0) : '…' });
      },
      stop() {
        if (stage) bar.stop();
      },
    };
  }
  // Not a terminal: a line when a stage ends, and every 10% of a long stage (≥ 200 items).
  let last = -1;
  let lastLine = '';
  const t0 = Date.now();
  return {
    update(p) {
      const n = Math.min(p.done + 1, p.total);
      const tenth = p.total >= 200 ? Math.floor((n * 10) / p.total) : -1;
      if ((n === p.total || (tenth > last && tenth < 10)) && lastLine !== `${p.stage}:${n}`) {
        lastLine = `${p.stage}:${n}`;
        last = n === p.total ? -1 : tenth;
        const secs = (Date.now() - t0) / 1000;
        const rate = secs > 0 ? ` ${(n / secs).toFixed(0)}/s` : '';
        stream.write(`sitrep: ${p.stage} ${n}/${p.total} (${secs.toFixed(1)}s${rate})\n`);
      }
    },
    stop() {},
  };
}
