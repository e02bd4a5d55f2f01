import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

// Rival accounts without a denial verb: one party says the dead or struck were fighters, another
// that they were civilians; a rebuttal told as what did not happen; a limit put on one's own strike.

function linked(text: string) {
  const a = analyzeDocument({ text, published: '2019-05-14' });
  const said = (i: number) => text.slice(a.claims[i].content.start, a.claims[i].content.end);
  return a.claims.map((c, i) => ({
    said: said(i),
    kind: c.kind,
    contradicts: (c.contradicts ?? []).map(said),
  }));
}

test('"they were insurgents" against "some were civilians" are rival accounts', () => {
  const r = linked(
    'Helicopters fired on a group of men near the river crossing on Sunday. The air force said they were insurgents laying mines. Farmers in the valley said most of them were villagers collecting wood.',
  );
  const rival = r.find((c) => /villagers collecting wood/.test(c.said));
  assert.ok(rival, JSON.stringify(r));
  assert.deepEqual(
    rival.contradicts.map((x) => /insurgents laying mines/.test(x)),
    [true],
    JSON.stringify(rival),
  );
});

test('gunmen and civilians killed, told by one party, are no dispute', () => {
  const r = linked(
    'The police said their raid killed nine gunmen in the market. The police said two civilians were killed in the crossfire.',
  );
  assert.ok(
    r.every((c) => c.contradicts.length === 0),
    JSON.stringify(r),
  );
});

test('"no huts had been burnt" and "no such raid had occurred" are denials that answer the charge', () => {
  const r = linked(
    'A herder told reporters the militia burned 40 huts in the hamlet. The police said no huts had been burnt, though some families had left.',
  );
  const d = r.find((c) => /no huts had been burnt/.test(c.said));
  assert.equal(d?.kind, 'denial', JSON.stringify(r));
  assert.ok(
    d?.contradicts.some((x) => /burned 40 huts/.test(x)),
    JSON.stringify(d),
  );

  const s = linked(
    'Separatist fighters said they ambushed a supply column on Thursday. A ministry spokesman told a briefing that no such raid had occurred.',
  );
  const e = s.find((c) => /no such raid/.test(c.said));
  assert.equal(e?.kind, 'denial', JSON.stringify(s));
});

test('a quoted limit on one\'s own strike ("“hitting only the rebels and not civilians”") is a denial', () => {
  const r = linked(
    'The rebels said the bombardment killed six civilians. An army spokesman said the troops were “hitting only the rebel bunkers and not the civilians”.',
  );
  const d = r.find((c) => /hitting only/.test(c.said));
  assert.equal(d?.kind, 'denial', JSON.stringify(r));
});

test('"the deadliest reported ambush" is no verb of saying', () => {
  const r = linked('Guerrillas killed 14 soldiers in the deadliest reported ambush this year.');
  assert.deepEqual(r, []);
});
