import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentenceStart } from '../../../src/analyze/extract/words.ts';
import { analyzeDocument } from '../../../src/analyze/index.ts';
import { events } from './helpers/narrative-events.ts';

test('attacks in general are not one event: "an increase in attacks", "attacks continue", "…killed civilians before"', () => {
  for (const text of [
    'In recent months the province has seen a rise in attacks by gunmen on police posts.',
    'The envoy warned that attacks continue on the camps around the city.',
    'Drone strikes have mistakenly killed civilians before.',
  ])
    assert.equal(events(text, '2024-06-10').a.events.length, 0, text);
  // With its day, a plural is one night's strikes.
  assert.equal(
    events('Air strikes continued on Tuesday in the south of the city.', '2024-06-12').a.events.length,
    1,
  );
});

test('the weapon named further on: "attacks on army posts, including two using drones"', () => {
  const r = events(
    'The militia claimed four attacks on army posts near the border on Monday, including two using explosive drones.',
    '2024-08-13',
  );
  assert.deepEqual(r.list, ['attack/drone 2024-08-12']);
});

test('weapons a target holds do not make the attack theirs: "a hangar housing naval drones"', () => {
  const r = events(
    'Troops attacked a hangar housing naval drones near the harbour on Tuesday.',
    '2024-03-07',
  );
  assert.deepEqual(r.list, ['attack/unspecified 2024-03-05']);
});

test('a massacre, an assassination and "the killing of" a commander are attacks of their own', () => {
  const r = events(
    [
      'The killing of a militia commander in Bunia on Monday came hours after the assassination of a senator in Kinshasa.',
      'Rights groups said the massacre of villagers near Djugu on Sunday was carried out by armed men.',
    ].join('\n\n'),
    '2024-05-21',
  );
  const attacks = r.a.events.filter((e) => e.type === 'attack');
  assert.equal(attacks.length, 3);
  const place = (k: string | null) => r.a.entities.find((e) => e.key === k)?.name;
  assert.deepEqual(attacks.map((e) => place(e.place)).sort(), ['Bunia', 'Djugu', 'Kinshasa']);
  assert.equal(attacks.find((e) => place(e.place) === 'Djugu')?.mode, 'ground');
});

test('the place captured is the one after the verb: "seized the state\'s capital, X"; "Beirut\'s southern suburbs" are a place', () => {
  const r = events(
    "Babanusa became the seat of government after the rebels took control of the province's capital, Umm Ruwaba, in June.",
    '2025-05-01',
  );
  const change = r.a.events.find((e) => e.type === 'territory-change');
  assert.equal(r.a.entities.find((e) => e.key === change?.place)?.name, 'Umm Ruwaba');
  const s = events("An air strike hit Beirut's southern suburbs on Friday night.", '2024-08-03');
  assert.equal(s.a.entities.find((e) => e.key === s.a.events[0]?.place)?.name, 'Beirut');
});

test('ground changing hands, told passively or as a noun: "X had been captured", "the capture of X", "X fell to"', () => {
  for (const [text, place] of [
    ['The general told the president that Vovchansk had been captured.', 'Vovchansk'],
    ['Moscow claimed the capture of Siversk, which Kyiv denied.', 'Siversk'],
    ['Ukraine denied that Myrnohrad had fallen.', 'Myrnohrad'],
    ['Pokrovsk fell to Russian troops after months of fighting, the ministry said.', 'Pokrovsk'],
  ] as const) {
    const r = events(text, '2025-11-20');
    const change = r.a.events.find((e) => e.type === 'territory-change');
    assert.ok(change, text);
    assert.equal(r.a.entities.find((e) => e.key === change.place)?.name, place, text);
  }
  for (const text of ['Two soldiers were captured near the border.', 'Prices fell sharply in the capital.'])
    assert.ok(!events(text, '2025-11-20').a.events.some((e) => e.type === 'territory-change'), text);
});

