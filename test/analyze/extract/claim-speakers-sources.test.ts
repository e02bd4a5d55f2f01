import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';
import { said } from './helpers/said.ts';

test('a generic source keeps its national adjective and its service: "Somali health officials"', () => {
  const [c] = said('Somali health officials reported that at least 14 people died in the blast.');
  assert.equal(c.name, 'Somali health officials');
  assert.equal(c.affiliation, 'country:so');
});

test('"Lebanese medical authorities" after the content is the speaker, with its country', () => {
  const [c] = said(
    'A drone struck a car near the border, killing two men, Lebanese medical authorities reported.',
  );
  assert.equal(c.name, 'Lebanese medical authorities');
  assert.equal(c.affiliation, 'country:lb');
});

test('a place\'s service after "according to": "Khartoum health officials"', () => {
  const [c] = said('Nine people died in the market, according to Khartoum health officials.');
  assert.equal(c.name, 'Khartoum health officials');
});

test('bare "officials" with no modifier stay a plain generic source', () => {
  const [c] = said('Officials said the road to the airport had reopened.');
  assert.equal(c.name, 'Officials');
});

test('"X-installed officials in <region>" are the installer\'s, not the region\'s', () => {
  const [c] = said('Moscow-appointed officials in southern Ukraine said the dam had been shelled overnight.');
  assert.equal(c.name, 'Moscow-appointed officials');
  assert.equal(c.affiliation, 'country:ru');
});

test('a source stepped over "in the occupied north" keeps its own name', () => {
  const [c] = said('Authorities in the occupied north of Cyprus said two soldiers were missing.');
  assert.notEqual(c.name, 'Cyprus');
});

test("\"<Country>'s Security Council\" is that country's body, not the UN's", () => {
  const [c] = said("Iran's Security Council said the strike on the consulate would not go unanswered.");
  assert.equal(c.name, "Iran's Security Council");
  assert.equal(c.affiliation, 'country:ir');
  const [un] = said('The UN Security Council said it would meet again on Friday.');
  assert.notEqual(un.affiliation, 'country:ir');
  assert.match(un.name ?? '', /Security Council/);
});

test('a unit named with a spelled ordinal and "Division" speaks for what its sentence reports', () => {
  const a = analyzeDocument({
    text: 'The Fourth Infantry Division in Bentiu said troops repelled an attack by rebels, killing 12 fighters and seizing two trucks.',
    published: '2024-03-12',
  });
  assert.equal(a.claims.length, 1);
  const speaker = a.entities.find((e) => e.key === a.claims[0].speaker);
  assert.match(speaker?.name ?? '', /Fourth Infantry Division/);
  assert.ok(a.figures.length >= 1);
  for (const f of a.figures) assert.equal(f.reporter, a.claims[0].speaker);
});

test('a group claiming responsibility makes a claim; its armed wing speaks for it', () => {
  const [c] = said("Hezbollah's armed wing claimed responsibility for the drone attack on the border post.");
  // The wing speaks for the group that owns it.
  assert.match(c?.name ?? '', /^Hezbollah/);
  const [d] = said('The armed wing of the movement assumed responsibility for the ambush on the convoy.');
  assert.ok(d, 'assumed responsibility is a claim');
});

test('"the UN\'s mission said … It said … the statement said": all the UN\'s', () => {
  const a = analyzeDocument({
    text: 'The RSF denied the killings. But the UN\'s mission in the region said 50 men were executed by the paramilitary group. It said 20 women were also raped. "The violence was a campaign of reprisals," the statement said.',
    published: '2024-03-12',
  });
  const speakers = a.claims.slice(1).map((c) => c.speaker);
  assert.deepEqual(speakers, ['org:un', 'org:un', 'org:un']);
});

test('a list of parties before the verb are all speakers: "the UN Mission in X, the US, the EU and France"', () => {
  const names = said(
    'But the UN Mission in Somalia, the European Union, the United States and Turkey have expressed concern over the reports.',
  ).map((c) => c.name);
  // (The lexicon's mission for Somalia, by its full name.)
  assert.deepEqual(names, [
    'United Nations Assistance Mission in Somalia',
    'European Union',
    'United States',
    'Turkey',
  ]);
});

