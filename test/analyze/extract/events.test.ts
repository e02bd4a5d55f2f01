import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../../src/analyze/extract/claims.ts';
import { extractEvents } from '../../../src/analyze/extract/events.ts';
import type { EntityMention, EventItem, TimeMention } from '../../../src/analyze/types.ts';
import { marked, simpleSentences } from '../../helpers/marked.ts';

function events(src: string, times: TimeMention[] = []): { text: string; events: EventItem[] } {
  const { text, entities } = marked(src);
  return {
    text,
    events: extractEvents({
      text,
      published: '2023-05-22',
      sentences: simpleSentences(text),
      entities,
      times,
      claims: [],
    }),
  };
}

/** Events with one day/month/year time mention at `phrase`. */
function withDate(src: string, phrase: string, day: string, precision: 'day' | 'month' | 'year' = 'day') {
  const at = marked(src).text.indexOf(phrase);
  return events(src, [
    { start: at, end: at + phrase.length, date: { start: day, end: null, time: null, precision } },
  ]);
}

const types = (r: { events: EventItem[] }) => r.events.map((e) => `${e.type}${e.mode ? `/${e.mode}` : ''}`);

test('attacks carry their mode', () => {
  assert.deepEqual(types(events('A drone strike hit a fuel depot in [Sevastopol|place|sevastopol].')), [
    'attack/drone',
  ]);
  assert.deepEqual(types(events('Warplanes bombed a market in [Nyala|place|nyala], residents said.')), [
    'attack/airstrike',
  ]);
  assert.deepEqual(types(events('Heavy artillery shelling pounded the eastern districts overnight.')), [
    'attack/shelling',
  ]);
  assert.deepEqual(types(events('A ballistic missile struck the port city.')), ['attack/missile']);
  assert.deepEqual(
    types(events('Clashes between the army and the militia continued along the front line.')),
    ['attack/ground'],
  );
});

test('ceasefire agreed, taking effect, violated', () => {
  assert.deepEqual(types(events('The two sides agreed to a seven-day ceasefire in Jeddah.')), [
    'ceasefire-agreed',
  ]);
  assert.deepEqual(types(events('The truce came into force at 9:45 pm local time.')), [
    'ceasefire-effective',
  ]);
  assert.deepEqual(types(events('Residents said the truce was violated within hours.')), [
    'ceasefire-violation',
  ]);
  assert.deepEqual(types(events('A ceasefire was agreed on Saturday. It took effect on Monday.')), [
    'ceasefire-agreed',
    'ceasefire-effective',
  ]);
});

test('shootdowns, territory, talks, appeals, humanitarian', () => {
  assert.deepEqual(types(events('Air defences shot down a helicopter near the border.')), ['shootdown']);
  assert.deepEqual(
    types(events('Rebels captured the town of [Lashio|place|lashio] after weeks of fighting.')),
    // "weeks of fighting" is the war over time, not one more event (see the aggregate test below).
    ['territory-change'],
  );
  assert.deepEqual(types(events('Envoys held talks in [Doha|place|doha] on a hostage deal.')), ['talks']);
  const appeal = 'On Friday [the UN|organization|un] urged both parties to protect civilians.';
  const friday = {
    start: 3,
    end: 9,
    date: { start: '2023-05-19', end: null, time: null, precision: 'day' as const },
  };
  assert.deepEqual(types(events(appeal, [friday])), ['appeal']);
  assert.deepEqual(
    types(events('[The UN|organization|un] urged both parties to protect civilians.')),
    [],
    'an undated appeal is a claim, not an event',
  );
  assert.deepEqual(types(events('The sides carried out an exchange of prisoners at the border crossing.')), [
    'humanitarian',
  ]);
});

test('date from the sentence, else the publication day; place from the nearest place mention', () => {
  const text = 'Shelling hit [Kharkiv|place|kharkiv] on Saturday.';
  const { text: plain } = marked(text);
  const at = plain.indexOf('Saturday');
  const r = events(text, [
    { start: at, end: at + 8, date: { start: '2023-05-20', end: null, time: null, precision: 'day' } },
  ]);
  assert.equal(r.events[0].date?.start, '2023-05-20');
  assert.equal(r.events[0].place, 'kharkiv');
  const r2 = events('Fighting raged in the capital.');
  assert.equal(r2.events[0].date?.start, '2023-05-22');
});

