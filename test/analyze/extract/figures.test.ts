import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFigures, type FigureInput } from '../../../src/analyze/extract/figures.ts';
import { analyzeDocument } from '../../../src/analyze/index.ts';
import type { ClaimItem, EntityMention, FigureItem } from '../../../src/analyze/types.ts';

function figs(text: string, extra: Partial<FigureInput> = {}): FigureItem[] {
  return extractFigures({
    text,
    published: '2024-03-09',
    sentences: [{ start: 0, end: text.length }],
    entities: [],
    times: [],
    claims: [],
    ...extra,
  });
}

const brief = (f: FigureItem) => [f.measure, f.group, f.low, f.high, f.qualifier].join(' ');

test('one figure per (measure, group): "60 civilians have been killed and 270 wounded"', () => {
  const r = figs(
    'Health officials said 41 civilians have been killed and 112 wounded since the offensive began.',
  );
  assert.deepEqual(r.map(brief), ['killed civilians 41  exact', 'wounded civilians 112  exact']);
});

test('qualifiers: at least, more than, nearly, about, up to', () => {
  assert.equal(
    brief(figs('An airstrike on the market in Hodeidah killed at least 14 people.')[0]),
    'killed people 14  at-least',
  );
  assert.equal(
    brief(figs('More than 300 soldiers were wounded in the fighting near Bakhmut.')[0]),
    'wounded military 300  more-than',
  );
  assert.equal(
    brief(figs('Nearly 5,000 people have fled across the border into Chad.')[0]),
    'displaced people 5000  nearly',
  );
  assert.equal(
    brief(figs('Some 200 villagers remain missing after the raid.')[0]),
    'missing civilians 200  about',
  );
  assert.equal(
    brief(figs('Up to 40 fighters were captured, the army said.')[0]),
    'captured military 40  up-to',
  );
  assert.equal(
    brief(figs('No fewer than 9 aid workers were killed in Rafah this month.')[0]),
    'killed civilians 9  at-least',
  );
});

test('number words, ranges and vague amounts', () => {
  assert.equal(brief(figs('The shelling killed three children in Mekelle.')[0]), 'killed children 3  exact');
  assert.equal(
    brief(figs('Between 12 and 15 police officers were killed in the ambush.')[0]),
    'killed military 12 15 range',
  );
  assert.equal(
    brief(figs('Twenty-five passengers were injured when the bus was hit.')[0]),
    'wounded civilians 25  exact',
  );
  const vague = figs('Dozens of civilians were killed in the bombardment of Khartoum.')[0];
  assert.equal(brief(vague), 'killed civilians 12  at-least');
  assert.equal(vague.vague, true);
  const range = figs('Hundreds or even thousands of people were displaced by the flooding of the camps.')[0];
  assert.deepEqual([range.low, range.high, range.qualifier, range.vague], [100, 1000, 'range', true]);
  assert.equal(
    brief(figs('The strike killed 1.2 million chickens? No: it displaced 1.2 million people.').at(-1)!),
    'displaced people 1200000  exact',
  );
});

test('verbs before the number and lists that inherit the measure', () => {
  const r = figs(
    'The drone strike hit a wedding in Sagaing, killing at least 22 people, including five children, and wounding more than 40 others.',
  );
  assert.deepEqual(r.map(brief), [
    'killed people 22  at-least',
    'killed children 5  exact',
    'wounded people 40  more-than',
  ]);
});

test('equipment and buildings destroyed', () => {
  const r = figs(
    'The ministry said its forces had destroyed two tanks and four armoured vehicles near Avdiivka.',
  );
  assert.deepEqual(r.map(brief), ['destroyed equipment 2  exact', 'destroyed equipment 4  exact']);
  assert.equal(
    brief(figs('Air defences shot down 18 drones overnight.')[0]),
    'destroyed equipment 18  exact',
  );
  assert.equal(
    brief(figs('The blast destroyed or damaged about 30 residential buildings.')[0]),
    'destroyed buildings 30  about',
  );
});

test('death tolls stated as a noun phrase', () => {
  assert.equal(
    brief(figs('The death toll from the earthquake and aftershocks rose to 2,100.')[0]),
    'killed people 2100  exact',
  );
});

