import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

// A toll announced as "lower" or "higher" than others answers the tolls given before it; a denial
// of a party's accusations answers its charges.

function linked(text: string) {
  const a = analyzeDocument({ text, published: '2024-06-12' });
  const said = (i: number) => text.slice(a.claims[i].content.start, a.claims[i].content.end);
  return a.claims.map((c) => ({
    said: said(a.claims.indexOf(c)),
    contradicts: (c.contradicts ?? []).map(said),
  }));
}

test('a sentence announcing a lower toll sets the next claim against a toll given paragraphs before', () => {
  const r = linked(
    'The number of dead from the bombing of the bus depot has risen to 41, according to the regional governor. ' +
      'Rescue teams searched the rubble through the night. Traders closed their shops. ' +
      'Mourners gathered outside the morgue. The army has given a lower toll. ' +
      'A military spokesman, Colonel Hamid Osei, said that 12 people had been killed.',
  );
  const rival = r.find((c) => /12 people/.test(c.said));
  assert.ok(rival, JSON.stringify(r));
  assert.equal(rival.contradicts.length, 1);
  assert.match(rival.contradicts[0], /risen to 41/);
});

test('"gave a lower death toll of N" answers the toll another gave', () => {
  const r = linked(
    'A rights group said more than 90 villagers were killed in the raid. ' +
      'The district police chief, Musa Bello, gave a lower death toll of 38.',
  );
  const rival = r.find((c) => /38/.test(c.said));
  assert.ok(rival, JSON.stringify(r));
  assert.deepEqual(rival.contradicts.length, 1);
  assert.match(rival.contradicts[0], /more than 90/);
});

test('with no cue, the same gap leaves two tolls apart', () => {
  const r = linked(
    'The number of dead from the bombing of the bus depot has risen to 41, according to the regional governor. ' +
      'Rescue teams searched the rubble through the night. Traders closed their shops. ' +
      'Mourners gathered outside the morgue. The army flew in doctors. ' +
      'A military spokesman, Colonel Hamid Osei, said that 12 people had been killed.',
  );
  const rival = r.find((c) => /12 people/.test(c.said));
  assert.ok(rival);
  assert.equal(rival.contradicts.length, 0);
});

test('"dismissed X\'s accusations as lies" answers X\'s charges, not the other things X said', () => {
  const r = linked(
    [
      'Interior minister Karim Doss accused Lemaria of arming the rebels in the south.',
      'Doss also said militias had shelled two border villages.',
      'He said the cabinet would meet on Friday to review the situation.',
      'Doss said conditions on the ground could change quickly.',
      "Lemaria's foreign minister, Ada Venn, dismissed Doss's accusations as lies.",
    ].join(' '),
  );
  const denial = r.find((c) => /accusations as lies/.test(c.said));
  assert.ok(denial, JSON.stringify(r));
  assert.ok(
    denial.contradicts.some((x) => /arming the rebels/.test(x)),
    JSON.stringify(denial),
  );
  assert.ok(!denial.contradicts.some((x) => /cabinet|conditions/.test(x)), JSON.stringify(denial));
});

test('"its fighters took no action violating the truce" denies a charge of breaking it', () => {
  const a = analyzeDocument({
    text: 'The army accused rebel units of shelling a post on Tuesday night. The rebel command insisted its fighters had taken no action violating the truce.',
    published: '2024-06-12',
  });
  const last = a.claims[a.claims.length - 1];
  assert.equal(last.kind, 'denial');
  assert.deepEqual(last.contradicts, [0]);
});

test('a quoted "We call upon X to …" is an appeal', () => {
  const a = analyzeDocument({
    text: '“We call upon the rebels to lay down their arms and return to the talks,” the interior minister said.',
    published: '2024-06-12',
  });
  assert.equal(a.claims[0]?.kind, 'appeal');
});

test('"Y put the number at N": a tally with no words of its own answers the toll just told', () => {
  const r = linked(
    'The interior ministry said on Sunday that 212 people had died in the clashes, while an exiled monitoring group has put the number nearer 400.',
  );
  const rival = r.find((c) => /400/.test(c.said));
  assert.ok(rival, JSON.stringify(r));
  assert.deepEqual(rival.contradicts.length, 1);
  assert.match(rival.contradicts[0], /212 people/);
  const next = linked(
    'The regional council said the artillery strike on the market killed 17 civilians. The traders left the town. ' +
      'This is while the observatory put the death toll at nine.',
  );
  const nine = next.find((c) => /nine/.test(c.said));
  assert.ok(nine, JSON.stringify(next));
  assert.equal(nine.contradicts.length, 1);
  assert.match(nine.contradicts[0], /17 civilians/);
});

test('"This contradicts the figure given by X, which said …": X\'s claim answers the account just before', () => {
  const r = linked(
    'Eleven police officers and 40 gunmen died in the raid on the depot, according to the interior ministry. ' +
      'That figure is at odds with the account released by the insurgents, which said 30 officers were killed.',
  );
  const rival = r.find((c) => /30 officers/.test(c.said));
  assert.ok(rival, JSON.stringify(r));
  assert.equal(rival.contradicts.length, 1);
  assert.match(rival.contradicts[0], /Eleven police officers/);
});

test('tolls of one deed from sources of other sides answer each other, cue or no cue', () => {
  const r = linked(
    'A shell hit the bus station in Karmi on Friday. The town mayor told reporters that 14 people had died in the shelling. ' +
      'Medics at the district clinic said 9 people died in the shelling. ' +
      'The separatists said in a statement that 23 people had lost their lives in the shelling.',
  );
  const medics = r.find((c) => /9 people died/.test(c.said));
  assert.deepEqual(medics?.contradicts, ['14 people had died in the shelling'], JSON.stringify(r));
  const rebels = r.find((c) => /23 people/.test(c.said));
  assert.equal(rebels?.contradicts.length, 1, JSON.stringify(r));
});

test('the same count, or counts of other deeds, are no rival tolls', () => {
  const r = linked(
    'Officials said 14 people were killed when a shell hit the bus station on Friday. ' +
      'Medics said 14 people died in the shelling. ' +
      'Separately, police said three men were killed in a robbery at a bank in the capital.',
  );
  assert.ok(
    r.every((c) => c.contradicts.length === 0),
    JSON.stringify(r),
  );
});

test("a part of the toll, more deaths, or the war's total answer no toll", () => {
  const r = linked(
    'A drone hit the market in Tessit on Sunday. The mayor said 31 people were killed in the strike. ' +
      'Medics said four children were among the 31 people killed in the strike. ' +
      'A nurse said another two people died of their wounds in the strike. ' +
      'Aid groups said the war has killed more than 9,000 people in the region since 2012.',
  );
  assert.ok(
    r.every((c) => c.contradicts.length === 0),
    JSON.stringify(r),
  );
});
