import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

/** Events through the whole analysis: type, the place's name and the words of the first mention. */
function events(text: string) {
  const a = analyzeDocument({ text, published: '2024-09-18' });
  return a.events.map((e) => ({
    type: e.type,
    place: a.entities.find((x) => x.key === e.place)?.name ?? null,
    words: text.slice(e.start, e.end),
  }));
}

test('a place name with a lower-case part between hyphens is one place: "Port-au-Prince"', () => {
  const [e] = events('Armed gangs attacked two police stations in Port-au-Prince on Monday night.');
  assert.equal(e.place, 'Port-au-Prince');
});

test('"recaptured" with people as subject is no territory-change; with a town as object it is', () => {
  assert.deepEqual(
    events('Eleven escaped prisoners have been recaptured, the justice ministry said on Tuesday.').map(
      (e) => e.type,
    ),
    [],
  );
  const [e] = events('Government forces recaptured the town of Kalemie on Tuesday after a week of fighting.');
  assert.equal(e?.type, 'territory-change');
});

test('"suspended peace talks" is a decision announced (statement), "held talks" a meeting', () => {
  const [a] = events('The president suspended peace talks with the rebel coalition on Thursday.');
  assert.equal(a.type, 'statement');
  const [b] = events('Envoys of both governments held talks in Nairobi on Thursday.');
  assert.equal(b.type, 'talks');
});

test('an accusation of a "war crime" is no attack of its own', () => {
  const evs = events(
    'The ministry accused the militia of committing a war crime and demanded an inquiry on Sunday.',
  );
  assert.ok(!evs.some((e) => e.type === 'attack'));
});

test('a capital that opens a reported clause ("… and that Kabul had …") is not the attack\'s place', () => {
  const [e] = events(
    'The minister said the gunmen were behind the March 3 attack and that Kabul had given them shelter.',
  );
  assert.equal(e?.type, 'attack');
  assert.equal(e.place, null);
});

test('a bombing named as such has no air mode; aircraft that "had been bombing" do', () => {
  const modes = (t: string) =>
    analyzeDocument({ text: t, published: '2024-09-18' }).events.map((e) => e.mode);
  assert.deepEqual(modes('A bombing at the bus terminal in Quetta killed six people on Friday.'), [
    'unspecified',
  ]);
  assert.deepEqual(
    modes('Residents said military planes had been bombing the market district of Nyala on Friday.'),
    ['airstrike'],
  );
});

test('raids on posts told as "ransacked" or "infiltrated" are attacks when anchored; a hacked system is not', () => {
  assert.deepEqual(
    events('A customs post in Kurmuk was ransacked by gunmen on Monday.').map((e) => e.type),
    ['attack'],
  );
  assert.deepEqual(
    events('Fighters infiltrated the outskirts of Bossangoa on Tuesday.').map((e) => e.type),
    ['attack'],
  );
  assert.deepEqual(events('Unknown hackers infiltrated the ministry email servers.'), []);
});

test('a killing told by its dead alone, with where it happened, is an attack; a toll over time or an accident is not', () => {
  assert.deepEqual(
    events('Four policemen were killed in Garissa on Thursday.').map((e) => [e.type, e.place]),
    [['attack', 'Garissa']],
  );
  assert.deepEqual(
    events('Six herders killed near Kidal, local officials said.').map((e) => e.type),
    ['attack'],
  );
  assert.deepEqual(events('Five people were killed in a bus crash near Kidal on Thursday.'), []);
  assert.deepEqual(events('More than 900 villagers were killed in Kidal province since 2019.'), []);
});

test('a killing told by its dead with its day before the place, or with how it came about, is an attack', () => {
  assert.deepEqual(
    events('Up to 60 herders were killed last week in Menaka, a rights group said.').map((e) => [
      e.type,
      e.place,
    ]),
    [['attack', 'Menaka']],
  );
  assert.deepEqual(
    events('Several guards were killed when a mine hit their truck near Tessalit.').map((e) => e.type),
    ['attack'],
  );
  assert.deepEqual(events('Two of his uncles were killed when the war began.'), []);
  assert.deepEqual(events('Thousands of herders were killed when the rebellion began.'), []);
});

test('"Several" opening a sentence is no place: "Several soldiers said …" names the soldiers', () => {
  const a = analyzeDocument({
    text: 'Several soldiers said the checkpoint was quiet.',
    published: '2024-09-18',
  });
  assert.ok(
    !a.entities.some((e) => e.type === 'place' || e.key.includes('place:')),
    JSON.stringify(a.entities),
  );
});