test('no figures from years, durations, identifiers, ages or sides', () => {
  assert.deepEqual(figs('After 11 hours of talks in 2023, the two sides agreed to a truce.'), []);
  assert.deepEqual(
    figs('A 25-year-old man was detained, the MiG-29 was grounded and the T-90 kept firing.').map(brief),
    [],
  );
  assert.deepEqual(figs('Seven districts were taken by the rebels in 2021.'), []);
});

test('historical figures are flagged and get no asOf', () => {
  const [f] = figs('The civil war, which ended in 1995, resulted in the deaths of about 100,000 people.');
  assert.equal(f.historical, true);
  assert.equal(f.asOf, null);
  const [g] = figs('At least 17 people were killed on Friday.');
  assert.equal(g.historical, undefined);
  assert.equal(g.asOf, '2024-03-09');
});

test('reporter from the claim that contains the figure, and "according to"', () => {
  const text = 'The health ministry said 31 people were killed in the strike.';
  const claim: ClaimItem = {
    start: 0,
    end: text.length,
    speaker: 'ps:ministry:health',
    kind: 'assertion',
    quote: false,
    content: { start: 25, end: text.length },
    date: '2024-03-08',
  };
  const [f] = figs(text, { claims: [claim] });
  assert.equal(f.reporter, 'ps:ministry:health');
  assert.equal(f.asOf, '2024-03-08');

  const t2 = 'Four soldiers were killed, according to the Sudanese army.';
  const army: EntityMention = {
    start: t2.indexOf('Sudanese'),
    end: t2.length - 1,
    type: 'organization',
    name: 'Sudanese army',
    key: 'sd:military',
    affiliation: 'country:SD',
  };
  const [g] = figs(t2, { entities: [army] });
  assert.equal(g.reporter, 'sd:military');
  assert.equal(g.side, 'country:SD');
});

test('period from "since <date>"', () => {
  const text = 'At least 1,500 civilians have been killed since April 15.';
  const start = text.indexOf('April');
  const [f] = figs(text, {
    times: [
      { start, end: start + 8, date: { start: '2023-04-15', end: null, time: null, precision: 'day' } },
    ],
  });
  assert.deepEqual(f.period, { start: '2023-04-15', end: null });
});

test('the mention covers the words that state the figure', () => {
  const text = 'Rescuers said the collapse of the school left 12 pupils dead.';
  const [f] = figs(text);
  assert.equal(text.slice(f.start, f.end), '12 pupils dead');
});

test('a verb right before a bare number counts people; a vague bare amount too, as vague (ACLED lows)', () => {
  assert.deepEqual(figs('The fighting has killed 705 and injured 5,287, according to the WHO.').map(brief), [
    'killed people 705  exact',
    'wounded people 5287  exact',
  ]);
  assert.equal(
    brief(figs('The war has displaced more than one million, UN figures show.')[0]),
    'displaced people 1000000  more-than',
  );
  const vague = figs('The offensive brought tanks and rockets, killing hundreds across the plain.');
  assert.deepEqual(vague.map(brief), ['killed people 100  at-least']);
  assert.equal(vague[0].vague, true);
});

test('"driven from their homes" is displacement; "members of one family" are people', () => {
  const r = figs('The war has killed hundreds of people and driven more than 1 million from their homes.');
  assert.deepEqual(r.map(brief), ['killed people 100  at-least', 'displaced people 1000000  more-than']);
  assert.equal(
    brief(figs('A drone strike hit a house, killing five members of one family.')[0]),
    'killed people 5  exact',
  );
});

test('day numbers inside dates are not counts; a stated past day is the figure’s asOf', () => {
  const text = 'Officials said 60 civilians were killed on Tuesday and 270 wounded since Sept. 27.';
  const tue = text.indexOf('on Tuesday');
  const since = text.indexOf('since');
  const r = figs(text, {
    times: [
      {
        start: tue + 3,
        end: tue + 10,
        date: { start: '2024-03-05', end: null, time: null, precision: 'day' },
      },
      {
        start: since,
        end: since + 15,
        date: { start: '2023-09-27', end: '2024-03-09', time: null, precision: 'day' },
      },
    ],
  });
  assert.deepEqual(r.map(brief), ['killed civilians 60  exact', 'wounded civilians 270  exact']);
  assert.equal(r[0].asOf, '2024-03-05');
});