test('actors before the trigger, targets after it', () => {
  const r = events(
    '[Russian|country|country:RU] forces shelled [Ukrainian|country|country:UA] positions near the river.',
  );
  assert.deepEqual(r.events[0].actors, ['country:RU']);
  assert.deepEqual(r.events[0].targets, ['country:UA']);
});

test('irrealis and future contexts are not events; definite references merge', () => {
  assert.deepEqual(types(events('Mediators hope to resume talks in Addis Ababa next month.')), []);
  assert.deepEqual(types(events('The deal calls for an exchange of prisoners within a week.')), []);
  const r = events(
    'A missile struck a hospital in [Kramatorsk|place|kramatorsk] on Tuesday. Officials condemned the strike as a war crime.',
  );
  assert.equal(r.events.length, 1);
  assert.equal(r.events[0].more?.length, 1);
});

test('words that only look like events are not events', () => {
  assert.deepEqual(types(events('The attack helicopters were parked at the base.')), []);
  assert.deepEqual(types(events('The committee published its annual report.')), []);
});

test('war onsets, gunfire, truce signings and aid distribution', () => {
  assert.deepEqual(
    types(
      withDate(
        'The war broke out on April 15 between the army and the paramilitaries.',
        'April 15',
        '2023-04-15',
      ),
    ),
    ['attack/unspecified'],
  );
  assert.deepEqual(types(events('Residents reported sporadic gunfire near the airport.')), ['attack/ground']);
  assert.deepEqual(
    types(events('The gunfire stopped.')),
    [],
    'a weapon word with no date, place or casualties',
  );
  assert.deepEqual(types(events('The truce, signed in Jeddah, was meant to last a week.')), [
    'ceasefire-agreed',
  ]);
  assert.deepEqual(types(events('The World Food Programme started distributing food in Wad Madani.')), [
    'humanitarian',
  ]);
});

test('attacks at different places in one sentence are different events', () => {
  const r = events('Airstrikes hit [Bahri|place|bahri] and clashes erupted in [Nyala|place|nyala].');
  assert.deepEqual(
    r.events.map((e) => e.place),
    ['bahri', 'nyala'],
  );
});

test('a weapon shot down is not an attack by that weapon', () => {
  assert.deepEqual(types(events('Air defences downed three drones over the capital on Friday.')), [
    'shootdown',
  ]);
});

test('a time zone is not a place; a truce takes effect or breaks where the sentence says', () => {
  const a = events('The truce takes effect at 6 a.m. [Gaza|place|gaza] time on Sunday.');
  assert.deepEqual(types(a), ['ceasefire-effective']);
  assert.equal(a.events[0].place, null);
  const b = events(
    'Drones struck [Odesa|place|odesa] hours after the truce signed in [Istanbul|place|istanbul] took effect.',
  );
  assert.equal(b.events.find((e) => e.type === 'ceasefire-effective')?.place ?? null, null);
  const c = events(
    'The army accused the rebels of violating the ceasefire in [Tigray|place|tigray] on Monday.',
  );
  assert.equal(c.events.find((e) => e.type === 'ceasefire-violation')?.place, 'tigray');
});

test('modals of perception report what was heard', () => {
  assert.deepEqual(types(events('Witnesses in [Sittwe|place|sittwe] said they could hear artillery fire.')), [
    'attack/shelling',
  ]);
  assert.deepEqual(
    types(events('Officials warned that militants could attack the convoy near [Gao|place|gao].')),
    [],
  );
});

test('the onset of a war has no mode, whatever words stand between', () => {
  assert.deepEqual(
    types(
      withDate(
        'The fighting between the junta and the resistance in [Sagaing|place|sagaing] began in 2021.',
        '2021',
        '2021-01-01',
        'year',
      ),
    ),
    ['attack/unspecified'],
  );
});

test('attacks with other weapons in another clause are separate events; repeated words are more mentions', () => {
  const a = events(
    'Clashes continued in [Bakhmut|place|bakhmut], with [Russian|country|country:RU] jets bombing the town and [Ukrainian|country|country:UA] troops firing artillery at the outskirts.',
  );
  assert.deepEqual(types(a), ['attack/ground', 'attack/airstrike', 'attack/shelling']);
  const b = events(
    'Residents of [Khan Younis|place|khan-younis] reported airstrikes and heavy artillery fire overnight.',
  );
  assert.deepEqual(types(b), ['attack/airstrike']);
  assert.equal(b.events[0].more?.length, 1);
  assert.equal(b.text.slice(b.events[0].more?.[0].start, b.events[0].more?.[0].end), 'artillery fire');
});

