import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';
import { said } from './helpers/said.ts';

test('a person described as a member of a national body speaks, not the body', () => {
  const [c] = said("Yerlan Abenov, deputy head of Kazakhstan's Security Council, said the border was calm.");
  assert.equal(c.name, 'Yerlan Abenov');
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

test('"an opposition figure said": a described person is the source', () => {
  const cs = said('A Yemeni opposition figure said the strikes destroyed two depots near the port.');
  assert.equal(cs[0]?.name, 'Yemeni opposition figure');
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

test('two unknown names coordinated before a speech verb are both speakers', () => {
  const names = said('Kagame and Tshisekedi said they had agreed to a truce.').map((c) => c.name);
  assert.deepEqual(names.sort(), ['Kagame', 'Tshisekedi']);
});

test('"the junta-appointed governor of the region said": the role before the phrase speaks', () => {
  const [c] = said('The junta-appointed governor of the region said eight people were killed.');
  assert.equal(c?.name, 'junta-appointed governor');
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

test('"Speaking on state TV, the army chief vowed …": TV is no person, the chief speaks', () => {
  const [c] = said('Speaking on state TV, the army chief vowed to crush the rebellion.');
  assert.equal(c?.name, 'army chief');
  const [d] = said("The militia's founder claimed his men had taken the town.");
  assert.ok(d, 'a founder speaks');
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

test('"“…,” said Amina Bello." names a person even with nothing after the name; "the priest added" speaks', () => {
  const r = said(
    '“The gunmen came at night,” said Amina Bello. The priest added that two chapels were burned.',
  );
  assert.equal(r.length, 2);
  assert.equal(r[0].name, 'Amina Bello');
  assert.equal(r[1].name, 'priest');
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

test('"Name, the town\'s mayor, said" and "Name, 61, told" name a person who speaks', () => {
  const text =
    'Shells hit the market and killed a trader, Olena Marchuk, the village’s mayor, said. “We hid in the cellar all night,” Petro Danyliuk, 61, told reporters.';
  const a = analyzeDocument({ text, published: '2025-02-02' });
  const [first, second] = a.claims.map((c) => c.speaker ?? '');
  assert.equal(a.claims.length, 2);
  assert.match(first, /^person:olena/);
  assert.match(second, /^person:petro/);
});

test('"…,” it continued": the pronoun after a quote goes on with the one quoted before, not a name inside the quote', () => {
  const r = said(
    'The Interior Ministry said a convoy was ambushed near the pass. “The Army of the North responded and killed six raiders,” it continued.',
  );
  assert.equal(r.length, 2, JSON.stringify(r));
  assert.match(r[1].name ?? '', /Interior Ministry/);
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

test('a place and its apposition before ", said X" are no speaker: the one after the verb is', () => {
  const r = said(
    'Six herders were killed near the well, in northern Chad, close to the border, said rebel spokesman Idriss Deby Saleh.',
  );
  assert.equal(r.length, 1);
  assert.equal(r[0].name, 'Idriss Deby Saleh');
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

test('an apposition that lists its backers ("backed by A, B and C") is stepped over to the subject', () => {
  const [c] = said(
    'The rebel alliance, backed by Rwanda, Uganda and Burundi, has promised to take the capital.',
  );
  assert.equal(c?.name, 'rebel alliance');
});

test("a municipal title between a quotation and the name keeps the quotation the speaker's", () => {
  const c = said(
    '“The shelling killed 12 and wounded 30. This is only a first count,” Vardar municipal council member Ana Petrov told Reuters by phone.',
  );
  assert.equal(c.length, 1);
  assert.equal(c[0].name, 'Ana Petrov');
  assert.match(c[0].text, /^“The shelling killed 12/);
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
