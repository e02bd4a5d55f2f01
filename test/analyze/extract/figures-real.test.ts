import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFigures } from '../../../src/analyze/extract/figures.ts';
import { analyzeDocument } from '../../../src/analyze/index.ts';
import type { EntityMention, FigureItem, TimeMention } from '../../../src/analyze/types.ts';

function figs(text: string): FigureItem[] {
  return extractFigures({
    text,
    published: '2025-02-11',
    sentences: [{ start: 0, end: text.length }],
    entities: [],
    times: [],
    claims: [],
  });
}

const brief = (f: FigureItem) => [f.measure, f.group, f.low, f.qualifier].join(' ');
const all = (text: string) => figs(text).map(brief);

test('a bare number with "left injured" / "left dead"', () => {
  assert.deepEqual(all('At least 14 have been left injured after drones hit a market in Kherson.'), [
    'wounded people 14 at-least',
  ]);
  assert.deepEqual(all('A shell that landed near the clinic in Goma left three dead.'), [
    'killed people 3 exact',
  ]);
});

test('a list of groups coordinated before one verb: every part gets the measure', () => {
  assert.deepEqual(
    all('Investigators said 40 men, 9 women and 6 children were summarily executed in the camp.'),
    ['killed people 40 exact', 'killed civilians 9 exact', 'killed children 6 exact'],
  );
});

test('a place name between the group and its verb', () => {
  assert.deepEqual(
    all('At least 60 civilians in the Central African Republic were killed by militias in May.'),
    ['killed civilians 60 at-least'],
  );
});

test('a part of a list takes the measure of the figure it hangs on, not an earlier verb', () => {
  assert.deepEqual(
    all(
      'Local media said 30 people, including 12 children, were killed and 45 others, including 20 children, were wounded.',
    ),
    [
      'killed people 30 exact',
      'killed children 12 exact',
      'wounded people 45 exact',
      'wounded children 20 exact',
    ],
  );
});

test('"others" counts the same things as the nearest figure before it', () => {
  assert.deepEqual(
    all('The army said troops killed 12 insurgents, destroying four pickup trucks and seizing two others.'),
    ['killed military 12 exact', 'destroyed equipment 4 exact', 'captured equipment 2 exact'],
  );
});

test('"among those 15 killed" restates a count; "how many" is a question', () => {
  assert.deepEqual(
    all('Five commandos and three policemen are among those 20 killed in the ambush near Kidal.'),
    ['killed military 5 exact', 'killed military 3 exact'],
  );
  assert.deepEqual(all('The militia would not say how many people died in Tigray.'), []);
});

test('"killed and wounded 250" is one count of both: neither measure', () => {
  assert.deepEqual(all('Medics said the shelling killed and injured about 300 people in Sanaa.'), []);
  assert.deepEqual(all('The strike destroyed or damaged about 20 houses in Rafah.'), [
    'destroyed buildings 20 about',
  ]);
});

test('one death or one casualty named by a singular role noun', () => {
  assert.deepEqual(all('The ministry reported another death in Nabatieh from a strike on Friday.'), [
    'killed people 1 exact',
  ]);
  assert.deepEqual(all('The garrison commander was seriously injured when the convoy hit a mine.'), [
    'wounded military 1 exact',
  ]);
  assert.deepEqual(all('The death toll rose to 30.'), ['killed people 30 exact']);
  assert.deepEqual(all('A death sentence was handed down in Yangon.'), []);
  assert.deepEqual(all('The commanders were briefed in Juba.'), []);
});

test('buildings demolished', () => {
  assert.deepEqual(all('The air raids demolished two training centres of the group near Marib.'), [
    'destroyed buildings 2 exact',
  ]);
});

/** An organization mention over the first occurrence of `name` in `text`. */
function org(text: string, name: string): EntityMention {
  const start = text.indexOf(name);
  return { start, end: start + name.length, type: 'organization', name, key: `org:${name.toLowerCase()}` };
}

function withSource(text: string, name: string, times: TimeMention[] = []): FigureItem[] {
  return extractFigures({
    text,
    published: '2025-02-11',
    sentences: [{ start: 0, end: text.length }],
    entities: [org(text, name)],
    times,
    claims: [],
  });
}