test('an appeal by a named party is an event even undated; an agreement calling for something is not', () => {
  const run = (src: string) => {
    const { text, entities } = marked(src);
    const sentences = simpleSentences(text);
    const { claims } = extractClaims({ text, published: '2023-05-22', sentences, entities, times: [] });
    return extractEvents({ text, published: '2023-05-22', sentences, entities, times: [], claims });
  };
  assert.deepEqual(
    run('[The African Union|organization|au] urged both sides to let aid into [Tigray|place|tigray].').map(
      (e) => e.type,
    ),
    ['appeal'],
  );
  assert.deepEqual(
    run('The plan further calls for the return of all prisoners taken since the coup.').map((e) => e.type),
    [],
  );
});

test('a bare "captured"/"seized" is territory only with a territorial object; negated events are none', () => {
  assert.deepEqual(types(events('Rebels captured [Goma|place|goma] on Tuesday.')), ['territory-change']);
  assert.deepEqual(types(events('The militia seized two villages near the border on Sunday.')), [
    'territory-change',
  ]);
  assert.deepEqual(types(events('The rebels said they had captured 40 soldiers on Sunday.')), []);
  assert.deepEqual(types(events('The generals seized power in a coup in 2021.')), []);
  assert.deepEqual(
    types(events('The army said the militia had not withdrawn from [Bria|place|bria] on Friday.')),
    [],
  );
});

test('the narrower place of "the <region> city of <town>" and a locative right after the trigger', () => {
  const a = events(
    'Clashes erupted in the [Donetsk|place|donetsk] town of [Avdiivka|place|avdiivka] on Monday.',
  );
  assert.equal(a.events[0].place, 'avdiivka');
  const b = events(
    'Shelling was heard in [Omdurman|place|omdurman] and a drone strike was reported near [Port Sudan|place|port-sudan] on Sunday.',
  );
  assert.deepEqual(
    b.events.map((e) => [e.mode, e.place]),
    [
      ['shelling', 'omdurman'],
      ['drone', 'port-sudan'],
    ],
  );
});

test('fighting that erupts somewhere is an attack with a mode; fighting that began the war is an onset', () => {
  assert.deepEqual(types(events('Fighting erupted in [Goma|place|goma] on Monday.')), ['attack/ground']);
  assert.deepEqual(
    types(
      withDate(
        'Since the fighting erupted in [Sagaing|place|sagaing] in February 2021, thousands have fled.',
        'February 2021',
        '2021-02-01',
        'month',
      ),
    ),
    ['attack/unspecified'],
  );
});

test('fighting spoken of as the war as a whole is no event; its anchor must stand near it', () => {
  assert.deepEqual(
    types(
      events(
        'This week’s fighting is the heaviest since the 2016 clashes, analysts said, as refugees crossed into [Chad|place|td].',
      ),
    ),
    [],
  );
  assert.deepEqual(types(events('Heavy fighting was reported near [Bakhmut|place|bakhmut].')), [
    'attack/ground',
  ]);
});

test('documents calling for things, truces negotiated, more talks and other subjects collapsing are no events', () => {
  assert.deepEqual(types(events('The agreement calls for the release of prisoners by June 5.')), []);
  assert.deepEqual(
    types(
      events(
        'The truce held, unlike two previous ceasefires negotiated by [Qatar|country|qa] in [Doha|place|doha].',
      ),
    ),
    [],
  );
  assert.deepEqual(types(events('Diplomats prepared for more talks in [Addis Ababa|place|addis].')), []);
  assert.deepEqual(
    types(events('The 2003 ceasefire ended a war that erupted as [Yugoslavia|country|yu] broke apart.')),
    ['ceasefire-agreed'],
  );
});

test('a time in a "since" clause or still ahead does not date another event of the sentence', () => {
  const src =
    'Drones hit [Kherson|place|kherson] since the truce began on Monday, and shells struck [Nikopol|place|nikopol] before the pause due to end on Saturday.';
  const { text } = marked(src);
  const mon = text.indexOf('Monday');
  const sat = text.indexOf('Saturday');
  const r = events(src, [
    { start: mon, end: mon + 6, date: { start: '2023-05-15', end: null, time: null, precision: 'day' } },
    {
      start: sat,
      end: sat + 8,
      date: { start: '2023-05-27', end: null, time: null, precision: 'day' },
      future: true,
    },
  ]);
  const shells = r.events.find((e) => e.place === 'nikopol');
  assert.equal(
    shells?.date?.start,
    '2023-05-22',
    'publication day, not the future Saturday nor the since-Monday',
  );
  const truce = r.events.find((e) => e.type === 'ceasefire-effective');
  assert.equal(truce?.date?.start, '2023-05-15');
});

