import assert from 'node:assert/strict';
import { test } from 'node:test';
import { words } from '../../../src/analyze/extract/words.ts';
import { analyzeDocument } from '../../../src/analyze/index.ts';

/** Each claim as { speaker name, kind, content, the contents it contradicts }. */
function said(text: string) {
  const a = analyzeDocument({ text, published: '2024-06-22' });
  const content = (j: number) => text.slice(a.claims[j].content.start, a.claims[j].content.end);
  return a.claims.map((c, j) => ({
    name: a.entities.find((e) => e.key === c.speaker)?.name ?? null,
    kind: c.kind,
    content: content(j),
    contradicts: (c.contradicts ?? []).map(content),
  }));
}

test('"“…,” one of the officials said": the quotation is what the officials said', () => {
  const [c] = said('"The convoy was never hit," one of the officials said.');
  assert.equal(c.content, '"The convoy was never hit,"');
  assert.equal(c.name, 'officials');
});

test('"…, three Iraqi officers told AFP": the count before the name does not stop the inversion', () => {
  const [c] = said('The report of a second strike is wrong, three Iraqi officers told AFP.');
  assert.equal(c.content, 'The report of a second strike is wrong');
  assert.equal(c.kind, 'denial');
});

test('"“That is incorrect,” X said": calling what was said false is a denial', () => {
  assert.equal(said('"That is simply incorrect," a navy spokesman said.')[0].kind, 'denial');
  assert.equal(said('"It\'s not true," the governor said.')[0].kind, 'denial');
  assert.equal(said('"That is the first convoy this month," the governor said.')[0].kind, 'statement');
});

test('"A claim by X\'s Y group on Saturday that …": the group\'s claim, answered by the verdict', () => {
  const cs = said(
    "A claim by Sudan's Rapid Support Forces group on Saturday that its fighters had taken the El Obeid airport is false, two army officers told AFP.",
  );
  const claim = cs.find((c) => c.name === 'Rapid Support Forces');
  assert.equal(claim?.content, 'its fighters had taken the El Obeid airport');
  assert.deepEqual(cs.find((c) => c.kind === 'denial')?.contradicts, [claim?.content]);
});

test('a short name ending a sentence keeps its full stop apart ("… denied by Kyiv."), "Gen." and "Sept." do not', () => {
  assert.deepEqual(
    words('Hit in Sept. by Gen. Lee near Gaza. Then Kyiv.').map((w) => w.w),
    ['hit', 'in', 'sept.', 'by', 'gen.', 'lee', 'near', 'gaza', '.', 'then', 'kyiv', '.'],
  );
  const cs = said('Moscow said its troops had taken the village, a claim denied by Kyiv.');
  assert.equal(cs.find((c) => c.kind === 'denial')?.name, 'Ukraine');
});

test('"Baku refuted this": a capital before a verb of rebuttal speaks for its country and answers the charge', () => {
  const cs = said(
    'Armenia accused Azerbaijani troops of shelling villages near Jermuk. Baku refuted this, saying its units had only returned fire.',
  );
  const d = cs.find((c) => c.kind === 'denial');
  assert.equal(d?.name, 'Azerbaijan');
  assert.deepEqual(d?.contradicts, ['Azerbaijani troops of shelling villages near Jermuk']);
});

test('"…, not far from the clinic" measures a distance; "…, not Israel" corrects what others said', () => {
  const near = said('Two mortar rounds fell on the market, not far from the clinic, a relief official said.');
  assert.notEqual(near[0].kind, 'denial');
  const corrected = said('The coast guard said the trawler was bound for Tunisia, not Libya.');
  assert.equal(corrected[0].kind, 'denial');
});
