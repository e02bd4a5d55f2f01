import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

// Accounts set against each other: a denial answers every charge of the deed against the denier,
// and "but Y said" sets Y's account against the one just told.

function linked(text: string) {
  const a = analyzeDocument({ text, published: '2023-03-02' });
  const said = (i: number) => text.slice(a.claims[i].content.start, a.claims[i].content.end);
  return a.claims.map((c, i) => ({ said: said(i), contradicts: (c.contradicts ?? []).map(said) }));
}

test('a denial of the allegations answers each charge of the massacre against the denier', () => {
  const r = linked(
    [
      'The army accused the Popular Front rebels of killing 60 villagers in a massacre at Koro.',
      'Aid workers said the survivors had fled into the forest.',
      'General Tamba Sesay said on Thursday the Popular Front rebels were carrying out massacres of villagers.',
      'The Popular Front rejected the allegations of a massacre at Koro as baseless, its spokesman Idrissa Kamara said.',
    ].join(' '),
  );
  const denial = r.find((c) => /baseless/.test(c.said) || /allegations/.test(c.said));
  assert.ok(denial, JSON.stringify(r));
  assert.ok(
    denial.contradicts.some((x) => /killing 60 villagers/.test(x)),
    JSON.stringify(denial),
  );
  assert.ok(
    denial.contradicts.some((x) => /carrying out massacres/.test(x)),
    JSON.stringify(denial),
  );
  assert.ok(!denial.contradicts.some((x) => /fled into the forest/.test(x)), JSON.stringify(denial));
});

test('"X said A, but a spokesman for Y, Name, said B": B answers A, and A ends before the but', () => {
  const r = linked(
    'The rebel commander claimed the convoy was carrying weapons for the army, but provincial police ' +
      'spokesman Ousmane Diallo said the lorries carried only grain for the market.',
  );
  const first = r.find((c) => /carrying weapons/.test(c.said));
  assert.ok(first, JSON.stringify(r));
  assert.doesNotMatch(first.said, /grain/);
  const second = r.find((c) => /only grain/.test(c.said));
  assert.ok(second, JSON.stringify(r));
  assert.deepEqual(second.contradicts.length, 1);
  assert.match(second.contradicts[0], /carrying weapons/);
});

test('"But Y said" in the next sentence answers the account of the same deed', () => {
  const r = linked(
    'State radio said a bombing raid by jets had killed the herders near the river. ' +
      'But the Associated Press said soldiers on patrol had shot the herders near the river.',
  );
  const second = r.find((c) => /soldiers on patrol/.test(c.said));
  assert.ok(second, JSON.stringify(r));
  assert.equal(second.contradicts.length, 1);
  assert.match(second.contradicts[0], /bombing raid by jets had killed/);
});

test('"has not given its losses, but says …": the same speaker going on answers no one', () => {
  const r = linked(
    'According to the rebels, 300 of their fighters have been killed. ' +
      'The government has not disclosed its military losses, but says the shelling has killed 40 civilians.',
  );
  const second = r.find((c) => /40 civilians/.test(c.said));
  assert.ok(second, JSON.stringify(r));
  assert.equal(second.contradicts.length, 0);
});

test('"faulted the police claim, saying …": the ones who fault it deny it and give their own account', () => {
  const text =
    'The police said 40 people were abducted. But villagers faulted the police claim, saying 90 were taken.';
  const a = analyzeDocument({ text, published: '2023-03-02' });
  const name = (k: string | null) => a.entities.find((e) => e.key === k)?.name ?? k;
  const denial = a.claims.find((c) => c.kind === 'denial');
  assert.ok(denial, JSON.stringify(a.claims));
  assert.match(String(name(denial.speaker)), /villagers/i);
  const own = a.claims.find((c) => /90 were taken/.test(text.slice(c.content.start, c.content.end)));
  assert.ok(own);
  assert.match(String(name(own.speaker)), /villagers/i);
  assert.deepEqual(
    analyzeDocument({ text: 'Rights groups faulted the government for the delays.', published: '2023-03-02' })
      .claims,
    [],
  );
});

test("a denial told inside another's report answers the charge before, never the report it is told in", () => {
  const r = linked(
    'Herders said soldiers shot ten men at the well. ' +
      'A military source told Reuters the army flatly rejected these charges.',
  );
  const denial = r.find((c) => c.said === 'these charges');
  assert.ok(denial, JSON.stringify(r));
  assert.deepEqual(denial.contradicts, ['soldiers shot ten men at the well']);
  const alone = linked('A source said the army denied the reports.');
  assert.ok(
    alone.every((c) => c.contradicts.length === 0),
    JSON.stringify(alone),
  );
});

test("a verb quoted with its adverb keeps its subject: 'the army “flatly rejected” these charges'", () => {
  const r = linked(
    'Herders said soldiers shot ten men at the well. The army “flatly rejected” these charges on Monday.',
  );
  const denial = r.find((c) => /these charges/.test(c.said));
  assert.ok(denial, JSON.stringify(r));
  assert.doesNotMatch(denial.said, /^”/);
  assert.deepEqual(denial.contradicts, ['soldiers shot ten men at the well']);
  // A closing straight mark before an inverted verb is no opening: the speaker follows it.
  const quoted = analyzeDocument({
    text: '"We struck only their depots. Fighters were killed," said Colonel Amadou Sy.',
    published: '2023-03-02',
  });
  assert.equal(quoted.claims.length, 1);
  const who = quoted.entities.find((e) => e.key === quoted.claims[0].speaker)?.name;
  assert.equal(who, 'Amadou Sy');
});

test('"X claimed to have killed four soldiers. But Y said only three were wounded": a lowered count sets them against each other', () => {
  const r = linked(
    'The rebels claimed to have killed six soldiers in an ambush near Kidal. But the army said only two were lightly hurt.',
  );
  assert.deepEqual(r.at(-1)?.contradicts, ['to have killed six soldiers in an ambush near Kidal']);
  // (No lowered count and no shared words: a later "but" statement alone is not a rival account.)
  const other = linked(
    'The rebels claimed to have killed six soldiers in an ambush near Kidal. But the army said the road to Gao would reopen on Monday.',
  );
  assert.deepEqual(other.at(-1)?.contradicts, []);
});

test('"X say A, but Y insists B" in one sentence: the insisted account answers the first', () => {
  const r = linked(
    'Villagers say the militia holds the bridge at Tessit, but the army insists the crossing is still in its hands.',
  );
  assert.equal(r.length, 2);
  assert.deepEqual(r[1].contradicts, [r[0].said]);
});

test('", while Y said …" sets a rival account of the same deed against the one before, not an unrelated one', () => {
  const text =
    'Residents said the bridge had been blown up by the retreating militia, while the army said the bridge was blown up by rebels. ' +
    'The ministry said 14 people drowned in the floods, while aid workers said roads were cut.';
  const a = analyzeDocument({ text, published: '2023-05-02' });
  const said = (i: number) => text.slice(a.claims[i].content.start, a.claims[i].content.end);
  const army = a.claims.findIndex((_, i) => /blown up by rebels/.test(said(i)));
  const militia = a.claims.findIndex((_, i) => /retreating militia/.test(said(i)));
  assert.ok(army >= 0 && militia >= 0, JSON.stringify(a.claims.map((_, i) => said(i))));
  assert.deepEqual(a.claims[army].contradicts, [militia]);
  const roads = a.claims.findIndex((_, i) => /roads were cut/.test(said(i)));
  assert.deepEqual(a.claims[roads].contradicts ?? [], []);
});