test('fighting soon after a truce or marring it breaks it; refraining from or halting attacks is no attack', () => {
  assert.deepEqual(
    types(
      events(
        'The truce took effect at noon, but residents of [Marib|place|marib] reported gunfire soon after the deadline.',
      ),
    ),
    ['ceasefire-effective', 'ceasefire-violation'],
  );
  assert.deepEqual(
    types(events('Both forces are to refrain from attacks on [Goma|place|goma] during the week.')),
    [],
  );
  assert.deepEqual(
    types(events('The plan is the best chance yet to halt fighting in [Tigray|place|tigray].')),
    [],
  );
});

test('a truce broken a few words off, or referred to as "it"', () => {
  assert.deepEqual(
    types(
      events(
        'The army accused the militia of failing to honour the terms of the ceasefire in [Kassala|place|kassala].',
      ),
    ),
    ['ceasefire-violation'],
  );
  assert.deepEqual(
    types(
      events('A truce was agreed in [Doha|place|doha] on Sunday. Monitors said both sides had violated it.'),
    ),
    ['ceasefire-agreed', 'ceasefire-violation'],
  );
});

test('a truce agreed takes the venue, not the region it covers; a phone call has no place', () => {
  const a = events('Both sides agreed to a ceasefire in their conflict over [Abyei|place|abyei] on Sunday.');
  assert.equal(a.events[0].type, 'ceasefire-agreed');
  assert.equal(a.events[0].place, null);
  const b = events('The two generals signed a truce in [Addis Ababa|place|addis] on Sunday.');
  assert.equal(b.events[0].place, 'addis');
  const c = events('From [Ankara|place|ankara], the minister spoke by phone with his counterpart on Sunday.');
  assert.deepEqual(types(c), ['talks']);
  assert.equal(c.events[0].place, null);
});

test('the onset of the war takes the theatre of the attacks the document reports', () => {
  const r = withDate(
    'Drones struck [Mariupol|place|mariupol] on Monday. Shelling hit [Mariupol|place|mariupol] again on Tuesday. The war began in February 2022.',
    'February 2022',
    '2022-02-01',
    'month',
  );
  assert.deepEqual(
    types(events('Aid has not reached the city since the war began.')),
    [],
    'an undated onset is background',
  );
  const onset = r.events.find((e) => e.mode === 'unspecified');
  assert.equal(onset?.place, 'mariupol');
});

test('fighting spoken of over weeks is the war, not one event; a second day of fighting somewhere is one', () => {
  assert.deepEqual(
    types(events('Repeated clashes near [Bakhmut|place|bakhmut] have left the truce in tatters.')),
    [],
  );
  assert.deepEqual(
    types(events('Fighting in [Tigray|place|tigray] dragged into a sixth week, diplomats said.')),
    [],
  );
  assert.deepEqual(types(events('Clashes around [Kidal|place|kidal] went on for a third month.')), []);
  assert.deepEqual(types(events('Fighting continued in [El Fasher|place|fasher] for a second day.')), [
    'attack/ground',
  ]);
});

test('a party appealing after a clause about the truce still appeals', () => {
  const run = (src: string) => {
    const { text, entities } = marked(src);
    const sentences = simpleSentences(text);
    const { claims } = extractClaims({ text, published: '2023-05-22', sentences, entities, times: [] });
    return extractEvents({ text, published: '2023-05-22', sentences, entities, times: [], claims });
  };
  assert.deepEqual(
    run(
      '[The African Union|organization|au] said it was ready to monitor the truce, and urged both sides to stop fighting.',
    ).map((e) => e.type),
    ['appeal'],
  );
});