test('"the NGO describes …": an acronym that speaks is a body', () => {
  const a = analyzeDocument({
    text: 'In a report, the NGO describes a massacre in the town.',
    published: '2024-03-12',
  });
  assert.equal(a.entities.find((e) => e.name === 'NGO')?.type, 'organization');
});

test('"Witnesses said" opening a sentence is the generic source, and "they" continues it', () => {
  const cs = said('Witnesses said the jets dropped several bombs without warning. They said 20 people died.');
  assert.deepEqual(
    cs.map((c) => c.name),
    ['witnesses', 'witnesses'],
  );
});

test('"Both the army and the RSF accused each other": two speakers across the article', () => {
  const cs = said(
    'The Sudanese army fought the RSF in Khartoum. Both the army and the RSF accused each other of starting the fighting.',
  );
  assert.deepEqual(
    cs.map((c) => c.name),
    ['Sudanese army', 'Rapid Support Forces'],
  );
  // Without "both", "A and the B said" stays one joint statement.
  assert.equal(said('Saudi Arabia and the United States said both parties had broken the truce.').length, 1);
});

test('"accused by Paris and Moscow": the capital after "and" speaks for its country, which gets a mention', () => {
  const a = analyzeDocument({
    text: 'Rwanda has been accused by Kinshasa and Washington of arming the rebels in North Kivu.',
    published: '2024-03-12',
  });
  assert.deepEqual(
    a.claims.map((c) => c.speaker),
    ['country:cd', 'country:us'],
  );
  assert.equal(a.entities.find((e) => e.key === 'country:us')?.name, 'United States');
});

test('"The Boko Haram jihadist group claimed …" is Boko Haram, not the last group named', () => {
  const r = said(
    'Eight soldiers were killed, the Borno Police Command said. The Boko Haram jihadist group claimed responsibility for the raid.',
  );
  assert.equal(r.length, 2);
  assert.match(r[1].name ?? '', /Boko Haram/i);
});

test('"three villagers and a local official told …": both unnamed sources say what went before', () => {
  const r = said(
    'The farmers were loading maize when a drone struck the truck, three villagers and a local official told Reuters.',
  );
  assert.equal(r.length, 2);
  assert.deepEqual(
    r.map((c) => c.text.startsWith('The farmers were loading maize')),
    [true, true],
  );
});

test('"health officials and witnesses said": a known body may lead a list of unnamed sources', () => {
  const r = said('Shells hit the bus depot at dawn, killing six, health officials and witnesses said.');
  assert.equal(r.length, 2, JSON.stringify(r));
  assert.match(r[0].name ?? '', /health/i);
  assert.match(r[1].name ?? '', /witnesses/i);
  assert.ok(r.every((c) => c.text.startsWith('Shells hit the bus depot')));
});

test('"local sources told AFP": the unnamed source keeps the word that narrows it and says the clause before', () => {
  const r = said('Gunmen killed nine farmers near the river on Sunday, local sources told AFP.');
  assert.equal(r.length, 1);
  assert.equal(r[0].name, 'local sources');
  assert.match(r[0].text, /^Gunmen killed nine farmers/);
});

test('"Organisations representing the Nuer rejected …": the organisations speak, not the people they represent', () => {
  const r = said('Organisations representing the Nuer rejected the governor’s claims.');
  assert.equal(r.length, 1);
  assert.equal(r[0].name, 'Organisations');
  assert.equal(r[0].kind, 'denial');
});

test('"Taliban sources" speak for the group; "the chairman of the Senate" leaves the Senate no person', () => {
  const a = analyzeDocument({
    text: 'Taliban sources said two posts were overrun.',
    published: '2025-02-02',
  });
  assert.equal(a.claims[0]?.speaker, 'group:taliban');
  const b = analyzeDocument({
    text: 'The chairman of the Senate, Arman Kuanyshev, said the reports were false.',
    published: '2025-02-02',
  });
  assert.ok(!b.entities.some((e) => e.type === 'person' && e.name === 'Senate'));
  assert.match(b.claims[0]?.speaker ?? '', /^person:arman/);
});

