/** Loopback load test of the HTTP API with autocannon (bounded by request count): errors and latency. */
import autocannon from 'autocannon';
import type { IngestedDocument } from '../../src/ingest/types.ts';
import { buildApi } from '../../src/server/api.ts';
import { openStore } from '../../src/store/index.ts';

async function run(url: string, title: string, opts: Partial<autocannon.Options> = {}): Promise<void> {
  const r = await autocannon({ url, connections: 16, amount: 2000, timeout: 10, ...opts });
  const errors = r.errors + r.timeouts + r.non2xx;
  console.log(
    `http ${title}: ${r.requests.total} requests, ${Math.round(r.requests.average)} req/s, latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, errors ${errors}`,
  );
}

export async function httpLoad(dbPath: string, docs: IngestedDocument[]): Promise<void> {
  const store = await openStore(dbPath);
  await store.addDocuments(docs);
  const app = buildApi({ store, token: 'bench-token', publicRead: true });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    await fetch(`${address}/report`); // analyse and build once
    await run(`${address}/report`, 'GET /report');
    await run(`${address}/events?limit=50`, 'GET /events');
    await run(`${address}/search?q=ceasefire`, 'GET /search');
    let n = 0;
    await run(`${address}/documents`, 'POST /documents (1 new article each)', {
      amount: 200,
      connections: 4,
      method: 'POST',
      headers: { authorization: 'Bearer bench-token', 'content-type': 'text/plain' },
      requests: [
        {
          setupRequest: (req) => ({
            ...req,
            body: `${docs[n % docs.length].text}\n\nBench addition ${n++}.`,
          }),
        },
      ],
    });
  } finally {
    await app.close();
    await store.close();
  }
}