test('no claim holds the figure: the source that opens the sentence with a reporting verb reports it', () => {
  const t =
    'The regional command said troops repelled an assault on the town, killing 14 fighters and seizing two trucks.';
  assert.deepEqual(
    withSource(t, 'regional command').map((f) => f.reporter),
    ['org:regional command', 'org:regional command'],
  );
  const u = 'The interior ministry published a new toll on Monday, showing 48 more deaths in two days.';
  assert.deepEqual(
    withSource(u, 'interior ministry').map((f) => f.reporter),
    ['org:interior ministry'],
  );
  // a source that is not the subject of a reporting verb reports nothing
  const v = 'Gunmen attacked the offices of the relief agency, killing 14 guards.';
  assert.deepEqual(
    withSource(v, 'relief agency').map((f) => f.reporter),
    [null],
  );
});

test('no claim holds the figure: a trailing ", denounces X." or ", X reported." reports it', () => {
  const t = 'Soldiers executed 40 villagers near Mopti last month, denounces Amnesty International.';
  assert.deepEqual(
    withSource(t, 'Amnesty International').map((f) => f.reporter),
    ['org:amnesty international'],
  );
  const u =
    'A drone hit a minibus near Kharkiv, killing four passengers, the regional administration reported.';
  assert.deepEqual(
    withSource(u, 'regional administration').map((f) => f.reporter),
    ['org:regional administration'],
  );
  const v = 'A drone hit a minibus, killing four passengers, near the office of the regional administration.';
  assert.deepEqual(
    withSource(v, 'regional administration').map((f) => f.reporter),
    [null],
  );
});

test('asOf: a day in a relative clause about the attack is not the day of the figure', () => {
  const t = 'Officials said 70 villagers were killed in the raid, which took place on 3 February.';
  const at = t.indexOf('3 February');
  const time: TimeMention = {
    start: at,
    end: at + '3 February'.length,
    date: { start: '2025-02-03', end: null, time: null, precision: 'day' },
  } as TimeMention;
  assert.equal(withSource(t, 'Officials', [time])[0].asOf, '2025-02-11');
  const u = 'Officials said 70 villagers were killed on 3 February.';
  const at2 = u.indexOf('3 February');
  const time2 = { ...time, start: at2, end: at2 + '3 February'.length } as TimeMention;
  assert.equal(withSource(u, 'Officials', [time2])[0].asOf, '2025-02-03');
});

test('"of them" counts the things named last, in this sentence or the one before', () => {
  const text =
    'The overnight barrage included 35 drones and cruise missiles. The air force said it downed 29 of them.';
  const cut = text.indexOf(' The air force') + 1;
  const r = extractFigures({
    text,
    published: '2025-02-11',
    sentences: [
      { start: 0, end: cut - 1 },
      { start: cut, end: text.length },
    ],
    entities: [],
    times: [],
    claims: [],
  });
  assert.deepEqual(r.map(brief), ['destroyed equipment 29 exact']);
  // people stay people: no destroyed figure
  assert.deepEqual(all('Gunmen stopped the bus and shot dead 4 of them.'), ['killed people 4 exact']);
});

test('taken to a named hospital counts the wounded; "took" captures only things or hostages', () => {
  assert.deepEqual(all('Medics said 38 people had been taken to the nearby Al-Amal hospital.'), [
    'wounded people 38 exact',
  ]);
  assert.deepEqual(all('"We took three armoured cars from them," the rebel spokesman said.'), [
    'captured equipment 3 exact',
  ]);
  // carried, not captured
  assert.deepEqual(all('Ambulances took 12 soldiers to hospital in Bamako.'), []);
  assert.deepEqual(all('The gunmen took 25 villagers hostage near Zamfara.'), [
    'captured civilians 25 exact',
  ]);
  assert.deepEqual(all('The offensive took three weeks.'), []);
});

test('several "according to" in one sentence: each figure takes the source after it', () => {
  const t =
    'Fighting has killed 640 people, according to the health ministry, and displaced 90,000, according to the IOM.';
  const r = extractFigures({
    text: t,
    published: '2025-02-11',
    sentences: [{ start: 0, end: t.length }],
    entities: [org(t, 'health ministry'), org(t, 'IOM')],
    times: [],
    claims: [],
  });
  assert.deepEqual(
    r.map((f) => `${f.measure} ${f.reporter}`),
    ['killed org:health ministry', 'displaced org:iom'],
  );
});

