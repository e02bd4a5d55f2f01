import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFigures } from '../../../src/analyze/extract/figures.ts';
import type { FigureItem } from '../../../src/analyze/types.ts';

function figs(text: string): FigureItem[] {
  return extractFigures({
    text,
    published: '2024-10-02',
    sentences: [{ start: 0, end: text.length }],
    entities: [],
    times: [],
    claims: [],
  });
}

const brief = (f: FigureItem) => [f.measure, f.group, f.low].join(' ');

test('the count on those who kill is no toll: "Three militiamen shot dead a shopkeeper"', () => {
  const r = figs('Three militiamen shot dead a shopkeeper outside the mosque in Beledweyne.');
  assert.ok(!r.some((f) => f.low === 3), r.map(brief).join('; '));
  const s = figs('Two riot policemen killed a protester near the parliament.');
  assert.ok(!r.concat(s).some((f) => f.low === 2 || f.low === 3));
});

test('the same words with the killed as subject still count: "Three soldiers shot dead at a roadblock"', () => {
  assert.deepEqual(figs('Three soldiers shot dead at a roadblock were buried in Gao.').map(brief), [
    'killed military 3',
  ]);
});

test('the last of a list of people named one by one is no count of one', () => {
  const r = figs('A district governor, his bodyguard and a driver were killed when the mine exploded.');
  assert.deepEqual(r, []);
});

test('a second number with its noun left out takes the first one\'s: "14 deaths in A and 9 in B"', () => {
  const r = figs('The raids caused 14 deaths in Hamdan and 9 in Sabha, the ministry said.');
  assert.deepEqual(r.map(brief), ['killed people 14', 'killed people 9']);
});

test('a plural noun the lexicon lacks, in quotation marks, counts people: four "infiltrators" killed', () => {
  const r = figs('The border guard said that four “infiltrators” had been killed overnight.');
  assert.deepEqual(r.map(brief), ['killed people 4']);
});

test('"several" and "many" are no count; "dozens" still is, as a vague one', () => {
  assert.deepEqual(
    figs('The shelling killed four farmers and wounded several others near the river.').map(brief),
    ['killed civilians 4'],
  );
  assert.deepEqual(figs('Many were hurt when the roof of the market fell in after the blast.'), []);
  const dozens = figs('Dozens were hurt when the roof of the market fell in after the blast.');
  assert.equal(dozens.length, 1);
  assert.equal(dozens[0].vague, true);
});

test('a toll revised "from 30 to 41" gives the old and the new count, not a range', () => {
  const r = figs('The death toll in the camp rose from 30 to 41 on Sunday, medics said.');
  assert.deepEqual(
    r.map((f) => [f.low, f.high, f.qualifier]),
    [
      [30, null, 'exact'],
      [41, null, 'exact'],
    ],
  );
  // Without a verb of change, "from 12 to 15" is still a range.
  const range = figs('From 12 to 15 troops died at the checkpoint, the army said.');
  assert.deepEqual(
    range.map((f) => [f.low, f.high, f.qualifier]),
    [[12, 15, 'range']],
  );
});

test('"a second woman was killed" and "another man was hurt" each count one; "another 14 people" counts 14', () => {
  const r = figs(
    'A fisherman died when the boat was hit, and a second fisherman was killed as he swam to shore. Another man was hurt. During the raid another 14 people were injured.',
  );
  assert.deepEqual(
    r.map((f) => [f.measure, f.low]),
    [
      ['killed', 1],
      ['killed', 1],
      ['wounded', 1],
      ['wounded', 14],
    ],
  );
});

test('"members of the militia" are fighters; "members of the family" are not', () => {
  const groups = figs(
    'Two members of a Russia-backed militia were killed near the dam. Six members of the family were killed in the same raid.',
  ).map((f) => f.group);
  assert.deepEqual(groups, ['military', 'people']);
});

