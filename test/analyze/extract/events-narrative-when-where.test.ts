import assert from 'node:assert/strict';
import { test } from 'node:test';
import { events } from './helpers/narrative-events.ts';

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
      'Paramilitary fighters killed 12 civilians in a raid on a village, the army said.',
      'The dead were buried on Thursday in the village of Umm Kadada.',
    ].join('\n\n'),
    '2024-06-07',
  );
  const attack = village.a.events.find((e) => e.type === 'attack');
  assert.equal(village.a.entities.find((e) => e.key === attack?.place)?.name, 'Umm Kadada');
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

test('"January 25, 2017 (JUBA) - …": a dated dateline is still no event\'s place', () => {
  const r = events(
    'January 25, 2017 (JUBA) - Rebels said they clashed with the army on Sunday.',
    '2017-01-25',
  );
  assert.equal(r.a.events.length, 1);
  assert.equal(r.a.events[0].place, null);
});

test('"X on Thursday said the attacks on Monday night …": the time before the verb of saying dates the saying', () => {
  const r = events(
    'A farmers’ union in Plateau State on Thursday said the attacks on three villages on Monday night were the work of bandits, not of its members.',
    '2022-04-15',
  );
  assert.deepEqual(r.list, ['attack/unspecified 2022-04-11']);
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

test('"the deadliest attack this year" is the story\'s attack, and "this year" is no date of it', () => {
  const r = events(
    'Gunmen killed 23 herders in an attack on a cattle camp on Friday, the governor said. “This is the deadliest single attack on civilians this year,” he said. The killing happened near a river crossing, with the attackers targeting herders at dawn.',
    '2024-04-07',
  );
  assert.deepEqual(r.list, ['attack/ground 2024-04-05']);
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

test('a date in a credit opening the text and a quote’s "today" do not date the attack told with its own day', () => {
  const r = events(
    'Kabul, (XYZ Agency - 3rd May, 2024) A drone strike on a clinic Thursday killed three nurses, the ministry said.\n\n“Our clinic was hit by a drone today,” its director wrote in a post.',
    '2024-05-03',
  );
  const attacks = r.a.events.filter((e) => e.type === 'attack');
  assert.equal(attacks.length, 1, r.list.join(', '));
  assert.equal(attacks[0].date?.start, '2024-05-02');
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