test('"a spokesman for the movement said": the body it speaks for; "residents of the city" stay residents', () => {
  const say = (text: string) => analyzeDocument({ text, published: '2025-02-02' }).claims[0]?.speaker ?? '';
  assert.equal(say('A spokeswoman for Hezbollah said two fighters were killed.'), 'group:hezbollah');
  assert.equal(say('Residents of Aleppo said two fighters were killed.'), 'source:residents');
});

test('armed collectives speak for themselves: "Insurgents said …", "…, local officials and separatists told reporters"', () => {
  const r = said('Insurgents said they had shot down an army helicopter over the valley.');
  assert.equal(r.length, 1);
  assert.match(r[0].name ?? '', /insurgents/i);
  const s = said(
    'Shells fell on the depot overnight after troops clashed with guerrilla units, local officials and separatists told reporters.',
  );
  assert.deepEqual(
    s.map((c) => (c.name ?? '').toLowerCase()),
    ['local officials', 'separatists'],
  );
});

test('"military and medical sources said": a bare modifier shares the head; "Analyst X of the Y institute said" is X', () => {
  const r = said('Nine guards were killed at the checkpoint, military and medical sources said.');
  assert.deepEqual(
    r.map((c) => (c.name ?? '').toLowerCase()),
    ['military sources', 'medical sources'],
  );
  const s = said('Police and local officials said the bridge had been mined.');
  assert.ok(!s.some((c) => /police officials/i.test(c.name ?? '')), JSON.stringify(s));
  const t = said('Analyst Maria Lund of the Sorbonne university said the offensive had stalled.');
  assert.equal(t.length, 1);
  assert.equal(t[0].name, 'Maria Lund');
  const u = said("Analyst Maria Lund of Oslo's peace institute said the offensive had stalled.");
  assert.equal(u[0]?.name, 'Maria Lund');
});

test('"accused by the UN and aid agencies" is two accusers; "welcomed by the UN and the army said" is a new clause', () => {
  const r = said('The militia stands accused by the UN and aid agencies of blocking food convoys.');
  assert.equal(r.length, 2, JSON.stringify(r));
  assert.match(r[1].name ?? '', /aid agencies/i);
  const s = said('The truce was welcomed by the UN and the army said it would comply.');
  assert.ok(!s.some((c) => /army/i.test(c.name ?? '') && /welcomed/.test(c.text)), JSON.stringify(s));
});

test('a modified source placed "in northern <country>" is the source, not the country', () => {
  const [c] = said('A rescue official in northern Chad said eleven herders were killed overnight.');
  assert.equal(c.name, 'rescue official');
  const [d] = said('A hospital worker in eastern Peru told reporters that four guards were wounded.');
  assert.equal(d.name, 'hospital worker');
});

test('"police and militia sources" are two sources, the second keeping its modifier', () => {
  const names = said('Police and militia sources said a rocket hit a truck at the depot.').map((c) => c.name);
  assert.deepEqual(names, ['Police', 'militia sources']);
});

test('"according to the Geneva-based monitor": a hyphenated modifier stays in the source', () => {
  const [c] = said(
    'Some 300 fishermen have died on the lake since 2019, according to the Geneva-based monitoring group.',
  );
  assert.equal(c?.name, 'Geneva-based monitoring group');
});

test('", with media and rights groups reporting …": two sources, neither named with the preposition', () => {
  const names = said(
    'Jets bombed a fair in the hills, with media and rights groups reporting 60 dead by Monday.',
  ).map((c) => c.name);
  assert.deepEqual(names, ['media', 'rights groups']);
});

test('"UN officials in <country>" are the UN, not the country\'s government', () => {
  const a = analyzeDocument({
    text: 'UN officials in Mali have also reported fighting near the dam.',
    published: '2024-03-12',
  });
  assert.equal(a.claims[0]?.speaker, 'org:un');
  const b = analyzeDocument({ text: 'Officials in Mali said the dam was shut.', published: '2024-03-12' });
  assert.notEqual(b.claims[0]?.speaker, 'org:un');
});

test('"UN officials and aid workers have voiced concern that …": two speakers and a verb of saying', () => {
  const c = said(
    'UN officials and aid workers have voiced concern that the feud may grow into a regional war.',
  );
  assert.equal(c.length, 2);
  assert.equal(c[1].name, 'aid workers');
  assert.equal(c[0].kind, 'statement');
});

