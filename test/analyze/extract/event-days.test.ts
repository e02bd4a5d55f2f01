import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

/** Events through the whole analysis: type, first words and the day. */
function events(text: string, published: string) {
  const a = analyzeDocument({ text, published });
  return a.events.map((e) => ({
    type: e.type,
    words: text.slice(e.start, e.end),
    date: e.date?.start ?? null,
  }));
}

// (Two rules at work: a day's possessive is a dated reference to the strike told before, and a day
// after "adding that" is inside what was said, so it dates the strike, not the saying.)
test('"Tuesday\'s strike" later in the story dates the strike the lead told with no day', () => {
  const ev = events(
    'An air strike on a market in the town of Kutum left at least 30 people dead. ' +
      "Aid workers said on Thursday that the death toll was rising, adding that Tuesday's strike had also hit a clinic.",
    '2024-05-16',
  );
  assert.equal(ev.length, 1);
  assert.equal(ev[0].date, '2024-05-14');
});

test('"Sunday\'s massacre" is the killing told before, dated by the possessive day', () => {
  const ev = events(
    "Gunmen killed 12 villagers in the town of Kutum. Aid workers said the victims of Sunday's massacre were buried on Monday.",
    '2024-05-16',
  );
  assert.deepEqual(
    ev.map((e) => [e.type, e.date]),
    [['attack', '2024-05-12']],
  );
});

test('"The Sunday night operation in X targeted …" is the raid told before, and gives it its day', () => {
  const ev = events(
    'At least 17 villagers died in a raid by government troops in Tillaberi region, officials said Tuesday. ' +
      'The Sunday night operation near Banibangou targeted a compound used by the jihadists.',
    '2024-05-14',
  );
  assert.deepEqual(
    ev.map((e) => [e.type, e.date]),
    [['attack', '2024-05-12']],
  );
});

test('"At a briefing on Wednesday, X said … the blast": the briefing\'s day, which a later day of the blast corrects', () => {
  const ev = events(
    'A blast at a hospital in Khan Younis killed dozens. ' +
      'At a news briefing on Wednesday, an army spokesman blamed the blast on a stray rocket. ' +
      'Witnesses said the attack on Tuesday evening came without warning.',
    '2023-10-18',
  );
  assert.deepEqual(
    ev.map((e) => [e.type, e.date]),
    [['attack', '2023-10-17']],
  );
});

test('a story with no day of publication: the full date in its lead dates the events told without one', () => {
  const text =
    'On March 4, 2025, rebels took control of the town of Kalehe after two days of fighting. ' +
    'Government troops withdrew from the nearby airstrip, and drones struck the market.';
  const a = analyzeDocument({ text, published: null });
  assert.ok(a.events.length >= 2);
  for (const e of a.events) assert.equal(e.date?.start, '2025-03-04', text.slice(e.start, e.end));
});

test('"“… killing 12 people” in X last Monday, said Colonel Y": the day of the killing dates the attack the lead told', () => {
  const text =
    'Gunmen have killed 12 villagers during an attack in the north of the country, a UN spokesman told reporters. ' +
    '"Armed men have committed abuses on the population, killing 12 people" in the village of Gordil last Monday, said Colonel Amadou Diallo.';
  const ev = events(text, '2022-05-15');
  assert.deepEqual(
    ev.map((e) => [e.type, e.date]),
    [['attack', '2022-05-09']],
  );
});

test('"to avenge the May 2 attack": the deed avenged is another event, whose day and place stay its own', () => {
  const text =
    'Shelling across the border began soon after Ethiopian forces carried out drone strikes on four camps in Somalia to avenge the May 2 attack in Dolo.';
  const ev = events(text, '2025-05-09');
  const avenged = ev.find((e) => e.words === 'attack');
  const strikes = ev.find((e) => /strikes/.test(e.words));
  assert.equal(avenged?.date, '2025-05-02');
  assert.equal(strikes?.date, '2025-05-09');
});