test("a relative clause after the count: its own passive or the main clause's verb gives the measure", () => {
  const r = figs(
    'Police said 40 raiders who stormed the depot were killed. Eight guards who were wounded in the raid are in hospital. Nine gunmen who had wounded three guards were arrested.',
  );
  assert.deepEqual(
    r.map((f) => [f.measure, f.low]),
    [
      ['killed', 40],
      ['wounded', 8],
      ['captured', 9],
      ['wounded', 3],
    ],
  );
});

test('"held 150 passengers hostage" counts the hostages, not the dead of the main clause', () => {
  const r = figs('The pirates who held 150 passengers hostage on the ferry were all killed by marines.');
  assert.deepEqual(
    r.map((f) => [f.measure, f.low]),
    [['captured', 150]],
  );
});

test('"14 civilians, including a boy, and one policeman were killed": the count before the list is killed too', () => {
  const r = figs(
    'The governor said 14 villagers, including a girl, and one gendarme were killed in the raid.',
  );
  assert.deepEqual(
    r.map((f) => [f.measure, f.group, f.low]),
    [
      ['killed', 'civilians', 14],
      ['killed', 'military', 1],
    ],
  );
});

test('"…, and 20 hostages were freed": a count with a verb of its own takes no casualty measure from before', () => {
  const r = figs('Commandos killed 12 gunmen, and 31 hostages were freed.');
  assert.deepEqual(
    r.map((f) => [f.measure, f.low]),
    [['killed', 12]],
  );
});

test('"28 Maoists", "the bodies of 14 Islamists": followers of an armed creed count as fighters', () => {
  const r = figs('Police said 19 Naxalites were killed, and troops recovered the bodies of 14 Islamists.');
  assert.deepEqual(
    r.map((f) => [f.measure, f.group, f.low]),
    [
      ['killed', 'military', 19],
      ['killed', 'military', 14],
    ],
  );
});

test('"recovered a body", "the body of a young man" count one dead; "a body of evidence" counts nothing', () => {
  const r = figs(
    'Divers recovered a body from the river. The clinic received the body of a young shepherd. A body of evidence points to the militia.',
  );
  assert.deepEqual(
    r.map((f) => [f.measure, f.low]),
    [
      ['killed', 1],
      ['killed', 1],
    ],
  );
});

test('an apposition between the count and its passive: "4,200 refugees, the great majority of them women, have been killed"', () => {
  const r = figs(
    'Some 4,200 refugees, the great majority of them women and girls, have been killed since the siege.',
  );
  assert.deepEqual(
    r.map((f) => [f.measure, f.low]),
    [['killed', 4200]],
  );
  // With no passive after the apposition, the verb after it is no measure of the count before.
  const s = figs('The raiders shot two herders, among them a boy, and wounded four others.');
  assert.ok(!s.some((f) => f.measure === 'wounded' && f.low === 2), s.map(brief).join('; '));
});

test('"36 reported injuries", "20 confirmed deaths": an adjective of record before the noun of harm', () => {
  const r = figs('Medics logged 36 reported injuries and at least 20 confirmed deaths after the shelling.');
  assert.deepEqual(
    r.map((f) => [f.measure, f.low, f.qualifier]),
    [
      ['wounded', 36, 'exact'],
      ['killed', 20, 'at-least'],
    ],
  );
  assert.deepEqual(figs('Clinics saw 40 new cases of cholera.'), []);
});

test('a quotation opening between the verb and its count: killed “six pupils and wounded 14”', () => {
  const r = figs('The shell hit the school and killed “six pupils and wounded 14,” the governor said.');
  assert.deepEqual(
    r.map((f) => [f.measure, f.low]),
    [
      ['killed', 6],
      ['wounded', 14],
    ],
  );
});

test('a relative clause between commas: "three guards, who were escorting the convoy, were killed"', () => {
  const r = figs('Officials said three guards, who were escorting the aid convoy north, were killed.');
  assert.deepEqual(
    r.map((f) => [f.measure, f.low]),
    [['killed', 3]],
  );
});

