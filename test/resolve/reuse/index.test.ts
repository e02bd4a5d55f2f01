import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findReuse, ReuseIndex, type ReuseLink } from '../../../src/resolve/reuse/index.ts';
import { mulberry32 as rng } from '../../helpers/rng.ts';
import { ORIGINAL, QUOTING, QUOTING_OTHER, SAME_STORY, SPUN_COPY, WIRE_COPY } from './texts.ts';

const DOCS = [
  { id: 'original', text: ORIGINAL },
  { id: 'wire', text: WIRE_COPY },
  { id: 'spun', text: SPUN_COPY },
  { id: 'same-story', text: SAME_STORY },
  { id: 'quoting', text: QUOTING },
  { id: 'quoting-other', text: QUOTING_OTHER },
  { id: 'duplicate', text: `${ORIGINAL}\n\nRead more on our website.` },
];

/** Unrelated texts: made-up words between real function words, names capitalised. */
function unrelated(count: number, seed: number): { id: string; text: string }[] {
  const r = rng(seed);
  const syl = ['ka', 'ro', 'mi', 'tu', 'sen', 'dal', 'vor', 'li', 'nam', 'qe', 'bas', 'ur'];
  const word = () =>
    Array.from({ length: 2 + Math.floor(r() * 2) }, () => syl[Math.floor(r() * syl.length)]).join('');
  const fn = ['the', 'of', 'and', 'in', 'to', 'a', 'on', 'with', 'by', 'that', 'was', 'had', 'from', 'after'];
  const out: { id: string; text: string }[] = [];
  for (let d = 0; d < count; d++) {
    const paras: string[] = [];
    for (let p = 0; p < 6; p++) {
      const ws: string[] = [];
      for (let w = 0; w < 20; w++) {
        const x = r();
        const token = x < 0.45 ? fn[Math.floor(r() * fn.length)] : word();
        ws.push(x > 0.9 ? token[0].toUpperCase() + token.slice(1) : token);
      }
      ws.push(String(Math.floor(r() * 1000)));
      paras.push(`${ws.join(' ')}.`.replace(/^./, (c) => c.toUpperCase()));
    }
    out.push({ id: `u${d}`, text: paras.join('\n\n') });
  }
  return out;
}

const pairSet = (links: Map<string, ReuseLink[]>) => {
  const out: string[] = [];
  for (const [id, list] of links)
    for (const l of list) out.push(`${id}>${l.doc}:${l.kind}:${l.share.toFixed(4)}:${l.passages.length}`);
  return out.sort();
};

test('findReuse: the copies are linked to the original with their kinds, the rest are not', () => {
  const links = findReuse(DOCS);
  const kindOf = (a: string, b: string) => links.get(a)?.find((l) => l.doc === b)?.kind;
  assert.equal(kindOf('wire', 'original'), 'wire-copy');
  assert.equal(kindOf('spun', 'original'), 'paraphrase');
  assert.equal(kindOf('duplicate', 'original'), 'duplicate');
  assert.equal(kindOf('quoting', 'quoting-other'), 'quotes-from');
  assert.equal(links.get('same-story'), undefined);
  assert.equal(kindOf('original', 'quoting'), undefined);
});

test('links are symmetric: each link has its mirror with the same kind and mirrored passages', () => {
  const links = findReuse(DOCS);
  for (const [id, list] of links) {
    for (const l of list) {
      const back = links.get(l.doc)?.find((x) => x.doc === id);
      assert.ok(back, `${l.doc} links back to ${id}`);
      assert.equal(back.kind, l.kind);
      assert.ok(l.share > 0 && l.share <= 1);
      const mirrored = back.passages.map((p) => `${p.otherStart}-${p.otherEnd}`).sort();
      assert.deepEqual(l.passages.map((p) => `${p.start}-${p.end}`).sort(), mirrored);
    }
  }
});

test('incremental: add() returns links to earlier documents only, and the final links equal a batch run', () => {
  const index = new ReuseIndex();
  const seen = new Set<string>();
  for (const d of DOCS) {
    const links = index.add(d.id, d.text);
    for (const { link: l, back } of links) {
      assert.ok(seen.has(l.doc), `${d.id} linked to earlier ${l.doc}`);
      assert.equal(back.doc, d.id);
      assert.equal(back.kind, l.kind);
    }
    seen.add(d.id);
  }
  assert.deepEqual(pairSet(index.links()), pairSet(findReuse(DOCS)));
});

test('the order of arrival does not change the links', () => {
  const expected = pairSet(findReuse(DOCS));
  const r = rng(11);
  for (let round = 0; round < 5; round++) {
    const shuffled = [...DOCS];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    assert.deepEqual(pairSet(findReuse(shuffled)), expected);
  }
});

test('adding to a large index verifies only colliding candidates, not every earlier document', () => {
  const index = new ReuseIndex();
  const docs = unrelated(400, 5);
  for (const d of docs) index.add(d.id, d.text);
  const before = index.stats().verified;
  assert.ok(before < 40, `verified ${before} pairs among 400 unrelated documents`);
  const copy = `Breaking news.\n\n${docs[123].text}`;
  const links = index.add('copy', copy);
  const verifiedForAdd = index.stats().verified - before;
  assert.ok(verifiedForAdd < 10, `one add verified ${verifiedForAdd} pairs`);
  assert.deepEqual(
    links.map(({ link: l }) => [l.doc, l.kind]),
    [['u123', 'duplicate']],
  );
});

test('a saturated band key (common boilerplate) stops producing candidates', () => {
  const boiler = 'Readers in Kenya and Uganda can call 0800 123 456 for the Daily Monitor subscription desk.';
  const docs = unrelated(60, 9).map((d) => ({ id: d.id, text: `${d.text}\n\n${boiler}` }));
  const capped = new ReuseIndex({ bucketCap: 8 });
  for (const d of docs) capped.add(d.id, d.text);
  const open = new ReuseIndex({ bucketCap: 1000 });
  for (const d of docs) open.add(d.id, d.text);
  assert.ok(
    capped.stats().verified < open.stats().verified / 4,
    `${capped.stats().verified} vs ${open.stats().verified}`,
  );
  // The boilerplate sentence alone never makes two reports copies of each other.
  assert.equal(open.links().size, 0);
});

test('a document id may be added once', () => {
  const index = new ReuseIndex();
  index.add('a', ORIGINAL);
  assert.throws(() => index.add('a', WIRE_COPY), /added twice/);
});

test('empty and tiny documents are accepted and link only when identical', () => {
  const links = findReuse([
    { id: 'e1', text: '' },
    { id: 't1', text: 'Curfew lifted in Juba.' },
    { id: 't2', text: 'Curfew lifted in Juba.' },
    { id: 't3', text: 'Curfew extended in Wau.' },
  ]);
  assert.deepEqual([...links.keys()].sort(), ['t1', 't2']);
  assert.equal(links.get('t1')?.[0].kind, 'duplicate');
});
