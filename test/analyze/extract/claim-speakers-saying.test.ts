import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';
import { said } from './helpers/said.ts';

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

test('a quotation after a parenthetical "he added," is what he added', () => {
  const cs = said(
    '"The drone flew for three minutes," Yermak said. If Kyiv had more air defences, he added, "this drone could have been shot down".',
  );
  assert.equal(cs.length, 2);
  assert.match(cs[1].text, /could have been shot down/);
  assert.doesNotMatch(cs[1].text, /air defences/);
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

test('an atrocity reported by a body is an accusation; by a witness, a report', () => {
  const [c] = said('The UN mission said 30 women were raped in the villages.');
  assert.equal(c.kind, 'accusation');
  const [d] = said('Ethiopian officials have described the shootings as war crimes.');
  assert.equal(d.kind, 'accusation');
  const [w] = said('Residents said 12 men were executed near the river.');
  assert.equal(w.kind, 'assertion');
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

test('an adjunct opening the sentence is not what was said: "Speaking to reporters in Kyiv, X said …"', () => {
  const [c] = said('Speaking to reporters in Kyiv, Zelensky said the front was holding.');
  assert.equal(c.text, 'Zelensky said the front was holding');
  const [d] = said('In Kyiv, the strikes killed five people, the mayor said.');
  assert.match(d.text, /^In Kyiv, the strikes killed/);
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

test('"according to a statement from X": X speaks, and "the statement said" goes on with X', () => {
  const text = [
    'The patrol was ambushed by about 30 gunmen near the town, according to a statement by the district attorney.',
    'Soldiers sent to the scene found two burned trucks, the statement said.',
  ].join('\n\n');
  const a = analyzeDocument({ text, published: '2024-06-12' });
  const names = a.claims.map((c) => a.entities.find((e) => e.key === c.speaker)?.name ?? c.speaker);
  assert.deepEqual(names, ['district attorney', 'district attorney']);
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

test('"who requested anonymity", "who asked not to be identified": how a source speaks is no appeal', () => {
  const r = said('A trader from Gondar who requested anonymity said the bridge had been shelled.');
  assert.ok(!r.some((c) => c.kind === 'appeal'), JSON.stringify(r));
  const s = said('The ferry sank at dawn, said two sailors, who asked not to be identified.');
  assert.ok(!s.some((c) => c.kind === 'appeal'), JSON.stringify(s));
});

test('"“…,” the statement read." is the issuer\'s; "the book he read." is no claim', () => {
  const r = said(
    'The navy said in a Monday statement it had sunk two skiffs. “Piracy will not be tolerated in these waters,” the statement read.',
  );
  assert.equal(r.length, 2, JSON.stringify(r));
  assert.match(r[1].name ?? '', /navy/i);
  assert.deepEqual(said('The poems he read.'), []);
});

test('"The navy in a statement said" is the navy; "An officer who spoke on condition of not being named, said" is the officer', () => {
  const r = said('The Sri Lankan navy in a statement said two trawlers had been seized off the coast.');
  assert.equal(r.length, 1);
  assert.match(r[0].name ?? '', /navy/i);
  const s = said(
    'A police officer who spoke on condition of not being named, said nine suspects had been released.',
  );
  assert.equal(s.length, 1);
  assert.match(s[0].name ?? '', /officer/i);
});

test('an adverb such as "however" between the subject and its verb keeps the claim', () => {
  const [c] = said('The brigade commander however said that only fighters had died in the raid.');
  assert.equal(c?.name, 'brigade commander');
  const [d] = said('The militia likewise admitted heavy losses near the dam.');
  assert.equal(d?.name, 'militia');
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

test('"a statement attributed to X said" after a quotation: X says the quotation', () => {
  const c = said(
    '“We deny any role in the raid on the depot,” a statement attributed to the Ruritanian embassy in Vienna said.',
  );
  assert.equal(c.length, 1);
  assert.match(c[0].text, /^“We deny any role/);
});

test('an adverb in quotation marks before the verb is stepped over', () => {
  const [c] = said('The interior ministry has "strongly" dismissed claims that its police shot at mourners.');
  assert.equal(c?.name, 'interior ministry');
  assert.equal(c?.kind, 'denial');
});

test('an inverted attribution followed only by adjuncts of place and occasion', () => {
  const [c] = said(
    'The army fought nine clashes with the rebels in a fortnight, Colonel Anders Vik, spokesman of the northern command, said during a rare press conference at the officers club in the capital.',
  );
  assert.equal(c?.name, 'Anders Vik');
  assert.match(c?.text ?? '', /^The army fought nine clashes/);
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

test('a text that ends on a verb form of saying, with no full stop, is read without error', () => {
  const r = said('The army said the town was calm and the ministry reports');
  assert.equal(r[0]?.name, 'army');
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

test('"A communique released late on Friday denied …": the document speaks past its participle and time, for its issuer', () => {
  const cs = said(
    'The Malian army said no village had been burned. A communique released late on Friday denied reports that soldiers had opened fire on a market.',
  );
  assert.equal(cs.length, 2, JSON.stringify(cs));
  assert.equal(cs[1].kind, 'denial');
  assert.equal(cs[1].name, cs[0].name);
});