test('a time in a clause of saying after the event ("adding that … in recent months") does not date it', () => {
  const ev = events(
    'Several depots were hit near the port of Berbera, the navy said on Friday, adding that the raid answered dozens of attacks on its ships in recent months.',
    '2023-03-11',
  );
  const hit = ev.find((e) => e.words === 'hit');
  assert.ok(hit, JSON.stringify(ev));
  assert.equal(hit.date, '2023-03-10');
});

test('an event told by the day it was reported takes the earlier day another telling was said on', () => {
  const ev = events(
    'At least nine people died in air strikes on the port of Berbera, a local radio station reported on Sunday. ' +
      'Earlier, the navy said on Saturday it had struck several militant targets in northern Somalia.',
    '2023-03-12',
  );
  const attacks = ev.filter((e) => e.type === 'attack');
  assert.equal(attacks.length, 1, JSON.stringify(ev));
  assert.equal(attacks[0].date, '2023-03-11');
});

test('a day told before a ranked event dates it ("… on Tuesday, … in the deadliest ambush in weeks")', () => {
  const ev = events(
    'Insurgents said they encircled an army convoy on Tuesday near the border, killing 14 soldiers in the deadliest ambush in several weeks.',
    '2022-08-11',
  );
  const ambush = ev.find((e) => e.type === 'attack');
  assert.ok(ambush, JSON.stringify(ev));
  assert.equal(ambush.date, '2022-08-09');
  // The span compared after a ranked event still dates nothing.
  const ranked = events(
    'It was the deadliest attack on the city this year, officials said on Monday.',
    '2022-08-11',
  );
  assert.equal(ranked.find((e) => e.type === 'attack')?.date, '2022-08-11');
});

test('a strike told in a region by the day it was reported is the one a village in it was bombed on, told after', () => {
  const ev = events(
    'An air strike by the junta killed at least 30 people in a village in Sagaing Region, a rescue worker told reporters on Thursday. ' +
      'A rebel spokesman said a military jet bombed the village of Htan Pin Kone, near the town of Monywa, around noon on Wednesday, setting fire to 200 houses.',
    '2025-02-14',
  );
  const attacks = ev.filter((e) => e.type === 'attack');
  assert.equal(attacks.length, 1, JSON.stringify(ev));
  assert.equal(attacks[0].date, '2025-02-12');
});

test("the lead's strike in a region is the one told after at a town near its centre, not one in another region", () => {
  const told = (region: string) =>
    events(
      `An air strike by the junta killed at least 30 people in a village in ${region}, a rescue worker told reporters on Thursday. ` +
        'A rebel spokesman said a military jet bombed the town of Myitkyina around noon on Wednesday, setting fire to 200 houses.',
      '2025-02-14',
    ).filter((e) => e.type === 'attack');
  assert.deepEqual(
    told('Kachin State').map((e) => e.date),
    ['2025-02-12'],
  );
  // Kayin lies far from that town: two strikes.
  assert.equal(told('Kayin').length, 2);
});

test('"the 2008 uprising" dates the uprising only, not the fighting told with a day in its sentence', () => {
  const ev = events(
    'On Sunday, militia fighters joined in battling the rebels who had led the 2008 uprising in the hills.',
    '2011-05-10',
  );
  assert.deepEqual(
    ev.filter((e) => e.type === 'attack').map((e) => e.date),
    ['2011-05-08'],
  );
});

test('a year in a relative clause with a verb of its own dates that clause, not the shelling', () => {
  const ev = events(
    '“Drones are shelling the camp, which holds families who were driven out of Tal Tamr in 2019,” he said.',
    '2022-11-20',
  );
  assert.deepEqual(
    ev.filter((e) => e.type === 'attack').map((e) => e.date),
    ['2022-11-20'],
  );
});

test('"A bloody raid by X on Y has left 40 dead since Tuesday": the perfect of the raid dates it from then', () => {
  const ev = events(
    'A bloody raid by militiamen on herders near the border with Chad has left at least 40 dead since Tuesday.',
    '2024-03-09',
  );
  assert.deepEqual(
    ev.filter((e) => e.type === 'attack').map((e) => e.date),
    ['2024-03-05'],
  );
});