test('digits that end a capitalised name are a model, not a count: "a Beech King Air 350 aircraft"', () => {
  assert.deepEqual(figs('The missile destroyed a Beech King Air 350 aircraft on the runway.'), []);
  // A count after a weekday is still a count.
  assert.equal(figs('On Sunday 14 soldiers were killed near the dam.').length, 1);
});

test('a count of attacks is no toll: "two rebel raids killed 30 herders", "three separate ambushes killed nine"', () => {
  assert.deepEqual(figs('Two rebel raids killed 30 herders near the lake.').map(brief), [
    'killed civilians 30',
  ]);
  assert.deepEqual(figs('Three separate ambushes killed nine policemen.').map(brief), ['killed military 9']);
});

test('"a shelter for displaced families, two medics said": a measure that only qualifies a noun counts no one', () => {
  assert.deepEqual(figs('The missile struck a shelter for displaced families, two medics said.'), []);
});

test('weapons that hit count nothing destroyed, and "damaged" is not "destroyed"', () => {
  assert.deepEqual(figs('Two shells also hit the grain silo near the port on Monday.'), []);
  assert.deepEqual(figs('The army said three of its rockets had hit the depot.'), []);
  assert.deepEqual(figs('Four schools were damaged by the blast.'), []);
  assert.deepEqual(figs('Gunboats struck two fuel barges.'), []);
  assert.deepEqual(figs('The shelling destroyed or damaged about 30 homes.').map(brief), [
    'destroyed buildings 30',
  ]);
});

test('close alternatives are a range: "14 or 15 people", "two or three soldiers"', () => {
  const r = figs('Medics spoke of 14 or 15 people killed, and two or three soldiers were wounded.');
  assert.deepEqual(
    r.map((f) => [f.measure, f.low, f.high, f.qualifier]),
    [
      ['killed', 14, 15, 'range'],
      ['wounded', 2, 3, 'range'],
    ],
  );
});

test('victims named as locals, inmates, the displaced and officials are counted', () => {
  assert.deepEqual(figs('Soldiers shot dead 14 locals near the ferry.').map(brief), ['killed civilians 14']);
  assert.deepEqual(figs('The shell hit the jail, killing at least 9 inmates.').map(brief), [
    'killed civilians 9',
  ]);
  assert.deepEqual(figs('The strike had killed three senior security officials.').map(brief), [
    'killed people 3',
  ]);
});

test('a count taken up by "who were killed" and one who "remained missing"', () => {
  assert.deepEqual(figs('Four girls were among 17 IDPs who were killed when shells fell.').map(brief), [
    'killed children 4',
    'killed civilians 17',
  ]);
  assert.deepEqual(figs('Rescuers found 12 bodies, and six remained missing on Sunday.').map(brief), [
    'killed people 12',
    'missing people 6',
  ]);
});

test('"Nine guards and a trader died": the article after a counted group counts one of another group', () => {
  assert.deepEqual(figs('Nine border guards and a trader died in the ambush.').map(brief), [
    'killed military 9',
    'killed civilians 1',
  ]);
  // One group told in two parts stays the count given, and a list of people is no count.
  assert.deepEqual(figs('Three soldiers and a policeman were wounded.').map(brief), ['wounded military 3']);
  assert.deepEqual(figs('A mayor, her aide and a bodyguard died.').map(brief), []);
});

test('"thirty three" without its hyphen is one number; evacuations count the displaced', () => {
  assert.deepEqual(figs('Forty two others were wounded in the blast.').map(brief), ['wounded people 42']);
  assert.deepEqual(figs('The navy began evacuating 3,500 civilians from the islands.').map(brief), [
    'displaced civilians 3500',
  ]);
});

test('"evacuated 12 wounded people" counts the wounded, not the displaced', () => {
  assert.deepEqual(figs('Medics evacuated 12 wounded people to the hospital.').map(brief), [
    'wounded people 12',
  ]);
});