test('asOf: "said on Tuesday that …" and a day that opens the sentence', () => {
  const day = (text: string, phrase: string, date: string): TimeMention =>
    ({
      start: text.indexOf(phrase),
      end: text.indexOf(phrase) + phrase.length,
      date: { start: date, end: null, time: null, precision: 'day' },
    }) as TimeMention;
  // The whole pipeline: the claim carries the day it was said, and its figures that day.
  const t = 'The health ministry said on Sunday that 52 people had died in the raids.';
  const r = analyzeDocument({ text: t, published: '2025-02-11' });
  assert.equal(r.claims[0]?.date, '2025-02-09');
  assert.equal(r.figures[0]?.asOf, '2025-02-09');
  const u = 'On Sunday a drone hit a minibus near Sumy, killing nine passengers.';
  assert.equal(withSource(u, 'minibus', [day(u, 'On Sunday', '2025-02-09')])[0].asOf, '2025-02-09');
  const w = "A drone hit a minibus near Sumy, killing nine passengers, raising Sunday's toll to 20.";
  assert.equal(withSource(w, 'minibus', [day(w, 'Sunday', '2025-02-09')])[0].asOf, '2025-02-11');
  const v = 'A drone hit a minibus near Sumy, killing nine passengers, the first such attack since Sunday.';
  assert.equal(withSource(v, 'minibus', [day(v, 'Sunday', '2025-02-09')])[0].asOf, '2025-02-11');
});

test('bodies recovered are the dead; "neutralised" armed men are killed; torched houses are destroyed', () => {
  assert.deepEqual(all('Rescuers said 72 bodies had been pulled from the rubble in Khan Younis.'), [
    'killed people 72 exact',
  ]);
  assert.deepEqual(all('Footage showed many bodies lying in the road.'), []);
  assert.deepEqual(all('The army said it had neutralised 45 terrorists near the border with Niger.'), [
    'killed military 45 exact',
  ]);
  assert.deepEqual(all('Air defences neutralised 12 drones over the region.'), [
    'destroyed equipment 12 exact',
  ]);
  assert.deepEqual(all('Militiamen torched 120 houses in the village of Tawila.'), [
    'destroyed buildings 120 exact',
  ]);
});

test('"lost N": men lost are killed, machines lost are destroyed; "the number of injured"', () => {
  assert.deepEqual(all('The brigade said it lost 14 soldiers and 3 tanks near Pokrovsk.'), [
    'killed military 14 exact',
    'destroyed equipment 3 exact',
  ]);
  assert.deepEqual(all('The club lost 3 matches in Lagos.'), []);
  assert.deepEqual(all('The number of injured rose to 230 on Tuesday.'), ['wounded people 230 exact']);
  assert.deepEqual(all('The number of dead in Derna climbed to 112.'), ['killed people 112 exact']);
});

test('running totals, "more" before a group noun, drownings and "among those killed"', () => {
  assert.deepEqual(
    all('Officials said 4 people were killed, bringing the total since the war began to 3,400.'),
    ['killed people 4 exact', 'killed people 3400 exact'],
  );
  assert.deepEqual(all('Two more soldiers died of their wounds.'), ['killed military 2 exact']);
  assert.deepEqual(all('Nineteen migrants drowned when the boat capsized off Libya.'), [
    'killed civilians 19 exact',
  ]);
  assert.deepEqual(all('A 15-year-old boy was among those killed in Jenin.'), ['killed children 1 exact']);
  assert.deepEqual(all('A total of 1,200 homes were destroyed in Khartoum.'), [
    'destroyed buildings 1200 exact',
  ]);
});