test('"N days after / before" dates one clause from the other', () => {
  const day = (r: { events: EventItem[] }, type: string) =>
    r.events.find((e) => e.type === type)?.date?.start;
  // Published Monday 2023-05-22. The truce clause hangs on the day of the shelling.
  const a = withDate(
    'Shelling hit the outskirts of Kharkiv on Sunday, barely two days after a truce came into force.',
    'on Sunday',
    '2023-05-21',
  );
  assert.equal(day(a, 'attack'), '2023-05-21');
  assert.equal(day(a, 'ceasefire-effective'), '2023-05-19');
  // With no day in the main clause, publication day is the anchor.
  const b = events('Clashes erupted in El Fasher two days after the ceasefire took effect.');
  assert.equal(day(b, 'ceasefire-effective'), '2023-05-20');
  // "before" counts forward; weeks count seven days.
  const c = withDate(
    'Drones struck a port in Hodeidah on Friday, a week before the truce was signed.',
    'on Friday',
    '2023-05-05',
  );
  assert.equal(day(c, 'ceasefire-agreed'), '2023-05-12');
  // Only the later clause is dated: the earlier one is counted from it.
  const d = withDate(
    'Fighting resumed three days after the truce took effect on Monday.',
    'on Monday',
    '2023-05-15',
  );
  assert.equal(day(d, 'ceasefire-effective'), '2023-05-15');
  assert.equal(day(d, 'ceasefire-violation'), '2023-05-18');
  // "hours after" is the same day.
  const e = withDate(
    'Mortars hit Goma on Saturday, hours after the truce took effect.',
    'on Saturday',
    '2023-05-20',
  );
  assert.equal(day(e, 'ceasefire-effective'), '2023-05-20');
});

test('a "since 2016" time closes its own clause: the day after it dates the event', () => {
  const src = 'Two aid workers held by the militia since 2016 were freed on Tuesday in a prisoner swap.';
  const text = marked(src).text;
  const at = (p: string) => text.indexOf(p);
  const r = events(src, [
    {
      start: at('since 2016'),
      end: at('since 2016') + 'since 2016'.length,
      date: { start: '2016-01-01', end: '2023-05-22', time: null, precision: 'year' },
    },
    {
      start: at('on Tuesday') + 3,
      end: at('on Tuesday') + 'on Tuesday'.length,
      date: { start: '2023-05-16', end: null, time: null, precision: 'day' },
    },
  ]);
  assert.deepEqual(
    r.events.map((e) => [e.type, e.date?.start]),
    [['humanitarian', '2023-05-16']],
  );
});

test('wanted or planned raids, and fighting counted over the year, are no events', () => {
  assert.deepEqual(types(events('The commandos wanted to raid a militant base in Helmand.')), []);
  assert.deepEqual(types(events('The insurgents are planning to attack the convoy near Ghazni.')), []);
  assert.deepEqual(types(events('Over 450 people were killed in clashes so far this year.')), []);
  // A raid that happened stays.
  assert.deepEqual(types(events('Commandos raided a militant base in Helmand on Tuesday.')), [
    'attack/ground',
  ]);
});

test('rockets that land, bombs that blow up, towns taken or entered are events; hosted troops are not talks', () => {
  assert.deepEqual(
    types(withDate('Dozens of rockets landed in Kiryat Shmona on Tuesday.', 'on Tuesday', '2023-05-16')),
    ['attack/rocket'],
  );
  assert.deepEqual(
    types(withDate('On Friday the army blew up a bridge near Kherson.', 'On Friday', '2023-05-19')),
    ['attack/unspecified'],
  );
  assert.deepEqual(types(events('M23 fighters took [Rubaya|place|rubaya] on Tuesday.')), [
    'territory-change',
  ]);
  assert.deepEqual(types(events('Rebel columns entered the town of Lashio overnight.')), [
    'territory-change',
  ]);
  assert.deepEqual(types(events('He took part in the meeting and entered politics later.')), []);
  assert.deepEqual(types(events('Two shells landed near a base hosting Italian troops.')), [
    'attack/shelling',
  ]);
  assert.deepEqual(types(events('Qatar is hosting the Sudanese delegations in Doha.')), ['talks']);
});

test('intercepted rockets are no shootdown; an intercepted drone is; ending a truce is a violation', () => {
  assert.deepEqual(types(events('Most of the 30 rockets fired at Ashkelon were intercepted.')), [
    'attack/rocket',
  ]);
  assert.deepEqual(types(events('Air defences intercepted four drones over Odesa overnight.')), [
    'shootdown',
  ]);
  assert.deepEqual(types(events('The army resumed its assault on Monday, ending the truce.')), [
    'ceasefire-violation',
  ]);
  // Talks that ended with a truce end no truce.
  assert.ok(
    !types(events('The talks ended with the first ceasefire agreement.')).includes('ceasefire-violation'),
  );
});