test('a plural demonym counts people of that nation; a national adjective before a noun does not', () => {
  const r = figs(
    'The war has killed more than 2,000 Ukrainians, mostly civilians, and more than 90 Belarusians.',
  );
  assert.deepEqual(
    r.map((f) => `${brief(f)} ${f.side}`),
    ['killed people 2000  more-than country:ua', 'killed people 90  more-than country:by'],
  );
  assert.deepEqual(figs('Militants overran six Nigerien border posts.'), []);
  assert.deepEqual(figs('Drones killed 40 Syrian soldiers.').map(brief), ['killed military 40  exact']);
});

test('modifiers before the group noun; things hit without a group are no figure', () => {
  assert.deepEqual(figs('The brigade said it destroyed 9 armoured vehicles and 3 tanks.').map(brief), [
    'destroyed equipment 9  exact',
    'destroyed equipment 3  exact',
  ]);
  assert.deepEqual(figs('Air defences said 18 were intercepted and two hit the port.'), []);
});

test('one person by the article after a casualty verb; singular group nouns', () => {
  assert.deepEqual(
    figs('A mortar round hit the camp, killing a teacher and wounding a Nepali peacekeeper.').map(brief),
    ['killed civilians 1  exact', 'wounded military 1  exact'],
  );
  assert.deepEqual(figs('The strike on Kharkiv killed two nurses and a child.').map(brief), [
    'killed civilians 2  exact',
    'killed children 1  exact',
  ]);
  // No casualty verb before the article: nothing counted.
  assert.deepEqual(figs('A soldier stood guard outside the ruined school.'), []);
});

test('a list inside a figure takes its measure, not the next one', () => {
  assert.deepEqual(
    figs('Drone strikes killed nine civilians, including four children, and injured 21 others.').map(brief),
    ['killed civilians 9  exact', 'killed children 4  exact', 'wounded civilians 21  exact'],
  );
});

test('counts of other things, ages and partitives are no casualty figures', () => {
  assert.deepEqual(
    figs(
      'At least 6 people were hurt when about a dozen shells fell on two or three streets of Donetsk.',
    ).map(brief),
    ['wounded people 6  at-least'],
  );
  assert.deepEqual(
    figs('At least 40 people died, making it one of the bloodiest days in the region.').map(brief),
    ['killed people 40  at-least'],
  );
  assert.deepEqual(figs('Three girls aged between 9 and 14 were killed.').map(brief), [
    'killed children 3  exact',
  ]);
  assert.deepEqual(figs('Footage showed burned cars and several bodies lying in the street.'), []);
});

test('side: the reporter’s own soldiers, not the fighters it says it killed', () => {
  const army: EntityMention = {
    start: 4,
    end: 16,
    type: 'organization',
    name: 'Malian army',
    key: 'ml:military',
    affiliation: 'country:ML',
  };
  const t1 = 'The Malian army said 12 soldiers were killed in the ambush.';
  const claim = (text: string): ClaimItem => ({
    start: 0,
    end: text.length,
    speaker: 'ml:military',
    kind: 'assertion',
    quote: false,
    content: { start: 21, end: text.length },
    date: null,
  });
  assert.equal(figs(t1, { entities: [army], claims: [claim(t1)] })[0].side, 'country:ML');
  const t2 = 'The Malian army said 30 militants were killed in the raid.';
  assert.equal(figs(t2, { entities: [army], claims: [claim(t2)] })[0].side, null);
});

test('asOf: a since-clause day starts the period, the figure is as of publication', () => {
  const text = 'Officials said 380 people had died since the assault restarted on 12 January.';
  const at = text.indexOf('12 January');
  const [f] = figs(text, {
    times: [
      { start: at, end: at + 10, date: { start: '2024-01-12', end: null, time: null, precision: 'day' } },
    ],
  });
  assert.equal(f.asOf, '2024-03-09');
  assert.deepEqual(f.period, { start: '2024-01-12', end: null });
});