test('emergency powers declared or imposed are a statement event, not a reported claim', () => {
  const text =
    'The cabinet in Addis Ababa declared a 90-day state of emergency in the region on Friday. Soldiers were sent to the main roads.';
  const a = analyzeDocument({ text, published: '2024-09-18' });
  const st = a.events.filter((e) => e.type === 'statement');
  assert.equal(st.length, 1);
  assert.match(text.slice(st[0].start, st[0].end), /^declared .*state of emergency$/);
  assert.equal(a.claims.length, 0, "declaring emergency rule reports no one's words");
  assert.deepEqual(
    events('Police imposed an overnight curfew on the port city after the riots.').map((e) => e.type),
    ['statement'],
  );
  // Expected, not done; and living under it is no new decision.
  assert.deepEqual(
    events('The general is expected to declare martial law in the north.').filter(
      (e) => e.type === 'statement',
    ),
    [],
  );
  assert.deepEqual(events('The province has been under a curfew since the spring.'), []);
});

test('"the April attack" and then "the April 14 attack" are one attack, dated to the day, at two places in one country', () => {
  const text =
    'Police said they had arrested two men over the April attack on a train in Balochistan. The interior minister said the two men carried out the April 14 attack near Karachi.';
  const a = analyzeDocument({ text, published: '2024-09-18' });
  const attacks = a.events.filter((e) => e.type === 'attack');
  assert.equal(attacks.length, 1, JSON.stringify(attacks.map((e) => e.date)));
  assert.equal(attacks[0].date?.start, '2024-04-14');
  assert.equal(attacks[0].date?.precision, 'day');
});

test('a place whose own name joins two with "and" is one place: "Jammu and Kashmir", "Trinidad and Tobago"', () => {
  const a = analyzeDocument({
    text: 'Gunmen attacked a bus in Jammu and Kashmir on Sunday. Trinidad and Tobago sent condolences, while Russia and Ukraine traded blame over a drone strike.',
    published: '2024-09-18',
  });
  const names = a.entities.map((e) => e.name);
  assert.ok(names.includes('Jammu and Kashmir'), JSON.stringify(names));
  assert.ok(names.includes('Trinidad and Tobago'));
  assert.ok(names.includes('Russia') && names.includes('Ukraine'), 'two countries stay two');
});

test('"the attack on <a named ship>" refers back to the attack told with that name, not to the strikes told last', () => {
  const text =
    'A missile attack on the bulk carrier Ocean Pearl off Yemen on Wednesday killed two crew members. Hours later, US jets carried out strikes on radar sites near the port of Hodeidah. The attack on Ocean Pearl happened at noon, the ship owner said.';
  const a = analyzeDocument({ text, published: '2024-09-18' });
  const ship = a.events.find((e) => text.slice(e.start, e.end) === 'missile attack');
  assert.ok(ship);
  assert.ok(
    (ship.more ?? []).some((m) => text.slice(m.start, m.end + 12) === 'attack on Ocean Pearl'),
    'the later reference joins the ship attack',
  );
  // The strikes keep only their own words.
  const strikes = a.events.find((e) => /strikes on/.test(text.slice(e.start, e.end)));
  assert.equal(strikes?.more?.length ?? 0, 0);
});

test('an attack told as the answer to another ("was a response to Israeli air strikes") is a second event', () => {
  const kinds = events('The group said its drone attack on the port was a response to Israeli air strikes.');
  assert.equal(kinds.length, 2, JSON.stringify(kinds));
  assert.deepEqual(
    kinds.map((e) => e.words),
    ['attack on', 'air strikes'],
  );
});

test('in "the attack was in retaliation for a strike on Y on Monday", Y and Monday are the strike\'s, not the attack\'s', () => {
  const text =
    'A rocket struck the border town of Metula on Tuesday, wounding two people. The militia said the attack was carried out in retaliation for a deadly strike on the village of Kfar Kila on Monday.';
  const a = analyzeDocument({ text, published: '2024-09-18' });
  const attacks = a.events.filter((e) => e.type === 'attack');
  assert.equal(attacks.length, 2);
  const rocket = attacks.find((e) => text.slice(e.start, e.end) === 'struck');
  assert.ok(
    rocket?.more?.some((m) => text.slice(m.start, m.end) === 'attack'),
    'the attack is the rocket strike',
  );
  assert.equal(rocket?.date?.start, '2024-09-17');
  const strike = attacks.find((e) => e !== rocket);
  assert.equal(strike?.date?.start, '2024-09-16');
  assert.equal(a.entities.find((x) => x.key === strike?.place)?.name, 'Kfar Kila');
});