test('"the UN mission in <country>" is that mission, with or without an apposition after it', () => {
  for (const text of [
    'The UN mission in Chad denounced the raid on the camp.',
    'The UN mission in Chad, MINUT, denounced the raid on the camp.',
  ]) {
    const a = analyzeDocument({ text, published: '2024-03-12' });
    assert.equal(a.claims[0]?.speaker, 'org:un-mission:td', text);
  }
});

test('a body before a long "comprising …" apposition speaks, not the last name listed in it', () => {
  const [c] = said(
    'The Joint Defence Council, comprising senior ministers and service chiefs including Premier Ola Berg and air chief Nils Dahl, said the claim was false.',
  );
  assert.equal(c?.name, 'Joint Defence Council');
  assert.equal(c?.kind, 'denial');
});

test('"The <place> government opposing X said": the government, not X', () => {
  const text = 'The Lusaka government opposing Mwale said the strike killed 40 migrants.';
  const a = analyzeDocument({ text, published: '2024-03-12' });
  assert.equal(a.claims.length, 1);
  assert.match(text.slice(a.claims[0].start, a.claims[0].end), /^The Lusaka government/);
  assert.doesNotMatch(a.claims[0].speaker ?? '', /mwale/);
});

test('a name glued into a compound is not the body a description names ("the ABC-DPA alliance")', () => {
  const [c] = said('The FLN-DPA alliance, a mostly nomad coalition, said it had routed the army.');
  assert.equal(c?.name, 'FLN-DPA alliance');
});

test('"Official casualty reports said …": reports of no named body are a source named by their modifiers', () => {
  const [c] = said('Official casualty reports said that 16 border guards had died in the clashes.');
  assert.equal(c?.name, 'Official casualty reports');
});

test('"Both sides exchanged fire … and claimed …": each side of the story says it', () => {
  const text =
    'Peru and Ecuador traded artillery fire along the river. Both sides exchanged fire early on Monday and claimed the other had shot first.';
  const a = analyzeDocument({ text, published: '2024-03-12' });
  const claimed = a.claims.filter((c) => /claimed the other/.test(text.slice(c.start, c.end)));
  assert.equal(claimed.length, 2);
  assert.notEqual(claimed[0].speaker, claimed[1].speaker);
});

test('"the joint chiefs of staff" and "the army chief of staff" speak whole, not as "staff"', () => {
  for (const [text, name] of [
    ['The joint chiefs of staff rejected the report on Tuesday.', 'joint chiefs of staff'],
    ['The army chief of staff said the border posts were secure.', 'army chief of staff'],
  ]) {
    const [c] = said(text);
    assert.equal(c?.name, name, text);
  }
});

test('"…, said the movement" takes up the body named before; with none, it is a source of its own', () => {
  const cs = said(
    'Hezbollah fighters fired rockets overnight. “Our response was measured,” said the movement.',
  );
  assert.equal(cs.at(-1)?.name, 'Hezbollah');
  const [alone] = said('The shelling stopped at dawn, said the ministry.');
  assert.equal(alone?.name, 'ministry');
});

test('"It said" opening a sentence goes on with the body that spoke before, not a country named since', () => {
  const cs = said(
    'The army said the base was attacked near the border with Mali on Monday. Hundreds of gunmen on motorbikes tried to overrun it.\n\nIt said at least 30 attackers were killed.',
  );
  assert.equal(cs.at(-1)?.name, 'army');
});

test('"Soldiers said", "two soldiers told AFP" and "posted on the platform X that" report', () => {
  const [a] = said('Soldiers said that the bridge had been mined overnight.');
  assert.equal(a?.name?.toLowerCase(), 'soldiers');
  const [b] = said('The navy posted on the platform X that pirates had seized the tanker.');
  assert.equal(b?.name, 'navy');
});