test('"no one was killed" is no figure; a bare count after a casualty verb before "on Sunday" is one', () => {
  assert.deepEqual(figs('A drone hit the base but no one was killed.'), []);
  assert.deepEqual(figs('The strike killed at least 9 people and wounded 30 on Sunday.').map(brief), [
    'killed people 9  at-least',
    'wounded people 30  exact',
  ]);
});

test('adverbs between count and measure; a single person heading a list; "among the dead were"', () => {
  assert.deepEqual(figs('Eleven were brutally killed in the raid.').map(brief), ['killed people 11  exact']);
  assert.deepEqual(figs('A policeman and four civilians were killed in the blast.').map(brief), [
    'killed military 1  exact',
    'killed civilians 4  exact',
  ]);
  assert.deepEqual(figs('Among the dead were 6 women and 9 children.').map(brief), [
    'killed civilians 6  exact',
    'killed children 9  exact',
  ]);
  assert.deepEqual(figs('Gunmen shot dead 22 villagers near Bankass.').map(brief), [
    'killed civilians 22  exact',
  ]);
});

test('"a worker was killed" counts one; a list word reaches back to the figure it hangs on', () => {
  assert.deepEqual(figs('Officials said a local journalist was killed near the border.').map(brief), [
    'killed civilians 1  exact',
  ]);
  assert.deepEqual(
    figs(
      'Strikes have killed at least 300 people in the south, mostly fighters but including at least 40 civilians.',
    ).map(brief),
    ['killed people 300  at-least', 'killed civilians 40  at-least'],
  );
});

test('a toll keeps its count past ", with …" and before a coordinated count of the hurt', () => {
  assert.deepEqual(
    figs(
      'The death toll is thought to be between 60 and 65, with the search for survivors still going on.',
    ).map(brief),
    ['killed people 60 65 range'],
  );
  assert.deepEqual(figs('A farmer said the death toll was "9 and four injured".').map(brief), [
    'killed people 9  exact',
    'wounded people 4  exact',
  ]);
  assert.deepEqual(figs('The agency puts the toll at 88 killed and 310 injured.').map(brief), [
    'killed people 88  exact',
    'wounded people 310  exact',
  ]);
});

test('"taken for treatment" counts the hurt; "three Somalis wounded" counts people of that nation', () => {
  assert.deepEqual(figs('At least 31 were taken for treatment at the district clinic.').map(brief), [
    'wounded people 31  at-least',
  ]);
  const r = figs('Medics said one guard was killed and three Somalis wounded.');
  assert.deepEqual(r.map(brief), ['killed military 1  exact', 'wounded people 3  exact']);
});

test('"the injuries at some 100" counts the hurt; "a death trap" counts no one', () => {
  assert.deepEqual(
    figs('The agency put the injuries at some 100 and the death toll at over 30.').map(brief),
    ['wounded people 100  about', 'killed people 30  more-than'],
  );
  assert.deepEqual(figs('Aid workers said the road had become a death trap.'), []);
});

test('"Dozens were killed or injured": the dead and the hurt counted together give no figure', () => {
  assert.deepEqual(figs('At least 40 villagers were killed or injured when the depot exploded.'), []);
  assert.deepEqual(figs('Twelve villagers were killed and six hurt.').map(brief), [
    'killed civilians 12  exact',
    'wounded civilians 6  exact',
  ]);
});

test("the toll of a deed whose responsibility a group claims is the outlet's; what the group says it did is its own", () => {
  const one = analyzeDocument({
    text: 'The Islamic State group claimed responsibility for a bombing at a market that killed 31 people.',
    published: '2019-04-02',
  });
  assert.deepEqual(
    one.figures.map((f) => [f.low, f.reporter]),
    [[31, null]],
  );
  const two = analyzeDocument({
    text: 'The Islamic State group claimed responsibility for the raid, saying its fighters killed 31 soldiers.',
    published: '2019-04-02',
  });
  assert.equal(two.figures.length, 1);
  assert.notEqual(two.figures[0].reporter, null);
});
