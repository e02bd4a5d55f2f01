import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentenceStart } from '../../../src/analyze/extract/words.ts';
import { analyzeDocument } from '../../../src/analyze/index.ts';

/** Full analysis of one text; events as `type/mode day`, in order. */
function events(text: string, published: string) {
  const a = analyzeDocument({ text, published });
  const name = (k: string) => a.entities.find((e) => e.key === k)?.name ?? k;
  return {
    a,
    text,
    list: a.events.map((e) => `${e.type}/${e.mode ?? '-'} ${e.date?.start ?? '?'}`),
    actors: a.events.map((e) => e.actors.map(name)),
  };
}

test('a time right after the verb of saying dates the saying, the one in the clause dates the attack', () => {
  const r = events(
    'A navy spokesman said late on Monday a drone strike on a fuel depot near Hodeidah on Sunday had destroyed two tankers.',
    '2024-02-13',
  );
  assert.deepEqual(r.list, ['attack/drone 2024-02-11']);
});

test('"a weekend raid" is dated to the weekend just gone', () => {
  const r = events(
    'Police said they were investigating a weekend air strike that hit a wedding party in the north.',
    '2025-03-04',
  );
  assert.equal(r.a.events.length, 1);
  assert.equal(r.a.events[0].date?.start, '2025-03-01');
  assert.equal(r.a.events[0].date?.end, '2025-03-02');
});

test('an attack told without a day soon after the day the story dates happened that day', () => {
  const r = events(
    [
      'Two soldiers were killed in a mortar attack on an outpost near Kidal on Saturday, the army said.',
      'Later, helicopters struck a rebel camp outside the town, killing six fighters, a military source said.',
    ].join('\n\n'),
    '2024-03-04',
  );
  assert.deepEqual(r.list, ['attack/shelling 2024-03-02', 'attack/airstrike 2024-03-02']);
});

test('background attacks long before publication give no day to what follows', () => {
  const r = events(
    [
      'Rebels overran the garrison at Bunia on March 3 last year.',
      'Gunmen attacked a convoy near the town, killing four people, officials said.',
    ].join('\n\n'),
    '2024-06-10',
  );
  const convoy = r.a.events.find(
    (e) => r.a.entities && e.mode === 'ground' && e.date?.start !== '2023-03-03',
  );
  assert.ok(convoy, 'the convoy attack is an event of its own');
  assert.equal(convoy.date?.start, '2024-06-10');
});

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

test('a shelling told first without a day and then with it is one attack, dated exactly', () => {
  const r = events(
    [
      'The army said on Friday that three civilians were killed in shelling by the rebels on the city of Kadugli.',
      '"The militia shelled residential districts of Kadugli on Thursday night, killing three civilians," an army statement said.',
    ].join('\n\n'),
    '2025-02-07',
  );
  const shellings = r.a.events.filter((e) => e.mode === 'shelling');
  assert.equal(shellings.length, 1);
  assert.equal(shellings[0].date?.start, '2025-02-06');
});

test("one side's claimed attacks are not the other side's strike of that day", () => {
  const r = events(
    [
      'An Israeli strike on the village of Kfar Kila killed one man, the health ministry said.',
      'Hezbollah claimed several attacks on army posts in northern Israel on Sunday.',
    ].join('\n\n'),
    '2024-08-12',
  );
  const attacks = r.a.events.filter((e) => e.type === 'attack');
  assert.equal(attacks.length, 2);
  assert.ok(
    r.actors.some((a) => a.includes('Hezbollah')),
    'who claims an attack as its own is its actor',
  );
});