test('an armed party killing people is an attack; a monitor or the UN telling it accuses; "not involved" denies', () => {
  const r = events(
    'A monitoring group said security forces killed three protesters in Homs on Sunday.',
    '2025-12-29',
  );
  assert.deepEqual(r.list, ['attack/unspecified 2025-12-28']);
  assert.equal(r.a.claims[0]?.kind, 'accusation');
  const g = events(
    'A gang killed 40 residents of the town of Mirebalais on Thursday, the UN said.',
    '2024-10-04',
  );
  assert.equal(g.a.events.filter((e) => e.type === 'attack').length, 1);
  assert.equal(g.a.claims[0]?.kind, 'accusation');
  // A count of the dead alone is no attack; a witness tells, he does not charge.
  assert.equal(events('Two people were killed on Monday, officials said.', '2024-10-04').a.events.length, 0);
  assert.equal(
    events('Residents said gunmen killed five villagers.', '2024-10-04').a.claims[0]?.kind,
    'assertion',
  );
  const d = events(
    'A defence spokesman said its forces had no involvement in the assault on the base.',
    '2024-10-04',
  );
  assert.equal(d.a.claims[0]?.kind, 'denial');
});

test('a dateline is where the report was filed; "a drone bombed" is a drone strike; arson and flare-ups are attacks', () => {
  const r = events('(Geneva) Gunmen killed 12 villagers on Thursday in Haiti, the UN said.', '2024-10-04');
  const attack = r.a.events.find((e) => e.type === 'attack');
  assert.ok(attack);
  assert.notEqual(r.a.entities.find((e) => e.key === attack.place)?.name, 'Geneva');
  assert.deepEqual(events('An unmanned drone bombed an army base near Mosul on Friday.', '2019-07-20').list, [
    'attack/drone 2019-07-19',
  ]);
  assert.equal(
    events('Militants torched dozens of houses in the village of Yaran on Sunday.', '2023-02-13').a.events
      .length,
    1,
  );
  assert.equal(
    events('Violence flared in the eastern provinces on Monday.', '2023-02-14').a.events.length,
    1,
  );
});

test('aid named in passing is no humanitarian event; aid that arrives is', () => {
  const passing = events(
    'Shelling forced the closure of the crossing to aid trucks, and the rebels said they would guarantee safe passage if talks resumed.',
    '2024-05-06',
  );
  assert.ok(!passing.a.events.some((e) => e.type === 'humanitarian'), passing.list.join('; '));
  const arrived = events(
    'Forty aid trucks entered the enclave on Sunday through the southern crossing.',
    '2024-05-06',
  );
  assert.ok(
    arrived.a.events.some((e) => e.type === 'humanitarian'),
    arrived.list.join('; '),
  );
});

test('words of attack and what they are not: a shooting, confrontations, a suicide bombing, an aerial attack', () => {
  const one = (t: string) => events(t, '2025-06-02').list;
  assert.deepEqual(one('Eleven people were killed in a shooting near a market in Bunia on Sunday.'), [
    'attack/unspecified 2025-06-01',
  ]);
  assert.deepEqual(one('Deadly confrontations erupted on Sunday night along the border, officials said.'), [
    'attack/unspecified 2025-06-01',
  ]);
  assert.deepEqual(one('A suicide bombing hit a police post in Kismayo on Sunday, killing four officers.'), [
    'attack/unspecified 2025-06-01',
  ]);
  assert.deepEqual(one('Nine villagers died in an aerial attack on Sunday, a local official said.'), [
    'attack/airstrike 2025-06-01',
  ]);
  // Not events: patients taken to shelters, a meeting of commanders, a distribution site.
  assert.deepEqual(one('Several clinics have taken the sick down to their basements.'), []);
  assert.deepEqual(
    one('The strike came during a meeting of senior commanders, the ministry said.').filter((x) =>
      x.startsWith('talks'),
    ),
    [],
  );
  assert.deepEqual(one('Survivors said they had been walking to an aid distribution site.'), []);
});

test('more words of fighting: "battling", "repelled an assault", "a clash", a landmine, "troops destroyed a school"', () => {
  const one = (t: string) => events(t, '2024-02-07').list.filter((x) => x.startsWith('attack'));
  assert.equal(
    one('The army has been battling the rebels near Lashio since Monday, residents said.').length,
    1,
  );
  assert.equal(one('Soldiers repelled an assault on their base in Gao on Tuesday.').length, 1);
  assert.equal(one('Four soldiers died in a clash with militants on Tuesday.').length, 1);
  assert.equal(one('A landmine wounded three soldiers near the border on Tuesday.').length, 1);
  assert.equal(
    one('Government troops destroyed a clinic near the river on Tuesday, activists said.').length,
    1,
  );
});