test('a verb of its own ends a list; "31 of 34 drones" counts 31; quoted group nouns', () => {
  assert.deepEqual(all('Troops killed 35 bandits and rescued 20 hostages in Katsina.'), [
    'killed military 35 exact',
  ]);
  assert.deepEqual(all('Israeli strikes killed 13 people in Gaza and 4 in the West Bank.'), [
    'killed people 13 exact',
    'killed people 4 exact',
  ]);
  assert.deepEqual(all('More than 3,000 people have been killed, including 40 in the past day.'), [
    'killed people 3000 more-than',
    'killed people 40 exact',
  ]);
  assert.deepEqual(all('Air defences shot down 31 of 34 drones launched overnight.'), [
    'destroyed equipment 31 exact',
  ]);
  assert.deepEqual(all('The junta said 35 "terrorists" were killed near Sagaing.'), [
    'killed military 35 exact',
  ]);
});

test('"N dead and M injured", "claimed N lives", martyrdom, and a verb of its own before the next count', () => {
  assert.deepEqual(all('The car bomb left 11 dead and 20 injured in Mogadishu.'), [
    'killed people 11 exact',
    'wounded people 20 exact',
  ]);
  assert.deepEqual(all('The fighting has claimed more than 500 lives since April.'), [
    'killed people 500 more-than',
  ]);
  assert.deepEqual(all('Four Palestinians were martyred and 20 others injured in Jenin.'), [
    'killed people 4 exact',
    'wounded people 20 exact',
  ]);
  assert.deepEqual(all('Five miners were trapped and 20 others injured after the shelling.'), [
    'wounded civilians 20 exact',
  ]);
});

test('troops sent are not displaced; prisoners released are not captured', () => {
  assert.deepEqual(all('The army sent 500 soldiers to the border with Chad.'), []);
  assert.deepEqual(
    all('The war has driven more than 1 million from their homes and sent 300,000 fleeing abroad.'),
    ['displaced people 1000000 more-than', 'displaced people 300000 exact'],
  );
  assert.deepEqual(all('Israel released 39 Palestinian prisoners on Friday.'), []);
  assert.deepEqual(all('Police arrested 14 protesters in Nairobi.'), ['captured civilians 14 exact']);
});

test('numbers: half a million, two dozen, 1.5m, a couple of, a single — one figure each', () => {
  assert.deepEqual(all('Half a million people have fled Rakhine.'), ['displaced people 500000 exact']);
  assert.deepEqual(all('Some two dozen soldiers were killed near Bakhmut.'), ['killed military 24 about']);
  assert.deepEqual(all('The war has displaced 1.5m people.'), ['displaced people 1500000 exact']);
  assert.deepEqual(all('A dozen civilians were killed in Darfur.'), ['killed civilians 12 exact']);
  assert.deepEqual(all('A couple of soldiers were wounded in Rafah.'), ['wounded military 2 exact']);
  assert.deepEqual(all('A single civilian was killed in the raid.'), ['killed civilians 1 exact']);
  assert.deepEqual(all('The raid killed a soldier and two civilians.'), [
    'killed military 1 exact',
    'killed civilians 2 exact',
  ]);
  assert.deepEqual(all('The contract is worth 5m dollars.'), []);
});

test('every sentence is read: teens and tens spelled out, reservists', () => {
  assert.deepEqual(all('Fifteen people have died from their injuries in Mekelle.'), [
    'killed people 15 exact',
  ]);
  assert.deepEqual(all('Seventy villagers were abducted in Zamfara.'), ['captured civilians 70 exact']);
  assert.deepEqual(all('Militiamen killed 200 ethnic Hazaras and 9 monks in the valley.'), [
    'killed people 200 exact',
    'killed civilians 9 exact',
  ]);
  assert.deepEqual(all('Two reservists were seriously wounded and 5 others lightly hurt.'), [
    'wounded military 2 exact',
    'wounded military 5 exact',
  ]);
});

test('ground taken is no capture; police stations set on fire are buildings', () => {
  assert.deepEqual(all('The rebels seized 2 towns and 14 villages in North Kivu.'), []);
  assert.deepEqual(all('Protesters set fire to 3 police stations in Dhaka.'), [
    'destroyed buildings 3 exact',
  ]);
});

test('a source that denies gives no toll', () => {
  const t = 'The regional command denied shelling the market in Kharkiv, which killed 12 shoppers.';
  assert.deepEqual(
    withSource(t, 'regional command').map((f) => f.reporter),
    [null],
  );
});

