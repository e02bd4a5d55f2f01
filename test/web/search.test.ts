import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indexReport } from '../../web/src/lib/model.ts';
import { fold, queryTerms, readServerHits, searchReport } from '../../web/src/lib/search.ts';
import { fixtureReport } from '../export/fixture.ts';

test('fold removes case and accents', () => {
  assert.equal(fold('Ğaza ÉLITE Kharkiv'), 'gaza elite kharkiv');
  assert.deepEqual(queryTerms('  Drone-strikes, Taiz! '), ['drone', 'strikes', 'taiz']);
});

test('every term must match; names rank above body text', () => {
  const ix = indexReport(fixtureReport());
  const hits = searchReport(ix, 'taiz drone');
  assert.ok(hits.length > 0);
  for (const h of hits) {
    const text = `${h.title} ${h.snippet}`.toLowerCase();
    assert.ok(
      h.kind === 'document' || h.kind === 'entity' || text.includes('drone') || text.includes('taiz'),
      h.id,
    );
  }
  assert.ok(hits.some((h) => h.kind === 'event' && h.id === 'v4'));
  assert.equal(searchReport(ix, 'taiz kharkiv sittwe').length, 0, 'no item names all three');
  assert.equal(searchReport(ix, '   ').length, 0);
  const sittwe = searchReport(ix, 'SITTWE');
  assert.equal(sittwe[0].kind, 'entity');
  assert.equal(sittwe[0].id, 'e7');
  const docHit = searchReport(ix, 'handing over the base').find((h) => h.kind === 'document');
  assert.ok(docHit?.snippet.includes('handing over the base'));
});

test('server answers are read leniently and stay text', () => {
  const ix = indexReport(fixtureReport());
  const hits = readServerHits(ix, {
    hits: [
      { kind: 'claim', id: 'c1', doc: 'd1', snippet: '<b>shelled</b> Kharkiv' },
      { kind: 'weird', doc: 'd2', snippet: 'x' },
      { snippet: 'no id' },
      { kind: 'event', id: 'store-77', doc: 'd3', snippet: 'a store id' },
      { kind: 'event', id: 'store-78', doc: 'nowhere', snippet: 'dropped' },
    ],
  });
  assert.deepEqual(
    hits?.map((h) => [h.kind, h.id, h.snippet]),
    [
      ['claim', 'c1', '<b>shelled</b> Kharkiv'],
      ['document', 'd2', 'x'],
      ['document', 'd3', 'a store id'],
    ],
  );
  assert.equal(readServerHits(ix, [{ id: 'v1', kind: 'event' }])?.[0].id, 'v1');
  assert.equal(readServerHits(ix, { error: 'nope' }), null);
  assert.equal(readServerHits(ix, 'text'), null);
});
