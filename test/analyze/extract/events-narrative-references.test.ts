import assert from 'node:assert/strict';
import { test } from 'node:test';
import { events } from './helpers/narrative-events.ts';

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

test('"Later, drones attacked …" in a paragraph of its own story tells a second attack, not the first again', () => {
  const r = events(
    'A missile struck a hospital in the port on Tuesday, officials said.\n\nThe regional governor wrote on Telegram that the missile killed six and set a ward on fire. Later, enemy drones attacked homes and killed a man, the mayor said.',
    '2025-05-07',
  );
  const attacks = r.a.events.filter((e) => e.type === 'attack');
  assert.equal(attacks.length, 2, r.list.join(', '));
  assert.equal(attacks[1].mode, 'drone');
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

test('"X\'s troops had occupied the town", told by the other side, is the capture already told, its taker disputed', () => {
  const r = events(
    'Fighters of the Allied Democratic Forces seized the border town of Kasindi on Monday. The army said in a written statement that Ugandan troops had occupied the town.',
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