test('"the partially occupied southern province" names ground held, not a capture; "briefly occupied the town" is one', () => {
  assert.deepEqual(
    events('A video showed a burnt school in a village of the partially occupied southern province.').map(
      (e) => e.type,
    ),
    [],
  );
  assert.deepEqual(
    events('Separatist units briefly occupied the town of Izium on Tuesday, the governor said.').map(
      (e) => e.type,
    ),
    ['territory-change'],
  );
});

test('a passive "had been taken" whose only ground is after "in" captures nothing: "photos said to be taken in the town of X"', () => {
  assert.deepEqual(
    events(
      'Officials said the photographs the militia said were shot in the town of Vuhledar had been taken elsewhere.',
    ).map((e) => e.type),
    [],
  );
  assert.deepEqual(
    events('The town of Vuhledar had been taken by Friday, the governor said.').map((e) => e.type),
    ['territory-change'],
  );
});

test('shelling told as a standing condition is no event: "subjected the district to constant shelling"', () => {
  assert.deepEqual(
    events(
      'The army pulled back from the river but has since subjected the whole district to constant shelling.',
    ).map((e) => e.type),
    [],
  );
});

test('deaths in a minefield, gunshots and a confrontation between two groups are attacks', () => {
  assert.deepEqual(
    events('Four rangers were killed in a minefield near the lake on Sunday.').map((e) => e.type),
    ['attack'],
  );
  assert.deepEqual(
    events('Villagers said heavy gunshots were heard near the market on Friday.').map((e) => e.type),
    ['attack'],
  );
  assert.deepEqual(
    events('There is a fierce confrontation between the two militias in the valley, the mayor said.').map(
      (e) => e.type,
    ),
    ['attack'],
  );
});

test('a plural attack noun in a sentence that names the day is an attack', () => {
  const r = analyzeDocument({
    text: 'At least 19 villagers were killed on Thursday in bombardments of two hamlets, monitors said.',
    published: '2024-05-05',
  }).events;
  assert.equal(r.length, 1);
  assert.equal(`${r[0].type}/${r[0].mode}`, 'attack/shelling');
  assert.equal(r[0].date?.start, '2024-05-02');
  // with no day named, and a cue of attacks in general, none
  assert.equal(events('Bombardments continue to kill civilians in the north.').length, 0);
});

test('"since taking the city", "captured the regional command": ground changing hands; "taking part" is not', () => {
  assert.deepEqual(
    events('The rebels have held Tarkol since taking the city in late March.').map((e) => e.type),
    ['territory-change'],
  );
  assert.deepEqual(
    events('The front said it had captured the eastern command in Tarkol on Thursday.').map((e) => e.type),
    ['territory-change'],
  );
  assert.deepEqual(
    events('The army said it was taking part in the talks.').map((e) => e.type),
    [],
  );
});

test('"a truck bomb went off", "a suicide bomber blew himself up": attacks', () => {
  assert.deepEqual(
    events('A truck bomb went off outside a hotel in Kabul on Sunday, killing nine.').map((e) => e.type),
    ['attack'],
  );
  assert.deepEqual(
    events('A suicide bomber blew himself up at a checkpoint in Mardan on Monday.').map((e) => e.type),
    ['attack'],
  );
});

test('"the air force lost a jet" is a downing', () => {
  assert.deepEqual(
    events('The air force lost a jet over the border area on Monday, the defence ministry said.').map(
      (e) => e.type,
    ),
    ['shootdown'],
  );
});

test('an attack still to come is no event: "an impending massacre", "to pre-empt an offensive"', () => {
  assert.deepEqual(events('Church leaders fear an impending massacre of the valley villages.'), []);
  assert.deepEqual(events('The generals said they moved early to pre-empt a rebel offensive.'), []);
  assert.deepEqual(
    events('Rebels launched an offensive on the valley on Monday.').map((e) => e.type),
    ['attack'],
  );
});

test('"fighting is likely to escalate": what may yet come is no event', () => {
  assert.deepEqual(events('Observers said the shelling is expected to spread to the northern suburbs.'), []);
  assert.deepEqual(
    events('The shelling spread to the northern suburbs on Monday.').map((e) => e.type),
    ['attack'],
  );
});

test('"were killed by <an armed group>": the killing named by its doers is an attack', () => {
  assert.deepEqual(
    events('Forty herders were killed by the Lord’s Resistance Army in the hills on Sunday.').map(
      (e) => e.type,
    ),
    ['attack'],
  );
});

test('ground told taken in the passive with an adverb, buildings taken, and a counter-attack', () => {
  assert.deepEqual(
    events('At least a dozen hamlets around the dam were also liberated on Sunday.').map((e) => e.type),
    ['territory-change'],
  );
  assert.deepEqual(
    events('Gunmen captured government buildings in the district capital overnight.').map((e) => e.type),
    ['territory-change'],
  );
  assert.deepEqual(events('Two fishermen were also captured on Sunday.'), []);
  assert.deepEqual(
    events('The jihadists launched a counter-attack on the garrison at dawn.').map((e) => e.type),
    ['attack'],
  );
});