test('"fewer than" and "less than" give an upper bound', () => {
  assert.deepEqual(all('Fewer than 10 soldiers were wounded in the raid on Kidal.'), [
    'wounded military 10 up-to',
  ]);
  assert.deepEqual(all('No less than 40 civilians were killed in Beni.'), ['killed civilians 40 at-least']);
});

test('a toll that "has risen to" a number across a long subject', () => {
  assert.deepEqual(
    all(
      'The death toll from a drone attack on a crowded bus station in the northern city of Kaduna has risen to 27.',
    ),
    ['killed people 27 exact'],
  );
});

test('"95 people, of whom 9 were pronounced dead": the part has its own measure, the whole none', () => {
  assert.deepEqual(all('The clinic received 95 people, of whom 9 were pronounced dead within hours.'), [
    'killed people 9 exact',
  ]);
});

/** Figures of one sentence in which the entity layer named one armed group. */
function withGroup(text: string, name: string): string[] {
  const at = text.indexOf(name);
  const group = {
    start: at,
    end: at + name.length,
    type: 'group',
    key: `group:${name.toLowerCase()}`,
    name,
  } as EntityMention;
  return extractFigures({
    text,
    published: '2025-02-11',
    sentences: [{ start: 0, end: text.length }],
    entities: [group],
    times: [],
    claims: [],
  }).map(brief);
}

test('an armed group’s name counts its fighters: "200 Taliban were killed"', () => {
  assert.deepEqual(
    withGroup(
      'Officials said more than 200 Taliban and allied fighters were killed in the clashes.',
      'Taliban',
    ),
    ['killed military 200 more-than'],
  );
});

test('a demonym before an armed group’s name still counts fighters: "14 Yemeni Houthis were wounded"', () => {
  assert.deepEqual(withGroup('The coalition said 14 Yemeni Houthis were wounded near the port.', 'Houthis'), [
    'wounded military 14 exact',
  ]);
});

test('a sentence that goes on with the count ("… were also killed") keeps the reporter of the one before', () => {
  const text = [
    'The monitor said that since the clashes erupted on Sunday, 52 fighters were killed.',
    '31 civilians were also killed, while 90 soldiers were also killed.',
    'Three people were killed in a separate blast in the capital.',
  ].join('\n\n');
  const a = analyzeDocument({ text, published: '2025-02-11' });
  const by = a.figures.map((f) => `${f.low} ${f.reporter ?? 'outlet'}`);
  const monitor = a.figures[0]?.reporter;
  assert.ok(monitor, JSON.stringify(by));
  assert.deepEqual(by, [`52 ${monitor}`, `31 ${monitor}`, `90 ${monitor}`, '3 outlet']);
});

test('a sentence that breaks the count down keeps its reporter: "The dead include …", "among the wounded", "Of the 90, …"', () => {
  for (const [said, part] of [
    [
      'The provincial health office said 61 people were killed in the raid.',
      'The dead include 24 women and 9 children.',
    ],
    [
      'The navy said a missile struck the ferry, wounding 30 passengers.',
      'Four crew members were among the wounded.',
    ],
    [
      'A surgeon, Lena Obi, said 90 wounded patients were brought in overnight.',
      'Of the 90, 17 died later in hospital.',
    ],
  ]) {
    const text = `${said} ${part}\n\nEight people died in an unrelated flood further south.`;
    const a = analyzeDocument({ text, published: '2025-02-11' });
    const first = a.figures[0]?.reporter;
    assert.ok(first, text);
    const inPart = a.figures.filter(
      (f) => f.start >= text.indexOf(part) && f.end <= text.indexOf(part) + part.length,
    );
    assert.ok(inPart.length > 0, part);
    for (const f of inPart) assert.equal(f.reporter, first, part);
    assert.equal(a.figures[a.figures.length - 1].reporter, null);
  }
});

test('"further" of place does not go on with the count before: "… died in a flood further south"', () => {
  const text = 'The army said 12 soldiers died in the ambush. Eight people drowned in a flood further south.';
  const a = analyzeDocument({ text, published: '2025-02-11' });
  assert.ok(a.figures[0]?.reporter);
  assert.equal(a.figures.find((f) => f.low === 8)?.reporter, null);
});