test('a firefight is an attack, and so is a killing by security forces told in the passive', () => {
  const one = (t: string) => events(t, '2024-06-12').list.filter((x) => x.startsWith('attack'));
  assert.equal(one('Six rebels died in a firefight near the river on Monday.').length, 1);
  assert.equal(one('Twelve militants were killed by soldiers on the ridge this week.').length, 1);
  assert.equal(one('Twelve militants were killed on the ridge this week, officials said.').length, 0);
});

test('counts: "No fewer than 25 villagers were murdered", "165 government forces", "members of the X (PKK) have been killed"', () => {
  const a = analyzeDocument({
    text: 'No fewer than 25 villagers were murdered in three districts. The fighting has killed 165 government forces. Around 70 members of the Kurdistan Freedom Hawks (TAK) have been killed.',
    published: '2024-06-12',
  });
  assert.deepEqual(
    a.figures.map((f) => `${f.measure} ${f.group} ${f.low}`),
    ['killed civilians 25', 'killed military 165', 'killed people 70'],
  );
});

test('killings by an armed agent described at length, after an auxiliary or by aircraft are attacks', () => {
  for (const s of [
    'Masked gunmen dressed in police uniforms killed a village chief near the river.',
    'The defence ministry said the army had “neutralized” 14 militants in the mountains overnight.',
    'The army said its aircraft had killed at least six insurgents as they fled.',
  ]) {
    const r = events(s, '2024-06-12');
    assert.equal(r.a.events.filter((e) => e.type === 'attack').length, 1, `${s} → ${r.list.join(', ')}`);
  }
});

test('a speaker who says "they/it/we killed" a count reports an attack of its own; a pronoun killing no count is none', () => {
  for (const s of [
    'The separatist command announced on Friday that they killed 31 government troops near the dam.',
    'A navy spokesman said it killed nine pirates at sea overnight.',
    'Rebel leaders insist that we killed 12 attackers, their spokesman said.',
  ]) {
    const r = events(s, '2024-06-12');
    assert.equal(r.a.events.filter((e) => e.type === 'attack').length, 1, `${s} → ${r.list.join(', ')}`);
  }
  for (const s of [
    'Farmers said they killed a few hours waiting at the gate.',
    'They killed 40 soldiers, the paper wrote.',
  ]) {
    const r = events(s, '2024-06-12');
    assert.equal(r.a.events.length, 0, `${s} → ${r.list.join(', ')}`);
  }
});

test('"another clash", "a drive-by shooting", "burst into a clinic" are attacks; "an explosion caused by a landmine" is one, told by its mine', () => {
  for (const s of [
    'Another clash broke out in the hills near the border post, police said.',
    'Two guards died in a drive-by shooting outside the town hall.',
    'Soldiers burst into a clinic in the camp and arrested two men.',
    'He said an explosion caused by a buried landmine had injured three of its soldiers.',
  ]) {
    const r = events(s, '2024-06-12');
    assert.equal(r.a.events.filter((e) => e.type === 'attack').length, 1, `${s} → ${r.list.join(', ')}`);
  }
  const mine = events(
    'He said an explosion caused by a buried landmine had injured three of its soldiers.',
    '2024-06-12',
  );
  const e = mine.a.events[0];
  assert.equal(mine.text.slice(e.start, e.end), 'landmine');
});

test('ground "taken over" or "overrun", active or passive, changes hands', () => {
  for (const s of [
    'The rebels later issued a statement saying they had taken over the town.',
    'Most of the islands in the lake were taken over by the insurgents last month.',
    'The garrison was overrun by militants on Tuesday.',
  ]) {
    const r = events(s, '2024-06-12');
    assert.deepEqual(
      r.a.events.map((e) => e.type),
      ['territory-change'],
      `${s} → ${r.list.join(', ')}`,
    );
  }
});

test('a sentence starts after the nearest full stop, not at the paragraph break before it', () => {
  const text = 'First line.\nThe governor spoke. Then he left. Later, drones came';
  assert.equal(text.slice(sentenceStart(text, text.length)), 'Later, drones came');
  assert.equal(
    text.slice(sentenceStart(text, text.indexOf('spoke'))),
    'The governor spoke. Then he left. Later, drones came',
  );
});

