import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

/** Each claim as speaker name | content, and each figure's reporter name, through the whole analysis. */
function read(text: string) {
  const a = analyzeDocument({ text, published: '2024-03-12' });
  const name = (k: string | null) => a.entities.find((e) => e.key === k)?.name ?? null;
  return {
    claims: a.claims.map((c) => `${name(c.speaker)} | ${text.slice(c.content.start, c.content.end)}`),
    reporters: a.figures.map((f) => name(f.reporter)),
  };
}

test('"…, anti-Kremlin Chechen rebels said": a hyphened modifier opens the source after the comma', () => {
  const r = read(
    'Militias backed by the army burned 40 homes in a village, anti-Kremlin Chechen rebels said on Sunday.',
  );
  assert.deepEqual(r.claims, ['Chechen rebels | Militias backed by the army burned 40 homes in a village']);
});

test('"Shelling killed four people, officials said": a gerund subject is no opening adjunct', () => {
  const r = read('Shelling killed four people in the market, officials said.');
  assert.deepEqual(r.claims, ['officials | Shelling killed four people in the market']);
  assert.deepEqual(r.reporters, ['officials']);
  // "Speaking to reporters, X said …" still opens on an adjunct.
  const s = read('Speaking to reporters in the capital, the minister said the talks had failed.');
  assert.deepEqual(s.claims, ['minister | the talks had failed']);
});

test('"…, witnesses said, despite a truce …": an adjunct clause after the attribution is not what was said', () => {
  const r = read(
    'A drone strike hit a clinic on Monday, killing nine people, witnesses said, despite a truce declared to let aid in.',
  );
  assert.deepEqual(r.claims, ['witnesses | A drone strike hit a clinic on Monday, killing nine people']);
  assert.deepEqual(r.reporters, ['witnesses']);
});

test('a body named with its acronym in brackets, a hyphened word giving two letters, speaks', () => {
  const r = read('Nine soldiers died in the ambush, the Inter-Forces Media Relations (IFMR) said.');
  assert.deepEqual(r.claims, ['Inter-Forces Media Relations | Nine soldiers died in the ambush']);
});

test('"X, through its media wing Y, claimed …": the body that speaks through Y', () => {
  const r = read('The navy, through its Naval Media Office (NMO), claimed it sank three boats.');
  assert.deepEqual(r.claims, ['navy | it sank three boats']);
});

test('"X denied media reports that …": the media report, not a source called "denied media"', () => {
  const r = read(
    'The army on Friday denied media reports that at least 300 people were killed in the raid on the market.',
  );
  assert.ok(!r.claims.some((c) => c.startsWith('denied')), JSON.stringify(r.claims));
  assert.ok(
    r.claims.includes('media | at least 300 people were killed in the raid on the market'),
    JSON.stringify(r.claims),
  );
});

test('"could not at once be confirmed by X", "requests for comment": nothing X said', () => {
  const r = read(
    'The mayor’s toll could not yet be confirmed by police, which has not responded to requests for comment.',
  );
  assert.deepEqual(r.claims, []);
});

test('"“…,” the ministry said" after another source\'s claim is the ministry named before, not that source', () => {
  const r = read(
    'The interior ministry said at least six guards died in the ambush. Villagers told reporters the convoy was hit at dawn. ' +
      '“The ambush killed six guards,” the ministry said later.',
  );
  assert.equal(r.claims.length, 3, JSON.stringify(r.claims));
  assert.match(r.claims[2], /ministry \| “The ambush killed six guards,”$/i);
});

test('"“…,” she said in remarks received by The Jakarta Post": what was quoted, not the remarks', () => {
  const r = read(
    'A rebel spokeswoman said the army had lost the bridge. “Our fighters held it for two hours,” she said in remarks received by The Jakarta Post.',
  );
  assert.deepEqual(r.claims, [
    'rebel spokeswoman | the army had lost the bridge',
    'rebel spokeswoman | “Our fighters held it for two hours,”',
  ]);
  const s = read('“Four guards were wounded,” the warden said in remarks sent to reporters.');
  assert.deepEqual(s.claims, ['warden | “Four guards were wounded,”']);
});

test('"…, Reuters reported. It warned …": the subject reported goes on as "it", not the agency', () => {
  const r = read(
    'The Nigerian air force bombed a camp near the lake on Friday, killing 30 fighters, Reuters reported. ' +
      'It warned villagers to stay away from the camps.',
  );
  assert.deepEqual(
    r.claims.map((c) => c.split(' | ')[0]),
    ['Reuters', 'Nigerian air force'],
  );
  // A paper's name that a longer name holds is not that paper: "National News Agency".
  const s = read('The official National News Agency reported that two cars were hit.');
  assert.deepEqual(s.claims, ['National News Agency | two cars were hit']);
});

test('"“…,” proclaimed Gen. X, a ministry spokesman": "proclaim" is a verb of saying, inverted too', () => {
  const r = read('“The town is ours again,” proclaimed Gen. Mirko Horvat, a defence ministry spokesman.');
  assert.deepEqual(r.claims, ['Mirko Horvat | “The town is ours again,”']);
});

test('"…, the pro-rebel website kivuvoices.net said": a site named by its web address speaks', () => {
  const r = read(
    'Heavy fighting left 40 villagers dead, the pro-rebel website kivuvoices.net said on Monday.',
  );
  assert.deepEqual(r.claims, ['kivuvoices.net | Heavy fighting left 40 villagers dead']);
  assert.deepEqual(r.reporters, ['kivuvoices.net']);
  const s = read('The exile news site sahelwatch.info said that jets struck a bakery.');
  assert.deepEqual(s.claims, ['sahelwatch.info | jets struck a bakery']);
});
