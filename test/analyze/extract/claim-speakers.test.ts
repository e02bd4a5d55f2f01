import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

/** Each claim as { speaker name, speaker affiliation, kind, text } through the whole analysis. */
function said(text: string) {
  const a = analyzeDocument({ text, published: '2024-03-12' });
  return a.claims.map((c) => {
    const e = a.entities.find((x) => x.key === c.speaker);
    return {
      name: e?.name ?? null,
      affiliation: e?.affiliation ?? null,
      kind: c.kind,
      text: text.slice(c.start, c.end),
    };
  });
}

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

test('a health service counting the dead of an enemy strike reports, it does not accuse', () => {
  const [c] = said("Yemen's health ministry said Saudi airstrikes killed 11 people at a wedding.");
  assert.equal(c.kind, 'assertion');
});

test('a national adjective before an attack noun names the other side: an accusation', () => {
  const [c] = said(
    'Moscow-installed officials claimed that Ukrainian shelling killed 12 people in a market.',
  );
  assert.equal(c.kind, 'accusation');
});

test("the speaker's own nation's forces striking is its own report, not a charge", () => {
  const [c] = said('Ethiopia said Ethiopian troops struck a rebel depot near the town.');
  assert.equal(c.kind, 'assertion');
});

test("\"<Country>'s Security Council\" is that country's body, not the UN's", () => {
  const [c] = said("Iran's Security Council said the strike on the consulate would not go unanswered.");
  assert.equal(c.name, "Iran's Security Council");
  assert.equal(c.affiliation, 'country:ir');
  const [un] = said('The UN Security Council said it would meet again on Friday.');
  assert.notEqual(un.affiliation, 'country:ir');
  assert.match(un.name ?? '', /Security Council/);
});