test('parties: a national adjective or "by X" names the actor; the reporting source is never a party', () => {
  const text = 'Russian shelling hit a school in Kherson, the regional administration said.';
  const { entities } = marked(text);
  const sentences = simpleSentences(text);
  const { claims } = extractClaims({ text, published: '2023-05-22', sentences, entities, times: [] });
  const admin: EntityMention = {
    start: text.indexOf('the regional'),
    end: text.indexOf(' said'),
    type: 'organization',
    name: 'regional administration',
    key: 'ua:admin',
    affiliation: 'country:UA',
  };
  const r = extractEvents({
    text,
    published: '2023-05-22',
    sentences,
    entities: [admin],
    times: [],
    claims: claims.map((c) => ({ ...c, speaker: 'ua:admin' })),
  });
  assert.deepEqual(r[0].actors, ['country:ru']);
  assert.deepEqual(r[0].targets, []);
  const b = events('Nine soldiers died in an attack by [ISWAP|group|iswap] fighters on a base near Monguno.');
  assert.deepEqual(b.events[0].actors, ['iswap']);
  assert.deepEqual(b.events[0].targets, []);
});

test('"carried out a massacre", "shot dead" and "dropped bombs" are attacks; "took place" is no territory change', () => {
  assert.deepEqual(types(events('Gunmen carried out a massacre in Kalehe on Sunday.')), ['attack/ground']);
  assert.deepEqual(types(events('A jet dropped bombs on a market in Depayin on Friday.')).length, 1);
  assert.ok(
    !types(events('The exchange of fire took place along the frontier near Kupwara.')).includes(
      'territory-change',
    ),
  );
  assert.deepEqual(types(events('The junta is launching a campaign of arrests.')), []);
});

test('an attack mentioned again with no day or place of its own is the one already reported that day', () => {
  const r = events(
    'Gunmen stormed a village near Kaduna, killing 12 people. Survivors said the attack lasted hours. Police said the attackers fired on fleeing residents.',
  );
  assert.equal(r.events.filter((e) => e.type === 'attack').length, 1);
  // A mention dated to another day stays apart.
  const text =
    'Gunmen stormed a village near Kaduna, killing 12 people. On Friday, gunmen fired on a market.';
  const at = text.indexOf('On Friday');
  const two = events(text, [
    { start: at, end: at + 9, date: { start: '2023-05-19', end: null, time: null, precision: 'day' } },
  ]);
  assert.equal(two.events.filter((e) => e.type === 'attack').length, 2);
});

test('a front-line place is where an attack fell, not how it was fought', () => {
  const r = events(
    'An attack on a clinic in the frontline village of [Tarvo|place|tarvo] killed two nurses.',
  );
  assert.deepEqual(types(r), ['attack/unspecified']);
  // The front line itself still tells ground fighting.
  assert.deepEqual(types(events('Fighting raged along the front line near [Tarvo|place|tarvo] on Sunday.')), [
    'attack/ground',
  ]);
});

test('skirmishes and hostilities that reignite are ground attacks', () => {
  assert.deepEqual(
    types(events('Border guards skirmished with smugglers near [Tarvo|place|tarvo] on Sunday.')),
    ['attack/ground'],
  );
  assert.deepEqual(
    types(events('Hostilities reignited along the frontier near [Tarvo|place|tarvo] on Sunday.')),
    ['attack/unspecified'],
  );
});

test('ground taken told by a participle after the clause: "…, capturing the airbase"', () => {
  assert.deepEqual(types(events('Government forces pushed south on Monday, capturing the airbase.')), [
    'territory-change',
  ]);
  // Weapons or people taken are no ground changing hands.
  assert.ok(
    !types(events('Police raided the house, seizing weapons and capturing a van.')).includes(
      'territory-change',
    ),
  );
});

test('drones sent to watch are no attack; drones that strike are', () => {
  assert.deepEqual(
    types(
      events(
        'On Sunday the navy deployed drones for surveillance of fishing boats near [Tarvo|place|tarvo].',
      ),
    ),
    [],
  );
  assert.deepEqual(types(events('On Sunday drones struck a fuel depot near [Tarvo|place|tarvo].')), [
    'attack/drone',
  ]);
});