test('where: part of a country, a place in a clause about another event, the capital, a village named later', () => {
  const north = events(
    'The group said it fired rockets at army posts in northern Israel on Sunday.',
    '2024-08-12',
  );
  assert.equal(north.a.entities.find((e) => e.key === north.a.events[0]?.place)?.name, 'Israel');

  const other = events(
    'Drones struck an army base on Saturday, hours after the assassination of a commander in Tyre.',
    '2024-08-12',
  );
  assert.equal(other.a.events.find((e) => e.mode === 'drone')?.place ?? null, null);

  const capital = events(
    [
      'Fighting shook Khartoum and Omdurman on Monday.',
      'Residents said warplanes had bombed a market in the capital, killing four people.',
    ].join('\n\n'),
    '2023-06-13',
  );
  const bombing = capital.a.events.find((e) => e.mode === 'airstrike');
  assert.equal(capital.a.entities.find((e) => e.key === bombing?.place)?.name, 'Khartoum');

  const village = events(
    [
      'Paramilitary fighters killed 12 civilians in an attack on a village, the army said.',
      'The dead were buried on Thursday in the village of Umm Kadada.',
    ].join('\n\n'),
    '2024-06-07',
  );
  const attack = village.a.events.find((e) => e.type === 'attack');
  assert.equal(village.a.entities.find((e) => e.key === attack?.place)?.name, 'Umm Kadada');
});

test('the weapon named further on: "attacks on army posts, including two using drones"', () => {
  const r = events(
    'The militia claimed four attacks on army posts near the border on Monday, including two using explosive drones.',
    '2024-08-13',
  );
  assert.deepEqual(r.list, ['attack/drone 2024-08-12']);
});