test('"killing 63-year-old villager X" counts one; a plural after the age does not', () => {
  assert.deepEqual(figs('The shell hit a barn, killing 71-year-old farmer Ivo Marek.').map(brief), [
    'killed civilians 1',
  ]);
  assert.deepEqual(figs('Gunmen killed 12-year-old pupils.').map(brief), []);
});

test('a nation’s people counted before a day: "five Iraqis Sunday morning", "40 Chadians Monday"', () => {
  assert.deepEqual(figs('Soldiers killed five Iraqis Sunday morning near the crossing.').map(brief), [
    'killed people 5',
  ]);
  assert.deepEqual(figs('Gunmen killed 40 Malians Monday in a raid.').map(brief), ['killed people 40']);
  assert.deepEqual(figs('Bandits killed 12 Sudanese Friday.').map(brief), ['killed people 12']);
});

test('counts followed by "it said were killed" and "it said were wounded" each take their own passive', () => {
  assert.deepEqual(
    figs(
      'The union released the names of 21 villagers it said were killed and four more it said were wounded.',
    ).map(brief),
    ['killed civilians 21', 'wounded people 4'],
  );
});

test('a count after a noun of killing is counted: "the massacre of", "the killings of", "the murder of"', () => {
  const r = figs(
    'Villagers mourned the massacre of 14 herders near the river. Rights groups condemned the killings of three teachers in the east, and the murder of two nurses.',
  );
  assert.deepEqual(r.map(brief), ['killed civilians 14', 'killed civilians 3', 'killed civilians 2']);
});

test('the count of an unknown subject that killed others is no count of the dead: "Two car bombers killed 19 shoppers"', () => {
  assert.deepEqual(figs('Two car bombers killed 19 shoppers at the bus station.').map(brief), [
    'killed civilians 19',
  ]);
});

test('a count reaches its verb past a unit named with "with" or "of": "9 troops with the Joint Force in X died"', () => {
  assert.deepEqual(
    figs('Officials said 9 troops with the Joint Task Force in Borno died in the ambush.').map(brief),
    ['killed military 9'],
  );
});

test('beheading kills: "were beheaded", "beheaded 11 villagers"', () => {
  assert.deepEqual(
    figs(
      'More than 20 farmers were beheaded near the river. The insurgents beheaded 11 villagers in a second raid.',
    ).map(brief),
    ['killed civilians 20', 'killed civilians 11'],
  );
});

test('gang members, hitmen and criminals are armed men counted: "troops shot dead six suspected criminals"', () => {
  assert.deepEqual(
    figs(
      'Troops shot dead six suspected criminals near the port. Police said 11 gang members were killed in the raid.',
    ).map(brief),
    ['killed military 6', 'killed military 11'],
  );
});

test('a bare count and a place after "and" takes the measure of the count before it: "… and six in Tumbes"', () => {
  assert.deepEqual(
    figs('At least 21 inmates died at the old jail in the south and six in Tumbes.').map(brief),
    ['killed civilians 21', 'killed civilians 6'],
  );
});

test('a toll raised to a number named before it: "bringing to at least 45 the death toll"', () => {
  const r = figs(
    'A mortar round killed two more fishermen, bringing to at least 45 the death toll of the week.',
  );
  assert.ok(
    r.some((f) => f.measure === 'killed' && f.low === 45 && f.qualifier === 'at-least'),
    r.map(brief).join('; '),
  );
  const s = figs('The ambush brought to 23 the number of guards wounded since June.');
  assert.ok(
    s.some((f) => f.measure === 'wounded' && f.low === 23),
    s.map(brief).join('; '),
  );
});