test('attacks told as a habit or as what a call would end are no event; attacks on named posts are', () => {
  assert.deepEqual(events('Bandit gangs launch regular attacks on farmers across the plateau.'), []);
  assert.deepEqual(
    events('The envoy urged both armies to stop their attacks on aid convoys.').map((e) => e.type),
    ['appeal'],
  );
  assert.deepEqual(
    events('Gunmen carried out attacks on two police posts near the border on Sunday.').map((e) => e.type),
    ['attack'],
  );
});

test('"X asked Y to …" told as X\'s appeal is an appeal event; "when asked about …" and "asked that his name be withheld" are not', () => {
  assert.deepEqual(
    events('Kenya asked the Somali government to act against the militants in the border towns.').map(
      (e) => e.type,
    ),
    ['appeal'],
  );
  assert.ok(
    !events('When asked about the convoy on Monday, the governor declined to comment.').some(
      (e) => e.type === 'appeal',
    ),
  );
  assert.ok(
    !events('An aid worker, who asked that his name be withheld, said the convoy was turned back.').some(
      (e) => e.type === 'appeal',
    ),
  );
});

test('a craft lost is a downing, whatever the craft noun or type: "lost two helicopters", "lost an Su-25"', () => {
  assert.deepEqual(
    events('The army lost two helicopters near the front on Sunday.').map((e) => e.type),
    ['shootdown'],
  );
  assert.deepEqual(
    events('The air force lost an Su-25 over the valley.').map((e) => e.type),
    ['shootdown'],
  );
  assert.deepEqual(events('The rebels lost their positions near the dam.'), []);
});

test('"lost two of its fighters" are men lost, no downing; "lost two MiG-29 fighters" are planes', () => {
  for (const text of [
    'The militia said it lost two of its fighters overnight, a statement on its channel said.',
    '“We lost four fighters there and nine more were hurt,” the rebel spokesman said.',
  ])
    assert.ok(!events(text).some((e) => e.type === 'shootdown'), text);
  assert.ok(
    events('The air force lost two MiG-29 fighters near the border.').some((e) => e.type === 'shootdown'),
  );
});

test('a weapon in a unit\'s or a post\'s name is no attack: "the commander of the artillery unit said"', () => {
  assert.deepEqual(
    events(
      "Major Lin Htet, who heads the army's artillery battalion in the district, said two soldiers were hurt on Friday.",
    )
      .map((e) => e.type)
      .filter((t) => t === 'attack'),
    [],
  );
  assert.ok(
    events('Artillery pounded the outskirts of the town on Friday, killing four.').some(
      (e) => e.type === 'attack',
    ),
  );
});

test('clashes told as frequent, and deeds only sought or neared, are no events', () => {
  assert.deepEqual(
    events('Over the past year there have been frequent clashes along the disputed ridge.'),
    [],
  );
  assert.deepEqual(
    events('The militia shot dead a village elder who had sought to sign a truce with the army.').map(
      (e) => e.type,
    ),
    ['attack'],
  );
  assert.deepEqual(
    events('Loyalist troops were inching toward recapturing the old town, the colonel said.'),
    [],
  );
});

test('"thousands have been evacuated", "a plane delivering emergency supplies" are humanitarian actions', () => {
  const kinds = (text: string) =>
    analyzeDocument({ text, published: '2024-07-20' }).events.map((e) => e.type);
  assert.deepEqual(kinds('About 4,000 herders have been evacuated from the frontier zone.'), [
    'humanitarian',
  ]);
  assert.deepEqual(kinds('A UN plane delivering emergency supplies landed in Kassala.'), ['humanitarian']);
  // The wounded taken to hospital are no evacuation of civilians.
  assert.deepEqual(kinds('He was evacuated to a clinic.'), []);
  assert.deepEqual(kinds('Three guards were hurt and then were evacuated to a hospital.'), []);
});

test('"“We call on both sides to …,” X said on Monday": an appeal made in the present is an appeal', () => {
  const kinds = (text: string) =>
    analyzeDocument({ text, published: '2024-07-20' }).events.map((e) => e.type);
  assert.deepEqual(kinds('“We call on both armies to open the road,” the bishop said on Thursday.'), [
    'appeal',
  ]);
  // A plan to urge is no appeal made.
  assert.deepEqual(kinds('The envoy plans to urge both sides to talk.'), []);
});
