/**
 * Watches a folder and ingests files as they appear or change: fs.watch for prompt notice, and a
 * periodic scan as the fallback (network file systems, editors that replace files, missed events).
 * A file is read once its size and modification time have settled.
 */
import { type FSWatcher, watch as fsWatch } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_MAX_BYTES, ingestBuffer } from '../ingest/index.ts';
import type { InputError } from '../report/contract.ts';
import { openStore } from './index.ts';
import { analyzePending } from './report.ts';
import type { Store } from './types.ts';

export interface WatchEvent {
  file: string;
  added: string[];
  skipped: number;
  errors: InputError[];
}

export interface WatchOptions {
  /** Store URL or an open store (not closed by the watcher). */
  db: string | Store;
  /** Redis URL: queue new documents instead of analysing them here. */
  queue?: string;
  onAdded?: (e: WatchEvent) => void;
  onError?: (e: Error) => void;
  /** Scan interval of the fallback poll (default 2000 ms). */
  pollMs?: number;
  /** A file is read when unchanged for this long (default 300 ms). */
  settleMs?: number;
  maxBytes?: number;
}

export interface FolderWatcher {
  /** Resolves after the first scan (files already in the folder) is ingested. */
  ready: Promise<void>;
  /** Runs a scan now and resolves when it (and any running one) is done. */
  scan(): Promise<void>;
  close(): Promise<void>;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort();
}

export function watchFolder(folder: string, opts: WatchOptions): FolderWatcher {
  const seen = new Map<string, string>(); // file → "size:mtime" already ingested
  const settleMs = opts.settleMs ?? 300;
  let storePromise: Promise<Store> | null = null;
  const getStore = () => {
    storePromise ??= typeof opts.db === 'string' ? openStore(opts.db) : Promise.resolve(opts.db);
    return storePromise;
  };
  let running: Promise<void> | null = null;
  let again = false;
  let closed = false;

  const ingestFile = async (store: Store, file: string): Promise<void> => {
    const data = await readFile(file);
    const read = ingestBuffer(
      { source: file, data: new Uint8Array(data) },
      opts.maxBytes ?? DEFAULT_MAX_BYTES,
    );
    let added: string[] = [];
    let skipped = 0;
    if (read.documents.length > 0) {
      if (opts.queue) {
        const { enqueueDocuments } = await import('../queue/index.ts');
        ({ added, skipped } = await enqueueDocuments(opts.queue, store, read.documents));
      } else {
        ({ added, skipped } = await store.addDocuments(read.documents));
        if (added.length > 0) await analyzePending(store);
      }
    }
    opts.onAdded?.({ file, added, skipped, errors: read.errors });
  };

  const scanOnce = async (): Promise<void> => {
    const store = await getStore();
    let settling = false;
    for (const file of await listFiles(folder)) {
      if (closed) return;
      const st = await stat(file).catch(() => null);
      if (!st) continue;
      const sig = `${st.size}:${st.mtimeMs}`;
      if (seen.get(file) === sig) continue;
      if (Date.now() - st.mtimeMs < settleMs) {
        settling = true;
        continue;
      }
      seen.set(file, sig);
      try {
        await ingestFile(store, file);
      } catch (e) {
        opts.onError?.(e instanceof Error ? e : new Error(String(e)));
      }
    }
    if (settling && !closed) setTimeout(() => void scan().catch(report), settleMs);
  };

  const report = (e: unknown) => opts.onError?.(e instanceof Error ? e : new Error(String(e)));

  const scan = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await scanOnce();
      } while (again && !closed);
    })().finally(() => {
      running = null;
    });
    return running;
  };

  let watcher: FSWatcher | null = null;
  try {
    watcher = fsWatch(folder, { recursive: true }, () => void scan().catch(report));
    watcher.on('error', report);
  } catch {
    watcher = null; // no recursive watch here: the poll alone finds changes
  }
  const timer = setInterval(() => void scan().catch(report), opts.pollMs ?? 2000);
  const ready = scan();
  ready.catch(report);

  return {
    ready,
    scan,
    async close() {
      closed = true;
      clearInterval(timer);
      watcher?.close();
      await running?.catch(() => {});
      if (typeof opts.db === 'string' && storePromise) await (await storePromise).close();
    },
  };
}