test('a participle of killing before the count: "gunning down 19", "executing 40", "shooting dead seven"', () => {
  assert.deepEqual(
    figs('Insurgents overran the outpost, gunning down 19 villagers who tried to flee.').map(brief),
    ['killed civilians 19'],
  );
  assert.deepEqual(
    figs('The guerrillas stormed the barracks, executing 40 policemen, the ministry said.').map(brief),
    ['killed military 40'],
  );
  assert.deepEqual(figs('Gunmen opened fire on the minibus, shooting dead seven passengers.').map(brief), [
    'killed civilians 7',
  ]);
});

test('"more than 200 could be dead" is a toll; "hundreds of trucks were fleeing" displaces no one', () => {
  assert.deepEqual(figs('Provincial officials said more than 200 could be dead in the valley.').map(brief), [
    'killed people 200',
  ]);
  assert.deepEqual(figs('Hundreds of trucks loaded with furniture were fleeing the town.').map(brief), []);
});

test('"adults" count people: "40 adults and children had died"', () => {
  assert.deepEqual(figs('Rescuers said 40 adults and children had died in the basement.').map(brief), [
    'killed people 40',
  ]);
});

test('a type\'s number is no count: "lost a MiG 21 jet", "fired BM 21 rockets"', () => {
  assert.deepEqual(figs('Their squadron lost a MiG 21 jet over the hills.').map(brief), []);
  assert.deepEqual(figs('The rebels fired BM 21 rockets at the town.').map(brief), []);
  assert.deepEqual(figs('The raid destroyed 21 jets at the base.').map(brief), ['destroyed equipment 21']);
});

test('those who speak are no count: "one senior medic estimated a toll as high as 900"', () => {
  const r = figs('One local medic put the death toll as high as 900 since the siege began.');
  assert.deepEqual(r.map(brief), ['killed people 900']);
  assert.equal(r[0].qualifier, 'up-to');
  assert.deepEqual(figs('Two witnesses said 10 people died.').map(brief), ['killed people 10']);
  // A count closing the sentence with a role noun is still read (and reads nothing past the end).
  assert.deepEqual(figs('Among the wounded were two medics').map(brief), ['wounded civilians 2']);
});

test('"three of them seriously": how badly some of the wounded were hurt, no count of its own', () => {
  const r = figs(
    'Nine guards were wounded in the ambush, four of them critically, and one attacker was detained.',
  );
  assert.deepEqual(r.map(brief), ['wounded military 9', 'captured military 1']);
});

test('"40 were pronounced dead", "79 were confirmed as injured": counts of the dead and the hurt', () => {
  assert.deepEqual(
    figs('Of the 150 brought in overnight, 35 were pronounced dead and 60 were confirmed as injured.').map(
      brief,
    ),
    ['killed people 35', 'wounded people 60'],
  );
});

test('"more than 60 martyrs" counts the dead', () => {
  assert.deepEqual(
    figs('The civil defence said the toll had reached more than 60 martyrs by nightfall.').map(brief),
    ['killed people 60'],
  );
});

test('"killed a family of five": the family is counted by the verb before it', () => {
  assert.deepEqual(figs('Shelling on Tuesday killed a family of five in the market town.').map(brief), [
    'killed people 5',
  ]);
});

test('a vague count right after a verb of harm counts people: "forced thousands to flee", "killed dozens"', () => {
  assert.deepEqual(figs('Weeks of shelling forced thousands to flee the valley.').map(brief), [
    'displaced people 1000',
  ]);
  assert.deepEqual(figs('The car bomb killed dozens, police said.').map(brief), ['killed people 12']);
});

test('"martyred six members of the security forces" counts the dead', () => {
  assert.deepEqual(figs('Gunmen martyred six members of the security forces at the checkpoint.').map(brief), [
    'killed military 6',
  ]);
});

test('"two men who helped carry the bodies said" counts the speakers, no toll', () => {
  const r = figs('Soldiers shot dead scores of herders, two men who helped carry the bodies said.');
  assert.deepEqual(r.map(brief), ['killed civilians 20'], r.map(brief).join('; '));
  // (A relative clause that tells of the victims, then another subject's verb: still a toll.)
  const s = figs('The bomb killed four people who were queuing for bread, the police said.');
  assert.deepEqual(s.map(brief), ['killed people 4'], s.map(brief).join('; '));
});