test('"killed in an encounter with security forces" is a fight, an attack event', () => {
  const r = events(
    'Eleven rebels were killed in an encounter with police in the hills on Tuesday.',
    '2025-05-08',
  );
  assert.deepEqual(r.list, ['attack/unspecified 2025-05-06']);
});

test('an attack made by jihadists or assailants on the ground is a ground attack', () => {
  const r = events(
    'Jihadists attacked a hamlet near the border on Sunday, leaving nine villagers dead.',
    '2025-05-06',
  );
  assert.deepEqual(r.list, ['attack/ground 2025-05-04']);
});

test('more attack words: a salvo, a barrage, a vehicle rammed into a gate, days of intense combat', () => {
  const one = (t: string) => events(t, '2024-02-07').list.filter((x) => x.startsWith('attack')).length;
  assert.equal(one('The militia said it fired a salvo of rockets at an army camp on Monday.'), 1);
  assert.equal(one('The overnight barrage on the port city wounded four dockers.'), 1);
  assert.equal(one('An attacker rammed a truck into the gate of the barracks on Sunday.'), 1);
  assert.equal(one('The rebels pulled back after four days of intense combat near the dam.'), 1);
});

test('"a pause in fighting", "a lull in the shelling" are no attacks', () => {
  const r = events(
    'The deal would free 40 detainees in exchange for a three-day pause in fighting.',
    '2024-03-12',
  );
  assert.deepEqual(r.list, []);
  const s = events('A lull in the shelling let families leave the old town.', '2024-03-12');
  assert.deepEqual(s.list, []);
});

test('"the encounter in", "a surprise incursion" and "killed by a bomb" are attacks; a feared incursion is none', () => {
  for (const s of [
    'Six guerrillas died in the encounter in the hills near Baler on Monday.',
    'The army launched a surprise incursion into the border district on Monday.',
    'A colonel was killed by a bomb outside his flat in Minsk on Monday.',
  ]) {
    const r = events(s, '2024-06-12');
    assert.equal(r.a.events.filter((e) => e.type === 'attack').length, 1, `${s} → ${r.list.join(', ')}`);
  }
  const feared = events('Officials warned of a possible incursion.', '2024-06-12');
  assert.equal(feared.a.events.length, 0, feared.list.join(', '));
});

test('an air-raid siren or alert is a warning, not an attack; armed men hit by a strike are its targets, not its mode', () => {
  const siren = events('Air raid alerts sounded across the north overnight.', '2024-06-12');
  assert.equal(siren.a.events.length, 0, siren.list.join(', '));
  const hit = events(
    'The army said it struck 12 insurgents hiding in a warehouse in Gao on Monday.',
    '2024-06-12',
  );
  assert.deepEqual(
    hit.a.events.map((e) => e.mode),
    ['unspecified'],
  );
  const by = events('The convoy was attacked by gunmen near Gao on Monday.', '2024-06-12');
  assert.deepEqual(
    by.a.events.map((e) => e.mode),
    ['ground'],
  );
});

test('a deed told as a habit ("routinely accuse each other of shelling villages") is no event; a dated one still is', () => {
  const habit = events(
    'The two armies routinely accuse each other of shelling border villages.',
    '2024-06-12',
  );
  assert.equal(habit.a.events.length, 0, habit.list.join(', '));
  const dated = events('The army said rebels were shelling border villages on Monday.', '2024-06-12');
  assert.equal(dated.a.events.filter((e) => e.type === 'attack').length, 1, dated.list.join(', '));
});

test("a bomber or a lone gunman who killed people is the attack's own telling", () => {
  assert.deepEqual(
    events('Two car bombers killed 19 shoppers at the bus station on Tuesday.', '2024-05-15').list.map(
      (x) => x.split('/')[0],
    ),
    ['attack'],
  );
  assert.deepEqual(
    events('A gunman killed four guards at the border crossing on Tuesday.', '2024-05-15').list.map(
      (x) => x.split('/')[0],
    ),
    ['attack'],
  );
});

test('militants who beheaded or massacred villagers carried out an attack', () => {
  assert.deepEqual(
    events('The insurgents beheaded 11 villagers on Sunday.', '2024-05-15').list.map((x) => x.split(' ')[0]),
    ['attack/ground'],
  );
});