test('a person described as a member of a national body speaks, not the body', () => {
  const [c] = said("Yerlan Abenov, deputy head of Kazakhstan's Security Council, said the border was calm.");
  assert.equal(c.name, 'Yerlan Abenov');
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

test('a subject with a relative clause speaks in a later ", speaking of …" participle', () => {
  const [c] = said(
    'The army-led authorities who seized power in 2021 had given their account on Sunday, speaking of a raid that had killed 40 fighters.',
  );
  assert.equal(c?.name, 'authorities');
  assert.match(c.text, /^speaking of a raid/);
});

test('"Both A and B appeared … to say …": two speakers of one claim', () => {
  const names = said(
    'Polish President Andrzej Duda met Lithuanian President Gitanas Nauseda in Vilnius. Both Duda and Nauseda appeared at a news conference on Monday to say the border would stay closed.',
  ).map((c) => c.name);
  assert.deepEqual(names.sort(), ['Andrzej Duda', 'Gitanas Nauseda']);
});

test('a quotation after a parenthetical "he added," is what he added', () => {
  const cs = said(
    '"The drone flew for three minutes," Yermak said. If Kyiv had more air defences, he added, "this drone could have been shot down".',
  );
  assert.equal(cs.length, 2);
  assert.match(cs[1].text, /could have been shot down/);
  assert.doesNotMatch(cs[1].text, /air defences/);
});

test('a group claiming responsibility makes a claim; its armed wing speaks for it', () => {
  const [c] = said("Hezbollah's armed wing claimed responsibility for the drone attack on the border post.");
  // The wing speaks for the group that owns it.
  assert.match(c?.name ?? '', /^Hezbollah/);
  const [d] = said('The armed wing of the movement assumed responsibility for the ambush on the convoy.');
  assert.ok(d, 'assumed responsibility is a claim');
});

test('a ministry publishing a new death toll is a claim covering the figures shown', () => {
  const a = analyzeDocument({
    text: 'The health ministry in Khartoum said 20 people died. The health ministry published an updated toll on Tuesday, showing 300 more deaths in a day.',
    published: '2024-03-12',
  });
  assert.equal(a.claims.length, 2);
  const shown = a.figures.find((f) => f.low === 300);
  assert.ok(shown);
  assert.equal(shown.reporter, a.claims[1].speaker);
});

test('"an opposition figure said": a described person is the source', () => {
  const cs = said('A Yemeni opposition figure said the strikes destroyed two depots near the port.');
  assert.equal(cs[0]?.name, 'Yemeni opposition figure');
});

test('"the UN\'s mission said … It said … the statement said": all the UN\'s', () => {
  const a = analyzeDocument({
    text: 'The RSF denied the killings. But the UN\'s mission in the region said 50 men were executed by the paramilitary group. It said 20 women were also raped. "The violence was a campaign of reprisals," the statement said.',
    published: '2024-03-12',
  });
  const speakers = a.claims.slice(1).map((c) => c.speaker);
  assert.deepEqual(speakers, ['org:un', 'org:un', 'org:un']);
});

test('"…, said an activist … who goes by the name of X": X speaks, and is "he" next', () => {
  const cs = said(
    'Al-Shabaab has left all its bases in the town, said an activist based in Baidoa who goes by the name of Ali Hassan. He said the air raids killed some 40 people.',
  );
  assert.deepEqual(
    cs.map((c) => c.name),
    ['Ali Hassan', 'Ali Hassan'],
  );
  const [d] = said('The rebels withdrew before dawn, said a local doctor.');
  assert.equal(d?.name, 'local doctor');
});

test('", the army\'s spokesman X said": the clause before the title is the content', () => {
  const [c] = said("Five soldiers died in the ambush, the army's spokesman Nabil Abdallah said.");
  assert.equal(c.name, 'Nabil Abdallah');
  assert.match(c.text, /^Five soldiers died/);
});

test('an atrocity reported by a body is an accusation; by a witness, a report', () => {
  const [c] = said('The UN mission said 30 women were raped in the villages.');
  assert.equal(c.kind, 'accusation');
  const [d] = said('Ethiopian officials have described the shootings as war crimes.');
  assert.equal(d.kind, 'accusation');
  const [w] = said('Residents said 12 men were executed near the river.');
  assert.equal(w.kind, 'assertion');
});

test('two unknown names coordinated before a speech verb are both speakers', () => {
  const names = said('Kagame and Tshisekedi said they had agreed to a truce.').map((c) => c.name);
  assert.deepEqual(names.sort(), ['Kagame', 'Tshisekedi']);
});

test('", citing the coalition," makes the source cited the speaker, and "citing" no claim of its own', () => {
  const cs = said(
    'The state broadcaster, citing the coalition, said an assault by armed speedboats was thwarted near the port.',
  );
  assert.equal(cs.length, 1);
  assert.equal(cs[0].name, 'coalition');
  assert.equal(cs[0].kind, 'denial');
});

test('"It quoted an unnamed official as saying …": the official speaks', () => {
  const cs = said(
    'Rebel-run television said the fighters hit a ship. It quoted an unnamed rebel official as saying the vessel was struck.',
  );
  assert.equal(cs[1]?.name, 'unnamed rebel official');
  assert.match(cs[1].text, /the vessel was struck/);
});

test('"called it a terrorist act" is a claim and an accusation', () => {
  const [c] = said('Foreign ministry spokeswoman Maria Zakharova called it a "terrorist act."');
  assert.equal(c?.name, 'Maria Zakharova');
  assert.equal(c.kind, 'accusation');
});

test('"X\'s military rulers have framed the strike as …" is said by the rulers', () => {
  const [c] = said("Mali's military rulers have framed the strike as a blow against a jihadist camp.");
  assert.equal(c?.name, "Mali's military rulers");
  assert.equal(c.affiliation, 'country:ml');
});

test('"X reported …, citing the ministry" is one claim: where the report came from is no second one', () => {
  const cs = said(
    'Rebel-run television reported that 40 people were killed in the strike, citing the health ministry in the capital.',
  );
  assert.equal(cs.length, 1);
});

test('a list of parties before the verb are all speakers: "the UN Mission in X, the US, the EU and France"', () => {
  const names = said(
    'But the UN Mission in Somalia, the United States, the European Union and Turkey have expressed concern over the reports.',
  ).map((c) => c.name);
  // (The lexicon's mission for Somalia, by its full name.)
  assert.deepEqual(names, [
    'United Nations Assistance Mission in Somalia',
    'United States',
    'European Union',
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

test('"…, denounces Amnesty International (AI).": an inverted non-say verb with its speaker ending the sentence', () => {
  const [c] = said(
    'Troops shot 25 farmers in early May near a market in the north, denounces Amnesty International (AI).',
  );
  assert.equal(c?.name, 'Amnesty International');
  assert.match(c.text, /^Troops shot/);
});

test('verb forms used as nouns make no claim: "a request for comment", "without warning", "X state"', () => {
  const cs = said(
    'The rebels did not respond to a request for comment. Fierce clashes were reported between the army and the rebels in Blue Nile state in the south, according to witnesses.',
  );
  assert.deepEqual(
    cs.map((c) => c.name),
    ['witnesses'],
  );
});

test('"Witnesses said" opening a sentence is the generic source, and "they" continues it', () => {
  const cs = said('Witnesses said the jets dropped several bombs without warning. They said 20 people died.');
  assert.deepEqual(
    cs.map((c) => c.name),
    ['witnesses', 'witnesses'],
  );
});

test('", X said when asked to comment on …": the clause before is what X said; the request is no claim', () => {
  const cs = said(
    'The army does not target civilians, the ministry said when asked to comment on what Kyiv said were lethal Russian strikes on two cities.',
  );
  assert.match(cs[0].text, /^The army does not target civilians/);
  assert.equal(cs[0].kind, 'denial');
  assert.equal(cs.length, 2);
  assert.equal(cs[1].kind, 'accusation');
});

test('another party\'s weapon as subject is a charge: "coalition airstrikes killed 30", "RSF shelling killed 12"', () => {
  const [a] = said(
    'Coalition airstrikes killed about 25 people in the coastal town on Friday, rebel media reported.',
  );
  assert.equal(a.kind, 'accusation');
  const [b] = said('The army said its forces repelled an RSF attack near the bridge.');
  assert.equal(b.kind, 'assertion');
});

test('"killed by <party>" reported by a body is a charge; "just a rumor" a denial', () => {
  const [a] = said(
    'A UN investigation has disclosed that 131 civilians were killed by M23 rebels in November.',
  );
  assert.equal(a.kind, 'accusation');
  const [b] = said(
    'According to the authorities, the news that civilians were killed in a bombing is just a rumor.',
  );
  assert.equal(b.kind, 'denial');
});

test('"the junta-appointed governor of the region said": the role before the phrase speaks', () => {
  const [c] = said('The junta-appointed governor of the region said eight people were killed.');
  assert.equal(c?.name, 'junta-appointed governor');
});

test('an adjunct opening the sentence is not what was said: "Speaking to reporters in Kyiv, X said …"', () => {
  const [c] = said('Speaking to reporters in Kyiv, Zelensky said the front was holding.');
  assert.equal(c.text, 'Zelensky said the front was holding');
  const [d] = said('In Kyiv, the strikes killed five people, the mayor said.');
  assert.match(d.text, /^In Kyiv, the strikes killed/);
});

test('"X, which has denied …, said …": both what the clause says and what the subject says', () => {
  const cs = said(
    'The Israeli army, which has denied targeting civilians, said it struck a Hamas command centre.',
  );
  assert.deepEqual(
    cs.map((c) => c.kind),
    ['denial', 'assertion'],
  );
  assert.doesNotMatch(cs[0].text, /command centre/);
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

test('"Speaking on state TV, the army chief vowed …": TV is no person, the chief speaks', () => {
  const [c] = said('Speaking on state TV, the army chief vowed to crush the rebellion.');
  assert.equal(c?.name, 'army chief');
  const [d] = said("The militia's founder claimed his men had taken the town.");
  assert.ok(d, 'a founder speaks');
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

test('nothing said is no claim: "requesting anonymity", "has yet to comment", "no group has claimed"', () => {
  const anon = said('Gunmen burned the market, a resident told Reuters, requesting anonymity.');
  assert.deepEqual(
    anon.map((c) => c.text),
    ['Gunmen burned the market, a resident told'],
  );
  assert.deepEqual(said('The militia has yet to comment.'), []);
  assert.deepEqual(said('No faction has so far claimed the ambush.'), []);
});

test('"the rebels reasoned the raid was …" and "…," the commission hopes": verbs that report too', () => {
  const r = said('The insurgents reasoned the raid was revenge for the arrests.');
  assert.equal(r.length, 1);
  assert.match(r[0].text, /revenge for the arrests$/);
  const h = said('“Those responsible must face justice,” the commission hopes.');
  assert.equal(h.length, 1);
  assert.equal(h[0].name, 'commission');
  assert.deepEqual(said('For security reasons, the police closed the bridge.'), []);
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

test('"Father X, parish priest of …, told AFP" and "X, a village elder, told AFP": the one named speaks, not AFP', () => {
  const r = said(
    '“We buried 12 people,” Father Joseph Okello, parish priest of Gulu, told AFP. “We have seen 20 bodies,” Moses Lagu, a village elder, told AFP.',
  );
  assert.deepEqual(
    r.map((c) => c.name),
    ['Joseph Okello', 'Moses Lagu'],
  );
});

test('"local sources told AFP": the unnamed source keeps the word that narrows it and says the clause before', () => {
  const r = said('Gunmen killed nine farmers near the river on Sunday, local sources told AFP.');
  assert.equal(r.length, 1);
  assert.equal(r[0].name, 'local sources');
  assert.match(r[0].text, /^Gunmen killed nine farmers/);
});

test('"“…,” said Amina Bello." names a person even with nothing after the name; "the priest added" speaks', () => {
  const r = said(
    '“The gunmen came at night,” said Amina Bello. The priest added that two chapels were burned.',
  );
  assert.equal(r.length, 2);
  assert.equal(r[0].name, 'Amina Bello');
  assert.equal(r[1].name, 'priest');
});

test('"X, head of a rights group, gave a new toll of 41 dead": a toll given is a claim and its figure is X\'s', () => {
  const a = analyzeDocument({
    text: 'Grace Mbabazi, head of a local rights group, gave a new toll of 41 dead.',
    published: '2024-03-12',
  });
  assert.equal(a.claims.length, 1);
  const person = a.entities.find((e) => e.type === 'person');
  assert.equal(a.claims[0].speaker, person?.key);
  assert.equal(a.figures.length, 1);
  assert.equal(a.figures[0].reporter, person?.key);
});

test('"…,” X, a London-based consultant, told AFP": X speaks — the one told never does', () => {
  const r = said(
    '“The raids send a message to the militias,” Omar Haddad, a London-based consultant, told AFP.',
  );
  assert.equal(r.length, 1);
  assert.equal(r[0].name, 'Omar Haddad');
  assert.ok(
    !said('“The raids send a message,” a consultant in the region told AFP.').some(
      (c) => c.name === 'Agence France-Presse',
    ),
  );
});

test('"told the BBC that …": the one told is not part of what was said', () => {
  const [c] = said('The district mayor told the BBC that 41 bodies had been recovered from the school.');
  assert.match(c.text, /told the BBC that 41 bodies/);
  const a = analyzeDocument({
    text: 'The district mayor told the BBC that 41 bodies had been recovered from the school.',
    published: '2024-03-12',
  });
  const t = 'The district mayor told the BBC that 41 bodies had been recovered from the school.';
  assert.equal(
    t.slice(a.claims[0].content.start, a.claims[0].content.end),
    '41 bodies had been recovered from the school',
  );
});

test('"…, the state-run Anadolu Agency said": an article and a modifier before the name keep the inversion', () => {
  const r = said('Four soldiers were killed near Hama on Monday, the state-run Anadolu Agency said.');
  assert.equal(r.length, 1);
  assert.match(r[0].text, /^Four soldiers were killed near Hama/);
});

test('"Organisations representing the Nuer rejected …": the organisations speak, not the people they represent', () => {
  const r = said('Organisations representing the Nuer rejected the governor’s claims.');
  assert.equal(r.length, 1);
  assert.equal(r[0].name, 'Organisations');
  assert.equal(r[0].kind, 'denial');
});

test('"according to a statement from X": X speaks, and "the statement said" goes on with X', () => {
  const text = [
    'The patrol was ambushed by about 30 gunmen near the town, according to a statement by the district attorney.',
    'Soldiers sent to the scene found two burned trucks, the statement said.',
  ].join('\n\n');
  const a = analyzeDocument({ text, published: '2024-06-12' });
  const names = a.claims.map((c) => a.entities.find((e) => e.key === c.speaker)?.name ?? c.speaker);
  assert.deepEqual(names, ['district attorney', 'district attorney']);
});

test('"X, supported by Y, added …": X speaks, not the one that supports it', () => {
  const text = 'The SDF, supported by the United States, added that the raids took place on Thursday.';
  const a = analyzeDocument({ text, published: '2024-06-12' });
  assert.equal(a.claims.length, 1);
  assert.equal(a.claims[0].speaker, 'group:sdf');
});

test('a subject with a restrictive relative clause speaks: "the agency that runs the camps said"', () => {
  const text =
    'The agency that runs the camps said four tents burned. The foundation which had sent the trucks said two drivers were hurt. A monitor that compiles local reports counted nine dead.';
  const a = analyzeDocument({ text, published: '2025-02-02' });
  const by = a.claims.map((c) => c.speaker);
  assert.deepEqual(by, ['source:agency', 'source:foundation', 'source:monitor']);
});

test('a possessive before the speaker: "…, the province\'s health ministry said" keeps what was said', () => {
  const text = 'Rescuers pulled 31 bodies from the rubble, the province’s health ministry said.';
  const a = analyzeDocument({ text, published: '2025-02-02' });
  assert.equal(a.claims.length, 1);
  const c = a.claims[0];
  assert.match(c.speaker ?? '', /ministry:health/);
  assert.equal(text.slice(c.content.start, c.content.end), 'Rescuers pulled 31 bodies from the rubble');
  assert.equal(a.figures[0]?.reporter, c.speaker);
});

test('"Name, the town\'s mayor, said" and "Name, 61, told" name a person who speaks', () => {
  const text =
    'Shells hit the market and killed a trader, Olena Marchuk, the village’s mayor, said. “We hid in the cellar all night,” Petro Danyliuk, 61, told reporters.';
  const a = analyzeDocument({ text, published: '2025-02-02' });
  const [first, second] = a.claims.map((c) => c.speaker ?? '');
  assert.equal(a.claims.length, 2);
  assert.match(first, /^person:olena/);
  assert.match(second, /^person:petro/);
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

test('"However, speaking to reporters, the minister, Name, said …": the opening adjunct is not what was said', () => {
  const text =
    'However, speaking to reporters, Chad’s defence minister, Idriss Mahamat, said the garrison "has not been overrun".';
  const a = analyzeDocument({ text, published: '2025-02-02' });
  assert.equal(a.claims.length, 1);
  const c = a.claims[0];
  assert.equal(text.slice(c.content.start, c.content.end), 'the garrison "has not been overrun"');
  assert.equal(c.kind, 'denial');
  const us = analyzeDocument({
    text: 'A US navy official said the tanker was hit twice.',
    published: '2025-02-02',
  });
  assert.match(us.entities.find((e) => e.key === us.claims[0]?.speaker)?.name ?? '', /^US navy official$/);
});

test('"disclosed to reporters that …", "often accuses", "said city police chief Name": each has its speaker', () => {
  const say = (text: string) => analyzeDocument({ text, published: '2025-02-02' }).claims;
  assert.match(
    say('A security source disclosed to reporters that six guards were missing.')[0]?.speaker ?? '',
    /security source/,
  );
  assert.equal(
    say('The government often accuses its neighbour of arming the rebels.')[0]?.kind,
    'accusation',
  );
  assert.match(
    say('The bomb hit a bus depot, said city police chief Rashid Anwar.')[0]?.speaker ?? '',
    /^person:rash/,
  );
});

test('"a spokesman for the movement said": the body it speaks for; "residents of the city" stay residents', () => {
  const say = (text: string) => analyzeDocument({ text, published: '2025-02-02' }).claims[0]?.speaker ?? '';
  assert.equal(say('A spokeswoman for Hezbollah said two fighters were killed.'), 'group:hezbollah');
  assert.equal(say('Residents of Aleppo said two fighters were killed.'), 'source:residents');
});

test('"…,” it continued": the pronoun after a quote goes on with the one quoted before, not a name inside the quote', () => {
  const r = said(
    'The Interior Ministry said a convoy was ambushed near the pass. “The Army of the North responded and killed six raiders,” it continued.',
  );
  assert.equal(r.length, 2, JSON.stringify(r));
  assert.match(r[1].name ?? '', /Interior Ministry/);
});

test('answering with arms is no speech: "troops responded and killed", "prompted the guards to respond."', () => {
  const r = said(
    'Gunmen fired on the checkpoint, and the guards responded and killed two of them. The ambush prompted police to respond.',
  );
  assert.deepEqual(r, []);
  const s = said('Asked about the raid, the governor responded that no civilians had been hurt.');
  assert.equal(s.length, 1);
});

test('"between the two states", "the Turkish warning drew notice": plural and "-ing" nouns are no verbs of saying', () => {
  assert.deepEqual(said('Trade has collapsed between the two states since the border closed.'), []);
  assert.deepEqual(said('The Turkish warning drew notice in the capital as envoys met.'), []);
  // A document's words after its noun still speak: "a statement accusing X of …".
  const r = said('The ministry issued a statement accusing the rebels of shelling the market.');
  assert.ok(r.length >= 1 && r.every((c) => c.kind === 'accusation'), JSON.stringify(r));
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

test('"who requested anonymity", "who asked not to be identified": how a source speaks is no appeal', () => {
  const r = said('A trader from Gondar who requested anonymity said the bridge had been shelled.');
  assert.ok(!r.some((c) => c.kind === 'appeal'), JSON.stringify(r));
  const s = said('The ferry sank at dawn, said two sailors, who asked not to be identified.');
  assert.ok(!s.some((c) => c.kind === 'appeal'), JSON.stringify(s));
});

test('", said the rebel spokesman" after a place: the speaker follows the verb; a movement\'s wing title leads to the name', () => {
  const r = said(
    'Eight villagers died when shells hit the market in northern Chad, said the rebel spokesman.',
  );
  assert.equal(r.length, 1);
  assert.match(r[0].name ?? '', /spokesman/);
  const s = said(
    'Eight villagers died when shells hit the market, said FACT political branch spokesman Issa Mahamat on Sunday.',
  );
  assert.equal(s.length, 1);
  assert.equal(s[0].name, 'Issa Mahamat');
});

test('"“…,” the statement read." is the issuer\'s; "the book he read." is no claim', () => {
  const r = said(
    'The navy said in a statement on Monday it had sunk two skiffs. “Piracy will not be tolerated in these waters,” the statement read.',
  );
  assert.equal(r.length, 2, JSON.stringify(r));
  assert.match(r[1].name ?? '', /navy/i);
  assert.deepEqual(said('The poems he read.'), []);
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

test('"He replied" goes on with the titled subject of the sentence before, not a name inside it', () => {
  const r = said(
    [
      'Dmitri Volkov said the bridge had been hit twice.',
      "Senior government spokeswoman Anna Brandt was asked whether Volkov's account was correct.",
      'She replied that the ministry did not comment on operations.',
    ].join(' '),
  );
  const last = r[r.length - 1];
  assert.equal(last.name, 'Anna Brandt', JSON.stringify(r));
});

test('"The navy in a statement said" is the navy; "An officer who spoke on condition of anonymity, said" is the officer', () => {
  const r = said('The Sri Lankan navy in a statement said two trawlers had been seized off the coast.');
  assert.equal(r.length, 1);
  assert.match(r[0].name ?? '', /navy/i);
  const s = said(
    'A police officer who spoke on condition of anonymity, said nine suspects had been released.',
  );
  assert.equal(s.length, 1);
  assert.match(s[0].name ?? '', /officer/i);
});

test('"accused by the UN and aid agencies" is two accusers; "welcomed by the UN and the army said" is a new clause', () => {
  const r = said('The militia stands accused by the UN and aid agencies of blocking food convoys.');
  assert.equal(r.length, 2, JSON.stringify(r));
  assert.match(r[1].name ?? '', /aid agencies/i);
  const s = said('The truce was welcomed by the UN and the army said it would comply.');
  assert.ok(!s.some((c) => /army/i.test(c.name ?? '') && /welcomed/.test(c.text)), JSON.stringify(s));
});

test('a place and its apposition before ", said X" are no speaker: the one after the verb is', () => {
  const r = said(
    'Six herders were killed near the well, in northern Chad, close to the border, said rebel spokesman Idriss Deby Saleh.',
  );
  assert.equal(r.length, 1);
  assert.equal(r[0].name, 'Idriss Deby Saleh');
});

test('an adverb such as "however" between the subject and its verb keeps the claim', () => {
  const [c] = said('The brigade commander however said that only fighters had died in the raid.');
  assert.equal(c?.name, 'brigade commander');
  const [d] = said('The militia likewise admitted heavy losses near the dam.');
  assert.equal(d?.name, 'militia');
});

test('a modified source placed "in northern <country>" is the source, not the country', () => {
  const [c] = said('A rescue official in northern Chad said eleven herders were killed overnight.');
  assert.equal(c.name, 'rescue official');
  const [d] = said('A hospital worker in eastern Peru told reporters that four guards were wounded.');
  assert.equal(d.name, 'hospital worker');
});

test('the one who issued a statement or posted a video says what it says', () => {
  const [c] = said(
    'Governor Elena Brask then put out a second statement saying the curfew would end on Friday.',
  );
  assert.equal(c.name, 'Elena Brask');
  const [d] = said('The rebel movement posted a video on Telegram accusing the army of shelling a school.');
  assert.equal(d.name, 'rebel movement');
  assert.equal(d.kind, 'accusation');
});

test('"police and militia sources" are two sources, the second keeping its modifier', () => {
  const names = said('Police and militia sources said a rocket hit a truck at the depot.').map((c) => c.name);
  assert.deepEqual(names, ['Police', 'militia sources']);
});

test('"a statement attributed to X said" after a quotation: X says the quotation', () => {
  const c = said(
    '“We deny any role in the raid on the depot,” a statement attributed to the Ruritanian embassy in Vienna said.',
  );
  assert.equal(c.length, 1);
  assert.match(c[0].text, /^“We deny any role/);
});

test('"according to the Geneva-based monitor": a hyphenated modifier stays in the source', () => {
  const [c] = said(
    'Some 300 fishermen have died on the lake since 2019, according to the Geneva-based monitoring group.',
  );
  assert.equal(c?.name, 'Geneva-based monitoring group');
});

test('an adverb in quotation marks before the verb is stepped over', () => {
  const [c] = said('The interior ministry has "strongly" dismissed claims that its police shot at mourners.');
  assert.equal(c?.name, 'interior ministry');
  assert.equal(c?.kind, 'denial');
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

test('"Name, who <relative clause>, told …": the named person, however long the clause', () => {
  const [c] = said(
    'Farmer Odile Mbeki, who fled the raid and walked for two days back to the market town of Kessa, told reporters that the jets circled twice.',
  );
  assert.match(c?.name ?? '', /Odile Mbeki/);
  const [d] = said(
    'The rebel movement, which speaks for the herders of the plateau and is fighting the army for land rights in the south, has denied any link to the bombers.',
  );
  assert.equal(d?.kind, 'denial');
  assert.equal(d?.name, 'rebel movement');
});

test('an inverted attribution followed only by adjuncts of place and occasion', () => {
  const [c] = said(
    'The army fought nine clashes with the rebels in a fortnight, Colonel Anders Vik, spokesman of the northern command, said during a rare press conference at the officers club in the capital.',
  );
  assert.equal(c?.name, 'Anders Vik');
  assert.match(c?.text ?? '', /^The army fought nine clashes/);
});

test('an apposition that lists its backers ("backed by A, B and C") is stepped over to the subject', () => {
  const [c] = said(
    'The rebel alliance, backed by Rwanda, Uganda and Burundi, has promised to take the capital.',
  );
  assert.equal(c?.name, 'rebel alliance');
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

test("a municipal title between a quotation and the name keeps the quotation the speaker's", () => {
  const c = said(
    '“The shelling killed 12 and wounded 30. This is only a first count,” Vardar municipal council member Ana Petrov told Reuters by phone.',
  );
  assert.equal(c.length, 1);
  assert.equal(c[0].name, 'Ana Petrov');
  assert.match(c[0].text, /^“The shelling killed 12/);
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

test('a name before a long lower-case apposition is the person who speaks after it', () => {
  const [c] = said(
    'Ana Lopes, a member of the party’s executive committee in the north, also said the vote was rigged.',
  );
  assert.equal(c?.name, 'Ana Lopes');
  // An apposition that is itself a name is the speaker: the title before it is not a person.
  const [d] = said('Interior Minister, Maria Lund, said the vote was fair.');
  assert.equal(d?.name, 'Maria Lund');
});

test('"…, said the movement" takes up the body named before; with none, it is a source of its own', () => {
  const cs = said(
    'Hezbollah fighters fired rockets overnight. “Our response was measured,” said the movement.',
  );
  assert.equal(cs.at(-1)?.name, 'Hezbollah');
  const [alone] = said('The shelling stopped at dawn, said the ministry.');
  assert.equal(alone?.name, 'ministry');
});

test('denials in the speaker’s own words: "we categorically reject", "isn’t true", "there were no gunmen at the clinic"', () => {
  for (const text of [
    '“We categorically reject the occupiers’ allegations,” the militia said in a statement.',
    '“Any such report isn’t true, our pilots do not fly there,” the ministry spokeswoman said.',
    'A rebel commander said there were no gunmen at the clinic when it was shelled.',
  ]) {
    const [c] = said(text);
    assert.equal(c?.kind, 'denial', text);
  }
  // "was quoted as saying" and "saying" are one claim, and it denies.
  const cs = said(
    'The mayor was quoted as saying that there had been no soldiers among the 40 people detained.',
  );
  assert.equal(cs.length, 1);
  assert.equal(cs[0].kind, 'denial');
});

test('an unknown name set off by commas right before the verb speaks: "the head of the office, Taras Hrytsenko, wrote"', () => {
  const [c] = said(
    'The head of the regional office, Taras Hrytsenko, wrote on Telegram that two trains were hit.',
  );
  assert.equal(c?.name, 'Taras Hrytsenko');
});

test('"said the Head of Air Operations at the ministry, Colonel X Y": the name speaks, not the unit headed', () => {
  const [c] = said(
    '“Two jets were lost,” said the Head of Air Operations at the Defence Ministry, Colonel Anan Preecha.',
  );
  assert.equal(c?.name, 'Anan Preecha');
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

test('a text that ends on a verb form of saying, with no full stop, is read without error', () => {
  const r = said('The army said the town was calm and the ministry reports');
  assert.equal(r[0]?.name, 'army');
});

test('the person before a role whose unit holds a comma speaks: "X, commander of the 3rd Brigade, 9th Division, said"', () => {
  const [c] = said(
    'Maj. Ruth Okello, commander of the 3rd Brigade, 9th Mountain Division, said the pass was open again.',
  );
  assert.equal(c?.name, 'Ruth Okello');
});

test('a role noun between the inverted verb and the name: "said villager X", "said the network\'s security analyst Col. X"', () => {
  const [a] = said('"Nobody came to help us," said villager Tendai Moyo.');
  assert.equal(a?.name, 'Tendai Moyo');
  const [b] = said('"The line will not hold for long," said NTV security analyst Col. Anders Berg.');
  assert.equal(b?.name, 'Anders Berg');
});

test('a name in apposition after the role speaks, not the person named before the role', () => {
  const [c] = said(
    'Blame fell on an alliance of militias loyal to former President Jean Dupont, whose spokesman, Ali Kone, said the charges were false.',
  );
  assert.equal(c?.name, 'Ali Kone');
});

test('a body before "appointed by X", "set up by X" speaks, not the one who appointed it', () => {
  const [a] = said(
    'A commission appointed by President Maria Alvarez said that 40 villagers had been killed.',
  );
  assert.equal(a?.name, 'commission');
  const [b] = said('A panel set up by the prime minister said the soldiers had fired without orders.');
  assert.equal(b?.name, 'panel');
});

test('"…, a communique carried by state radio said": the broadcaster, and "state" is no verb', () => {
  const cs = said('“Two of our pilots were lost over the gulf,” a communique carried by state radio said.');
  assert.equal(cs.length, 1, JSON.stringify(cs));
  assert.equal(cs[0].name?.toLowerCase(), 'state radio');
  assert.match(cs[0].text, /pilots were lost/);
});

test('"The communique said … It added …": "it" is the document, told by whoever issued it', () => {
  const cs = said(
    'Interior minister Joseph Mbarga read a communique on national radio, saying the police had acted lawfully.\n\n' +
      'The communique said that although officers had faced attacks from armed separatists, they had not used live rounds. ' +
      'It added that no homes had been burned by the police.',
  );
  assert.equal(cs.length, 3, JSON.stringify(cs));
  for (const c of cs) assert.equal(c.name, 'Joseph Mbarga', c.text);
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

test('"A communique released late on Friday denied …": the document speaks past its participle and time, for its issuer', () => {
  const cs = said(
    'The Malian army said no village had been burned. A communique released late on Friday denied reports that soldiers had opened fire on a market.',
  );
  assert.equal(cs.length, 2, JSON.stringify(cs));
  assert.equal(cs[1].kind, 'denial');
  assert.equal(cs[1].name, cs[0].name);
});