test('"home to some 90,000 people" and "a population of 40,000" are no count of the harmed', () => {
  const r = figs('Shells fell on the district, home to some 90,000 people, many of them displaced.');
  assert.deepEqual(r.map(brief), [], r.map(brief).join('; '));
  const s = figs(
    'The town, with a population of 40,000, has been emptied; 3,000 people have been displaced.',
  );
  assert.deepEqual(s.map(brief), ['displaced people 3000'], s.map(brief).join('; '));
});

test('"put the number at 50" gives a toll; "put the number of injured at 30" the injured', () => {
  assert.deepEqual(figs('The insurgents, however, put the number at 50.').map(brief), ['killed people 50']);
  assert.deepEqual(figs('A relief agency put the number closer to 400.').map(brief), ['killed people 400']);
  assert.deepEqual(figs('Medics put the number of injured at 30.').map(brief), ['wounded people 30']);
});

test('"the remains of 12 soldiers", "a dozen corpses": the dead counted by what is left of them', () => {
  const read = (t: string) => figs(t).map((x) => `${x.measure} ${x.low} ${x.group}`);
  assert.deepEqual(read('The rebels said they held the remains of 12 soldiers.'), ['killed 12 military']);
  assert.deepEqual(read('Police found a dozen corpses in the ravine.'), ['killed 12 people']);
});

test('"the body of one fighter", "taken into custody", "forced to leave their homes" are counts of a measure', () => {
  const read = (t: string) => figs(t).map((x) => `${x.measure} ${x.low} ${x.group}`);
  assert.deepEqual(read('Villagers found the body of one militiaman near the well.'), ['killed 1 military']);
  assert.deepEqual(read('Two airmen were taken into custody, the army said.'), ['captured 2 military']);
  assert.deepEqual(read('Nearly 40,000 villagers were forced to leave their homes.'), [
    'displaced 40000 civilians',
  ]);
});

test('"left dozens dead and hundreds wounded": a vague count with "dead" right after it counts the dead', () => {
  const read = (t: string) => figs(t).map((x) => `${x.measure} ${x.low} ${x.vague ? 'vague' : ''}`);
  assert.deepEqual(read('The car bomb left dozens dead and hundreds wounded.'), [
    'killed 12 vague',
    'wounded 100 vague',
  ]);
});

test('"Scores of villagers were killed and wounded" counts each harm; "killed or wounded" neither', () => {
  const read = (t: string) => figs(t).map((x) => `${x.measure} ${x.low}`);
  assert.deepEqual(read('Scores of villagers were killed and wounded in the shelling.'), [
    'killed 20',
    'wounded 20',
  ]);
  assert.deepEqual(read('Dozens of villagers were killed or wounded in the shelling.'), []);
});

test('"More than 900 people - most of them herders - have been killed": an apposition between dashes', () => {
  const read = (t: string) => figs(t).map((x) => `${x.measure} ${x.low} ${x.qualifier}`);
  assert.deepEqual(read('More than 900 people - most of them herders - have been killed in the region.'), [
    'killed 900 more-than',
  ]);
  assert.deepEqual(read('Some 40 guards — nearly all of them recruits — were wounded.'), [
    'wounded 40 about',
  ]);
});

test('"Another police official was killed", "a district official was wounded": one official counted', () => {
  const read = (t: string) => figs(t).map((x) => `${x.measure} ${x.low} ${x.group}`);
  assert.deepEqual(read('Another police official was killed near the checkpoint.'), ['killed 1 military']);
  assert.deepEqual(read('A district official was wounded by shrapnel.'), ['wounded 1 people']);
  // Those who speak are no count: "One official said the road was open."
  assert.deepEqual(read('One official said the road was open.'), []);
});