test('the party before what it fights, holds or backs speaks: "the coalition fighting the rebels said"', () => {
  const [a] = said(
    'A drone attack on a power station cut electricity to three towns on Friday, the US-led coalition fighting the jihadists said.',
  );
  assert.match(a.name ?? '', /coalition/i);
  assert.match(a.text, /^A drone attack/);
  const [b] = said('Fighters holding the town of Tal Afar said they had pushed back two assaults overnight.');
  assert.match(b.name ?? '', /fighters/i);
  const [c] = said('Militias loyal to the junta denied burning the market in Sagaing.');
  assert.equal(c.kind, 'denial');
  assert.match(c.name ?? '', /militias/i);
});

test('a word of time before the source of a count or report is no part of it; "Ministry of National Defence" is a ministry', () => {
  const [a] = said('Twelve people were killed, according to early hospital figures released at noon.');
  assert.equal(a.name, 'hospital');
  const b = said('Four guards were wounded, according to initial police reports.');
  assert.deepEqual(
    b.map((c) => c.name),
    ['police'],
  );
  const [c] = said('The Ministry of National Defense confirmed on Friday that a patrol had been ambushed.');
  assert.match(c.name ?? '', /Ministry of National Defense/);
});

test('"media reports said": the reports speak, unnamed, and "reports" there is no verb', () => {
  const a = said('Unconfirmed reports said a further nine fishermen were missing off the coast.');
  assert.deepEqual(
    a.map((c) => [c.name, c.text]),
    [['unconfirmed reports', 'Unconfirmed reports said a further nine fishermen were missing off the coast']],
  );
  const [b] = said('The shelling went on, and media reports said two bridges were down.');
  assert.equal(b?.name, 'media reports');
});

test('a body before "appointed by X", "set up by X" speaks, not the one who appointed it', () => {
  const [a] = said(
    'A commission appointed by President Maria Alvarez said that 40 villagers had been killed.',
  );
  assert.equal(a?.name, 'commission');
  const [b] = said('A panel set up by the prime minister said the soldiers had fired without orders.');
  assert.equal(b?.name, 'panel');
});

test('"the coalition against <group> said": the body speaks, not the group it fights; "strikes against civilians" is no speaker', () => {
  const cs = said(
    'The French-led coalition against Boko Haram said on Friday it had not carried out the raid. ' +
      'Ankara denied it had ordered strikes against civilians and instead blamed the militants.',
  );
  assert.match(cs[0].name ?? '', /coalition$/i);
  assert.ok(!cs.some((c) => c.name === 'strikes' || c.name === 'Boko Haram'), JSON.stringify(cs));
});

test('an abbreviation glued to a participle is one word: "the U.S.-backed forces said"', async () => {
  const { words } = await import('../../../src/analyze/extract/words.ts');
  const text = 'The U.S.-backed forces said the town was taken.';
  assert.deepEqual(
    words(text)
      .map((w) => w.w)
      .slice(0, 3),
    ['the', 'u.s.-backed', 'forces'],
  );
});

test('"a militia known as X says": the name the description goes by is the speaker', () => {
  const [c] = said('A militia known as the Red Hawks says its fighters seized the river crossing.');
  assert.equal(c.name, 'Red Hawks');
  const [d] = said(
    'An armed faction called the Southern Front said on Monday it had shot down a helicopter.',
  );
  assert.equal(d.name, 'Southern Front');
});

test('a correspondent or photographer of an outlet is a source, and speaks past the people a "who" clause names', () => {
  const one = said(
    'A Reuters photographer who reached the market counted eleven bodies, and a CNN correspondent who has interviewed several survivors said the shelling lasted an hour.',
  );
  assert.deepEqual(
    one.map((c) => c.name),
    ['Reuters photographer', 'CNN correspondent'],
    JSON.stringify(one),
  );
  const two = said('Relatives who buried the dead said the gunmen came at night.');
  assert.deepEqual(
    two.map((c) => c.name),
    ['Relatives'],
  );
});

test('"a police report viewed by AFP stated": the report speaks for its issuer, not the outlet that saw it', () => {
  const r = said(
    'A Somali police report viewed by AFP stated that the gunmen had crossed from the south before dawn.',
  );
  assert.equal(r.length, 1, JSON.stringify(r));
  assert.match(r[0].name ?? '', /police/i);
  const un = said('An internal UN report obtained by AFP said 40 villagers were killed.');
  assert.equal(un.length, 1, JSON.stringify(un));
  assert.equal(un[0].name, 'United Nations');
});