test('"the strike" before any strike is told is the one told in full further on', () => {
  const r = events(
    [
      'The two leaders said on Wednesday they had heard the strike from their hotel.',
      'The defence ministry said on Wednesday that its forces had struck a warehouse in the port of Berdiansk with missiles.',
    ].join('\n\n'),
    '2024-03-07',
  );
  const attacks = r.a.events.filter((e) => e.type === 'attack');
  assert.equal(attacks.length, 1);
  assert.equal(attacks[0].mode, 'missile');
  assert.equal(attacks[0].more?.length, 1);
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

test('"the massacre" told first without a day takes the day a later reference gives', () => {
  const r = events(
    [
      'The inquiry said the massacre left at least 60 villagers dead.',
      'The government had said earlier that over 100 people died in the raid, which took place on 29 November.',
    ].join('\n\n'),
    '2022-12-08',
  );
  const attacks = r.a.events.filter((e) => e.type === 'attack');
  assert.equal(attacks.length, 1);
  assert.equal(attacks[0].date?.start, '2022-11-29');
});

test('"… fired rockets at a post following the killing of a commander" tells two events', () => {
  const r = events(
    'On Saturday the group said it had fired rockets at an army post following the killing of one of its commanders in Tyre a day earlier.',
    '2024-08-11',
  );
  const attacks = r.a.events.filter((e) => e.type === 'attack');
  assert.equal(attacks.length, 2);
  assert.deepEqual(attacks.map((e) => e.date?.start).sort(), ['2024-08-09', '2024-08-10']);
});

test('"the onslaught … in Kharkiv" refers to the strike on Kharkiv, not to the shelling of another city told last', () => {
  const r = events(
    [
      'Russian missiles struck Kharkiv and Kyiv on Tuesday, officials said.',
      'The strikes came two days after officials claimed that shelling killed 20 people in Donetsk.',
      'The governor said the onslaught killed six people in Kharkiv.',
    ].join('\n\n'),
    '2024-01-24',
  );
  const text = r.a.events.length ? r.a.events : [];
  const said = (e: (typeof text)[number]) =>
    [e, ...(e.more ?? [])].map((m) => r.text.slice(m.start, m.end)).join(' ');
  const onslaught = text.find((e) => /onslaught/.test(said(e)));
  assert.ok(onslaught);
  assert.equal(onslaught.date?.start, '2024-01-23');
  const donetsk = text.find((e) => r.a.entities.find((x) => x.key === e.place)?.name === 'Donetsk');
  assert.ok(donetsk, 'the Donetsk shelling is its own event');
  assert.notEqual(donetsk, onslaught);
});

test('"They took the base" repeats the capture told that day; "recaptured the base" is another event', () => {
  const r = events(
    [
      'Militants briefly captured a military base near Afgoye on Wednesday, officials said.',
      '"We took the base," a militant spokesman said.',
      'Troops retook the base once reinforcements came.',
    ].join('\n\n'),
    '2020-02-20',
  );
  const changes = r.a.events.filter((e) => e.type === 'territory-change');
  assert.equal(changes.length, 2);
});

test('an attack reported without a day takes the day its later reference gives ("the fighting took place on Wednesday")', () => {
  const r = events(
    [
      'The militia is accused of killing scores of villagers in a raid on a village near Sennar.',
      'The militia said the clashes happened before dawn on Wednesday.',
    ].join('\n\n'),
    '2024-06-06',
  );
  const attacks = r.a.events.filter((e) => e.type === 'attack');
  assert.equal(attacks.length, 1);
  assert.equal(attacks[0].date?.start, '2024-06-05');
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

test('fighting decades before publication is history, not an event of the story', () => {
  const r = events(
    'The town was seized by separatist forces in 1993, and rebels shelled it again on Monday.',
    '2024-10-15',
  );
  assert.deepEqual(
    r.a.events.map((e) => e.type),
    ['attack'],
  );
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
    events('Militants set fire to dozens of houses in the village of Yaran on Sunday.', '2023-02-13').a.events
      .length,
    1,
  );
  assert.equal(
    events('Violence flared in the eastern provinces on Monday.', '2023-02-14').a.events.length,
    1,
  );
});

test('one attack told at two scales the same day is one event; "another strike" at the same place is a second', () => {
  const r = events(
    [
      'A car bomb exploded near a police station in Nigeria’s Borno state on Tuesday, killing nine people, officials said.',
      'The blast in Maiduguri also wounded 20 passers-by, a police spokesman said.',
    ].join(' '),
    '2025-06-11',
  );
  assert.equal(r.a.events.length, 1, r.list.join('; '));
  const two = events(
    [
      'An air strike hit a market in Maiduguri on Tuesday, killing six traders.',
      'Another air strike hit a mosque in Maiduguri on Tuesday, killing four worshippers.',
    ].join(' '),
    '2025-06-11',
  );
  assert.equal(two.a.events.length, 2, two.list.join('; '));
});

test('"the occupied Golan Heights" names a place, no capture; "BEIRUT:" is a dateline, not the strike\'s place', () => {
  const occ = events(
    'Sirens sounded across the occupied Golan Heights on Friday, the army said.',
    '2024-08-10',
  );
  assert.ok(!occ.a.events.some((e) => e.type === 'territory-change'), occ.list.join('; '));
  const took = events('Rebels occupied the town of Kalehe on Monday, residents said.', '2024-08-10');
  assert.ok(
    took.a.events.some((e) => e.type === 'territory-change'),
    took.list.join('; '),
  );
  const dl = events(
    'BEIRUT: A drone strike on a car in the country’s south killed two men on Thursday, the health ministry said.',
    '2024-09-13',
  );
  assert.equal(dl.a.events.length, 1);
  assert.equal(dl.a.events[0].place, null, 'the dateline city is where the story was filed');
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

test('"Later, just before midnight, an air strike …" is a second strike, on the evening before publication', () => {
  const r = events(
    [
      'An air strike on a house in Khan Younis killed four people on Sunday, medics said.',
      'Later, just before midnight, an air strike in Khan Younis killed six members of one family, medics said.',
    ].join(' '),
    '2024-05-06',
  );
  assert.deepEqual(r.list, ['attack/airstrike 2024-05-05', 'attack/airstrike 2024-05-05']);
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

test('an undated attack takes the day its dead died, told in the next sentence', () => {
  const r = events(
    [
      'The army said Wednesday that gunmen in Kumba had shot dead at least eight men.',
      'A spokesman said the men died around 9 p.m. on Tuesday near the main market.',
    ].join(' '),
    '2024-05-15',
  );
  assert.deepEqual(r.list, ['attack/ground 2024-05-14']);
});

test('background dated long before does not break the story\'s day, nor take its later "the strike"', () => {
  const r = events(
    [
      'The ministry said an air strike in the south on Thursday left four people dead.',
      'The group has traded fire with the army since rebels attacked the capital on March 3, 2022.',
      'Residents said an air strike hit the village of Kaya near the river.',
      'The strike destroyed two houses, a local official said.',
    ].join(' '),
    '2024-09-13',
  );
  const strikes = r.a.events.filter((e) => e.mode === 'airstrike');
  assert.equal(strikes.length, 1, r.list.join('; '));
  assert.equal(strikes[0].date?.start, '2024-09-12');
  assert.ok((strikes[0].more ?? []).length >= 2, 'the village strike and "the strike" are that strike');
});

test('what the lead tells, said on a day before publication, happened by that day', () => {
  const r = events(
    [
      'The regional governor said on Saturday that the situation near Kherson was tense.',
      'Troops shelled the village of Bilozerka from tanks, wounding two farmers, he said.',
    ].join(' '),
    '2023-07-16',
  );
  assert.ok(r.list.length >= 1, r.list.join('; '));
  for (const e of r.a.events) assert.equal(e.date?.start, '2023-07-15', r.list.join('; '));
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

test('"January 25, 2017 (JUBA) - …": a dated dateline is still no event\'s place', () => {
  const r = events(
    'January 25, 2017 (JUBA) - Rebels said they clashed with the army on Sunday.',
    '2017-01-25',
  );
  assert.equal(r.a.events.length, 1);
  assert.equal(r.a.events[0].place, null);
});

test('"the shooting" refers back even as a trigger phrase, and a district the gazetteer lacks does not keep it apart', () => {
  const r = events(
    [
      'Nine people were killed in a shooting near a grain store in Gao on Sunday.',
      'Witnesses said the shooting began at dawn near the Hamdallaye quarter.',
    ].join(' '),
    '2025-06-02',
  );
  assert.equal(r.a.events.length, 1, r.list.join('; '));
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

test('"X on Thursday said the attacks on Monday night …": the time before the verb of saying dates the saying', () => {
  const r = events(
    'A farmers’ union in Plateau State on Thursday said the attacks on three villages on Monday night were the work of bandits, not of its members.',
    '2022-04-15',
  );
  assert.deepEqual(r.list, ['attack/unspecified 2022-04-11']);
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

test('a named day is no place, and a clause’s subject after "because" is not where the strike was', () => {
  const r = events(
    [
      'A Russian missile strike on the centre of Sumy killed 34 people on Sunday, Ukrainian officials said.',
      'The defence ministry said the strike occurred in a crowded area because Kyiv had gathered officers there.',
      'President Donald Trump of the United States said the strike, which came on Palm Sunday, was a mistake.',
    ].join('\n\n'),
    '2025-04-14',
  );
  assert.equal(r.a.events.length, 1, r.list.join(', '));
  assert.ok(!r.a.entities.some((e) => e.name === 'Palm'), 'Palm Sunday is a day');
});

test('an attack dated only by the day a source spoke of it takes the day told later', () => {
  const r = events(
    [
      'Air strikes on a fuel port killed at least 60 people, rebel officials said on Friday.',
      'The strikes on Thursday took place ahead of the resumption of talks with the rebels in Muscat on Saturday.',
    ].join('\n\n'),
    '2025-04-18',
  );
  const attacks = r.a.events.filter((e) => e.type === 'attack');
  assert.equal(attacks.length, 1, r.list.join(', '));
  assert.equal(attacks[0].date?.start, '2025-04-17');
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

test('"Later, drones attacked …" in a paragraph of its own story tells a second attack, not the first again', () => {
  const r = events(
    'A missile struck a hospital in the port on Tuesday, officials said.\n\nThe regional governor wrote on Telegram that the missile killed six and set a ward on fire. Later, enemy drones attacked homes and killed a man, the mayor said.',
    '2025-05-07',
  );
  const attacks = r.a.events.filter((e) => e.type === 'attack');
  assert.equal(attacks.length, 2, r.list.join(', '));
  assert.equal(attacks[1].mode, 'drone');
});

test('a sentence starts after the nearest full stop, not at the paragraph break before it', () => {
  const text = 'First line.\nThe governor spoke. Then he left. Later, drones came';
  assert.equal(text.slice(sentenceStart(text, text.length)), 'Later, drones came');
  assert.equal(
    text.slice(sentenceStart(text, text.indexOf('spoke'))),
    'The governor spoke. Then he left. Later, drones came',
  );
});

test('"in western Russia\'s Kursk region" happens in the region; "an attack on a helicopter" is no air strike', () => {
  const r = events(
    'Drones hit a depot in western Russia’s Kursk region, killing two people on Sunday.',
    '2025-05-05',
  );
  const place = r.a.entities.find((e) => e.key === r.a.events[0]?.place);
  assert.equal(place?.name, 'Kursk');
  const heli = events(
    'Gunmen carried out an attack on an army helicopter near the dam, killing four crew.',
    '2025-05-05',
  );
  assert.notEqual(heli.a.events[0]?.mode, 'airstrike');
  assert.equal(heli.a.events[0]?.type, 'attack');
  const by = events('An attack on the capital with drones killed two.', '2025-05-05');
  assert.equal(by.a.events[0]?.mode, 'drone');
});

test('"the Red Sea port city of X": the place is the city, not the sea before it', () => {
  const r = events('Warplanes struck the Baltic port city of Klaipeda on Monday.', '2025-05-06');
  const place = r.a.entities.find((e) => e.key === r.a.events[0]?.place);
  assert.equal(place?.name, 'Klaipeda');
});

test('the war dated by the story is its onset: "a civil war since 2014", "a conflict that began in May 2021"', () => {
  const cases: [string, string][] = [
    ['The province has been torn by a civil war since 2014.', '2014-01-01'],
    ['Thousands have died in a conflict that began in May 2021 between the two factions.', '2021-05-01'],
    ['Since the outbreak of the conflict last week, 90 people have died.', '2024-09-09'],
  ];
  for (const [s, day] of cases) {
    const r = events(s, '2024-09-18');
    assert.deepEqual(r.list, [`attack/unspecified ${day}`], s);
  }
  // Undated, the war is background; "fighting since Monday" is one attack, not two.
  assert.deepEqual(events('The war has displaced millions.', '2024-09-18').list, []);
  assert.equal(
    events('Fighting since Monday has killed 30 people in the town.', '2024-09-18').list.length,
    1,
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

test('"The raid, which took place on Friday night, …" restates the raid told before and dates it', () => {
  const r = events(
    'Dozens of villagers were killed in a town in the north after an overnight raid by armed men, officials said.\n\nThe raid, which took place on Friday night, left many homes burnt.',
    '2025-06-16',
  );
  const attacks = r.a.events.filter((e) => e.type === 'attack');
  assert.equal(attacks.length, 1, r.list.join(', '));
  assert.equal(attacks[0].date?.start, '2025-06-13');
});

test('"the strikes" in a reaction is the strike told before, whatever place the sentence names elsewhere', () => {
  const r = events(
    'French jets bombed rebel depots in Kidal on Tuesday, killing nine people. In Algiers, the foreign ministry condemned the strikes as reckless. A rebel spokesman said the strikes were revenge for the talks in Bamako.',
    '2024-03-06',
  );
  assert.equal(r.list.filter((x) => x.startsWith('attack')).length, 1, r.list.join('; '));
  // A definite reference that names its own place elsewhere is another attack.
  const s = events(
    'French jets bombed rebel depots in Kidal on Tuesday. The strikes on Mopti killed a herder, the army said.',
    '2024-03-06',
  );
  assert.equal(s.list.filter((x) => x.startsWith('attack')).length, 2, s.list.join('; '));
});

test('more attack words: a salvo, a barrage, a vehicle rammed into a gate, days of intense combat', () => {
  const one = (t: string) => events(t, '2024-02-07').list.filter((x) => x.startsWith('attack')).length;
  assert.equal(one('The militia said it fired a salvo of rockets at an army camp on Monday.'), 1);
  assert.equal(one('The overnight barrage on the port city wounded four dockers.'), 1);
  assert.equal(one('An attacker rammed a truck into the gate of the barracks on Sunday.'), 1);
  assert.equal(one('The rebels pulled back after four days of intense combat near the dam.'), 1);
});

test('a shared dateline ("LVIV, Ukraine/WARSAW:") places no event; "sanctions against X over the attack" is the attack told before', () => {
  const r = events(
    'LVIV, Ukraine/WARSAW: A missile strike on a rail depot killed four workers on Friday, officials said.',
    '2024-03-09',
  );
  const names = r.a.events.map((e) => r.a.entities.find((x) => x.key === e.place)?.name ?? null);
  assert.ok(!names.some((n) => /warsaw/i.test(n ?? '')), JSON.stringify(names));
  const s = events(
    'A missile strike on a rail depot in Kovel killed four workers on Friday. Allies demanded tougher sanctions against Moscow over the attack.',
    '2024-03-09',
  );
  assert.equal(s.list.filter((x) => x.startsWith('attack')).length, 1, s.list.join('; '));
});

test('"said the group\'s branch spokesman X Saturday" dates the saying; "recent strikes on X" has no day; "previous clashes" is no event', () => {
  const r = events(
    'Army units attacked rebel camps near the lake. Nine herders died when troops fired on a camp near Bweza, said rebel political wing spokesman Amani Kabila Saturday. According to him the raid took place on Friday.',
    '2024-03-09',
  );
  assert.deepEqual(
    r.list.map((x) => x.split(' ')[1]),
    ['2024-03-08'],
    r.list.join('; '),
  );
  const s = events(
    'Officials said recent air strikes on a rebel depot in the hills had started the fire.',
    '2024-03-09',
  );
  assert.deepEqual(
    s.a.events.map((e) => e.date),
    [null],
  );
  const t = events('Previous clashes have shut the border gate for weeks at a time.', '2024-03-09');
  assert.deepEqual(t.list, []);
});

test('"X\'s troops had occupied the town", told by the other side, is the capture already told, its taker disputed', () => {
  const r = events(
    'Fighters of the Allied Democratic Forces seized the border town of Kasindi on Monday. The army said in a statement that Ugandan troops had occupied the town.',
    '2024-03-12',
  );
  assert.equal(r.list.filter((x) => x.startsWith('territory-change')).length, 1, r.list.join('; '));
});

test('"in an earlier attack, …, two men were attacked" is an attack of its own, not the raid told before', () => {
  const r = events(
    'Insurgents raided the town of Chai on Sunday, burning houses. According to monitors, in an earlier attack near a farm three herders were attacked and killed.',
    '2024-03-12',
  );
  assert.equal(r.list.filter((x) => x.startsWith('attack')).length, 2, r.list.join('; '));
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

test('"the deadliest attack this year" is the story\'s attack, and "this year" is no date of it', () => {
  const r = events(
    'Gunmen killed 23 herders in an attack on a cattle camp on Friday, the governor said. “This is the deadliest single attack on civilians this year,” he said. The killing happened near a river crossing, with the attackers targeting herders at dawn.',
    '2024-04-07',
  );
  assert.deepEqual(r.list, ['attack/ground 2024-04-05']);
});

test('an attack told first in a country, then dated in a province of it, is one attack at the finer place', () => {
  const r = events(
    'An air raid meant for an armed band in eastern Chad wrongly killed at least 10 civilians, officials said on Friday. The herders died on Christmas Day when warplanes bombed a camp near Abeche, a military spokesman told journalists.',
    '2024-12-27',
  );
  assert.deepEqual(r.list, ['attack/airstrike 2024-12-25']);
  assert.equal(r.a.entities.find((e) => e.key === r.a.events[0].place)?.name, 'Abeche');
});

test('an attack in a town and "the attack in <town> Region" after it are one attack', () => {
  const r = events(
    'Jets bombed a market in Kayes on Tuesday, killing 20 people, officials said. Eight of those killed in the raid in Kayes Region were children, a rescue worker said.',
    '2024-04-12',
  );
  assert.deepEqual(r.list, ['attack/airstrike 2024-04-09']);
});

test('"condemned the attack … in a statement on Monday" is the attack told before, dated by its own day', () => {
  const r = events(
    'Gunmen killed at least 40 villagers in an attack on Kaya on Saturday night, officials said. Hundreds fled. The African Union condemned the attack in a statement on Monday, urging an inquiry.',
    '2023-03-07',
  );
  const attacks = r.a.events.filter((e) => e.type === 'attack');
  assert.equal(attacks.length, 1, r.list.join(', '));
  assert.equal(attacks[0].date?.start, '2023-03-04');
});

test('the town people fled to after an attack is not where it happened', () => {
  const r = events(
    'Militiamen shelled villages on the plain on Tuesday, sending hundreds of families to shelter in the market town of Kosti.',
    '2023-03-08',
  );
  const attack = r.a.events.find((e) => e.type === 'attack');
  assert.ok(attack, r.list.join(', '));
  assert.equal(r.a.entities.find((e) => e.key === attack.place)?.name ?? null, null);
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

test('a date in a credit opening the text and a quote’s "today" do not date the attack told with its own day', () => {
  const r = events(
    'Kabul, (XYZ Agency - 3rd May, 2024) A drone strike on a clinic Thursday killed three nurses, the ministry said.\n\n“Our clinic was hit by a drone today,” its director wrote in a post.',
    '2024-05-03',
  );
  const attacks = r.a.events.filter((e) => e.type === 'attack');
  assert.equal(attacks.length, 1, r.list.join(', '));
  assert.equal(attacks[0].date?.start, '2024-05-02');
});

test('a downing told again the same day is one downing; each side downing the other’s craft is two', () => {
  const one = events(
    'The army said it shot down a cargo plane over Kassala on Tuesday night. Rebel leaders said no plane was lost and that the story of one being shot down by the air force was invented.',
    '2024-06-12',
  );
  assert.equal(one.a.events.filter((e) => e.type === 'shootdown').length, 1, one.list.join(', '));
  const two = events(
    'Islamabad said on Tuesday it had downed an Indian jet near the border. New Delhi said it downed three Pakistani drones over Punjab on Tuesday.',
    '2024-06-12',
  );
  assert.equal(two.a.events.filter((e) => e.type === 'shootdown').length, 2, two.list.join(', '));
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

test('"The attack" with no day of its own is the attack just told, whatever day its sentence names for something else', () => {
  const told = events(
    'Gunmen stormed a police post near Kidal on Monday, killing nine officers. The attack was a blow to peace talks that had stalled in March 2023.',
    '2024-05-15',
  );
  assert.deepEqual(
    told.list.filter((x) => x.startsWith('attack')),
    ['attack/ground 2024-05-13'],
  );
  // ... but "the attack on Tuesday" dates itself: another day, another attack.
  const other = events(
    'Gunmen stormed a police post near Kidal on Monday, killing nine officers. The attack on Tuesday hit a market in Kidal.',
    '2024-05-15',
  );
  assert.equal(other.list.filter((x) => x.startsWith('attack')).length, 2);
});

test('"the overnight raid", "the deadly ambush": a word of time or manner between the article and the noun still refers back', () => {
  const r = events(
    'Insurgents bombed government offices and raided army posts in a western district of Nepal, officials said on Thursday. An army spokesman said five soldiers and three insurgents died during the overnight raid at Dailekh.',
    '2024-03-07',
  );
  assert.equal(r.list.filter((x) => x.startsWith('attack')).length, 1, r.list.join('; '));
});

test('one strike told as shelling, then as a rocket hit, is one attack; shelling and an air raid stay two', () => {
  const r = events(
    'Nine passengers were killed when a minibus was hit during shelling near a checkpoint outside Kharkiv on Tuesday. The minibus was hit by a rocket shortly after noon, witnesses said.',
    '2024-05-14',
  );
  assert.deepEqual(r.list, ['attack/shelling 2024-05-14']);
  const two = events(
    'Warplanes bombed a market in the town on Tuesday, killing 12. Rebels said army shelling of their positions near the town continued on Tuesday.',
    '2024-05-14',
  );
  assert.deepEqual(two.list, ['attack/airstrike 2024-05-14', 'attack/shelling 2024-05-14']);
});

test('"The attack happened … on Monday" restates the attack told before and gives it its day', () => {
  const r = events(
    'Nine people were killed when the militants attacked a farming village in Lower Shabelle, burning huts and a clinic, villagers told the Associated Press (AP) yesterday.\n\nThe attack happened shortly after dawn on Monday in Sabiid, in the Afgoye district.',
    '2021-06-10',
  );
  assert.deepEqual(r.list, ['attack/ground 2021-06-07']);
});

test('"has been fighting <a long object> since November 2020" dates the fighting from then', () => {
  const r = events(
    'A drone strike hit a camp for displaced people on Friday, killing 19, aid workers said. The rebel front has been fighting troops commanded by President Lansana Kamara since November 2020.',
    '2022-01-08',
  );
  assert.deepEqual(r.list, ['attack/drone 2022-01-07', 'attack/ground 2020-11-01']);
});

test('"had used the last two months to watch it before they staged the attack": the stretch does not date the attack', () => {
  const r = events(
    'The insurgents have claimed a bombing in the capital that killed 11 people. ' +
      'Their spokesman said fighters had used the last two months to watch the depot before they staged the attack.',
    '2019-05-20',
  );
  assert.equal(r.list.length, 1);
  assert.match(r.list[0], / 2019-05-20$/);
});

test('"Over the past two weeks, shelling killed …": a stretch that is the attack\'s own still dates it', () => {
  const r = events('Over the past two weeks, shelling killed 20 people in the port city.', '2019-05-20');
  assert.equal(r.list.length, 1);
  assert.match(r.list[0], /^attack\/shelling 2019-05-0[56]$/);
});

test('an attack told by the day it was reported, then as "the March 9 strike", is one event of March 9', () => {
  const r = events(
    'An air strike on a fuel depot killed dozens of civilians in Raqqa, a local official said Sunday. ' +
      'The coalition has acknowledged hitting the depot in the March 9 strike.',
    '2017-03-19',
  );
  assert.deepEqual(
    r.a.events.filter((e) => e.type === 'attack').map((e) => e.date?.start),
    ['2017-03-09'],
  );
});

test('"…, X wrote in a statement on Tuesday" in the fifth sentence still bounds the lead\'s undated news', () => {
  const r = events(
    [
      'Border guards fire on patrol boat',
      'The government calls the incident an act of war.',
      'A patrol boat at the harbour [File photo]',
      'Border guards have fired on a patrol boat that the neighbouring state says entered its waters.',
      '“The boat crossed the line for the second time,” the interior ministry wrote in a statement on Tuesday.',
    ].join('\n\n'),
    '2023-05-17',
  );
  assert.deepEqual(
    r.a.events.filter((e) => e.type === 'attack').map((e) => e.date?.start),
    ['2023-05-16'],
  );
});

test('a headline\'s undated attack and the lead\'s attack "overnight" are one attack of that night', () => {
  const r = events(
    'Rebel attack on army camp kills dozens\n\n' +
      'An attack by rebels on an army camp killed about 30 soldiers overnight near the northern border, officials said on Monday.',
    '2024-10-28',
  );
  const attacks = r.a.events.filter((e) => e.type === 'attack');
  assert.equal(attacks.length, 1, JSON.stringify(r.list));
  assert.equal(attacks[0].date?.start, '2024-10-27');
});

test('"The attack struck at 10 pm" gives the hour of the night already told, not the day of the report', () => {
  const r = events(
    'An attack by rebels on an army camp killed about 30 soldiers overnight near the northern border, officials said on Monday. ' +
      'The assault struck at 9:30 pm local time.',
    '2024-10-28',
  );
  const attacks = r.a.events.filter((e) => e.type === 'attack');
  assert.equal(attacks.length, 1, JSON.stringify(r.list));
  assert.equal(attacks[0].date?.start, '2024-10-27');
  assert.equal(attacks[0].date?.time, '21:30');
});
