import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

// Who speaks when the subject carries phrases of place or a rebel army's name is near.

function said(text: string) {
  const a = analyzeDocument({ text, published: '2024-08-19' });
  const name = (key: string | null) => a.entities.find((x) => x.key === key)?.name ?? null;
  return a.claims.map((c) => ({ name: name(c.speaker), kind: c.kind, text: text.slice(c.start, c.end) }));
}

test('"a customs officer on the northern side at X said": the officer, not the place after "at"', () => {
  const [c] = said(
    'A customs officer on the northern side at Kalbor said two guards were hurt in the shooting.',
  );
  assert.equal(c.name?.toLowerCase(), 'customs officer');
});

test('"a nurse with a clinic in X, <Name>, told the agency": the name in apposition speaks', () => {
  const [c] = said(
    'A nurse with a private clinic in Dalvir, Rosa Tembe, told the Reuters news agency that 14 people were treated for burns.',
  );
  assert.equal(c.name, 'Rosa Tembe');
});

test('"an army spokesman" after a rebel "X Army" is the state\'s army, not the rebels', () => {
  const cs = said(
    'The Northern Freedom Army stormed the depot at dawn. Nine guards were killed, an army spokesman said.',
  );
  const c = cs.find((x) => /Nine guards/.test(x.text));
  assert.ok(c);
  assert.notEqual(c.name, 'Northern Freedom Army');
});

test('"the insurgents claimed" is the rebel army named before, not soldiers described in lower case', () => {
  const cs = said(
    'The Eastern Liberation Army ambushed the convoy, and six policemen and two paramilitary soldiers died, officials said. Later the insurgents claimed to have shot down a helicopter.',
  );
  const c = cs.find((x) => /helicopter/.test(x.text));
  assert.ok(c);
  assert.equal(c.name, 'Eastern Liberation Army');
});

test('"the agency\'s report on children in war zones said": the body behind the report speaks', () => {
  const cs = said(
    "UNICEF's yearly report on children in war zones said the number of schools hit had doubled.",
  );
  assert.equal(cs[0]?.name, "United Nations Children's Fund");
});

test('"It is being reported that …" names no one: the outlet tells it, not the party before', () => {
  const a = analyzeDocument({
    text: 'The Eastern Liberation Army said the depot was hit. It is now being reported that nine people had died in the strikes.',
    published: '2024-08-19',
  });
  const f = a.figures.find((x) => x.low === 9);
  assert.ok(f);
  assert.equal(f.reporter, null);
  // an active "It has said that" is the body speaking
  const b = analyzeDocument({
    text: 'The World Food Programme spoke on Monday. It has said that 300 tonnes of grain were looted.',
    published: '2024-08-19',
  });
  assert.ok(b.claims.some((c) => c.speaker !== null));
});

test('a day between an apposition and its verb: "X, UN aid coordinator in Y, on Tuesday condemned"', () => {
  const [c] = said('Ines Varga, UN aid coordinator in Chad, on Tuesday condemned the shelling of the camp.');
  assert.equal(c.name, 'Ines Varga');
});

test('an apposition led by a role with no article, holding a bracketed acronym: the person speaks', () => {
  const [c] = said(
    'Karim Dossa, chief commander of the Northern Freedom Forces (NFF), on Friday accused the army of shelling the market.',
  );
  assert.equal(c.name, 'Karim Dossa');
});

test('"An X affiliate, Y, has claimed …, saying": the name set beside the head noun speaks, not X', () => {
  const cs = said(
    'A Taliban affiliate, ISWAP, has taken credit for the ambush, saying its men killed 14 soldiers.',
  );
  const c = cs.find((x) => /14 soldiers/.test(x.text));
  assert.ok(c);
  assert.match(c.name ?? '', /ISWAP|Islamic State/);
});

test('"the X-run civil defence agency says": the agency speaks, not the party that runs it', () => {
  const cs = said('Nine fishermen were shot near the pier, the Taliban-run Civil Defense agency says.');
  assert.equal(cs.length, 1);
  assert.notEqual(cs[0].name, 'Taliban');
  assert.match(cs[0].name ?? '', /agency/i);
});

test('"The X-led ministry …, saying": the subject is the ministry the party runs', () => {
  const cs = said('The Taliban-run health ministry posted figures on Sunday, saying 40 people were killed.');
  const c = cs.find((x) => /40 people/.test(x.text));
  assert.ok(c);
  assert.notEqual(c.name, 'Taliban');
});

test('"the UN mission in the Democratic Republic of the Congo (DRC) said": the mission speaks; DRC is the country', () => {
  const text =
    'The UN peacekeeping mission in the Democratic Republic of the Congo (DRC) said on Monday that guards fired on a patrol. DRC denied it.';
  const a = analyzeDocument({ text, published: '2024-08-19' });
  const name = (key: string | null) => a.entities.find((x) => x.key === key)?.name ?? null;
  assert.match(
    name(a.claims[0]?.speaker ?? null) ?? '',
    /^United Nations .*Mission in the Democratic Republic of the Congo$/,
  );
  assert.ok(a.entities.some((e) => e.key === 'country:cd' && text.slice(e.start, e.end) === 'DRC'));
  assert.ok(a.claims.some((c) => c.kind === 'denial' && c.speaker?.startsWith('country:')));
});

test('"state television said …. It said …": the broadcaster goes on, not the country it belongs to', () => {
  const cs = said(
    "Chad's state television said nine people were killed. It said the attackers burned several shops.",
  );
  assert.equal(cs.length, 2);
  assert.equal(cs[1].name, cs[0].name);
});

test('"X are often accused by international NGOs of …": the NGOs accuse, not the ones accused', () => {
  const cs = said('Militias in the region are often accused by international NGOs of looting villages.');
  assert.equal(cs.length, 1);
  assert.equal(cs[0].kind, 'accusation');
  assert.match(cs[0].name ?? '', /NGOs/i);
});

test('"a man identifying himself as “General X” says": the name he gives speaks', () => {
  const cs = said('In a video, a man identifying himself as “General Tembo” says none of his fighters died.');
  assert.equal(cs.length, 1);
  assert.equal(cs[0].name, 'General Tembo');
});

test('"rejected the attack" condemns it; "rejected the attack claims" and "denied the attack" deny', () => {
  assert.equal(said('The mayor rejected the bombing and called for calm.')[0]?.kind, 'accusation');
  assert.equal(said('The army rejected the bombing claims as lies.')[0]?.kind, 'denial');
  assert.equal(said('The army denied the bombing.')[0]?.kind, 'denial');
});

test('"X, a coalition made up of A (A1), B (B1) and C (C1), said": the coalition speaks, not the last member', () => {
  const [c] = said(
    'The Eastern Front, a loose rebel coalition made up of the Sahel Liberation Movement (SLM), the Tera Brigades (TB) and the Kuma Defence Force (KDF), said on Monday it had overrun three army posts.',
  );
  assert.equal(c.name, 'Eastern Front');
  const [d] = said(
    'The Eastern Front, an alliance of the Sahel Liberation Movement, the Tera Brigades and the Kuma Defence Force, said it had overrun three army posts.',
  );
  assert.equal(d.name, 'Eastern Front');
});

test('"residents interviewed by Reuters said": the ones reached speak, not the outlet that reached them', () => {
  const r = said('Three herders contacted by the Associated Press said the militia had raided the well.');
  assert.equal(r.length, 1);
  assert.equal(r[0].name?.toLowerCase(), 'herders');
  const q = said('Fishermen quoted by AFP said gunboats had fired on their canoes near the island.');
  assert.equal(q.length, 1, 'no claim of the outlet’s from "quoted by"');
  assert.equal(q[0].name?.toLowerCase(), 'fishermen');
});

test('"a count confirmed to an outlet by a source": the agent after the outlet told speaks', () => {
  const r = said(
    'The governor said 14 guards died in the riot, a number confirmed to Reuters by a prison official.',
  );
  assert.ok(
    r.some((c) => c.name?.toLowerCase() === 'prison official'),
    JSON.stringify(r),
  );
  // "thought to have been launched by X" names who fired, not who spoke
  const b = said(
    'Mortar rounds thought to have been launched by the militia landed near the camp, a commander told Reuters.',
  );
  assert.ok(!b.some((c) => c.name?.toLowerCase() === 'militia'), JSON.stringify(b));
});

test('"Tamang organisations said": a community\'s name before a source noun is part of the source', () => {
  const text =
    'Tamang organisations said on Wednesday they would strike. On Thursday, Gurung-Magar activists claimed the dead were volunteers. On Monday witnesses said the market burned.';
  const a = analyzeDocument({ text, published: '2024-08-19' });
  const keys = a.claims.map((c) => c.speaker);
  assert.deepEqual(keys, [
    'source:tamang organisations',
    'source:gurung-magar activists',
    'source:witnesses',
  ]);
});

test('"the French ambassador to the UN said": the envoy\'s side speaks, not the body it is sent to', () => {
  const text =
    "The French ambassador to the UN urged Moscow to halt the strikes. Norway's envoy to the EU said the talks had stalled. The Kenyan ambassador to the African Union denied the report.";
  const a = analyzeDocument({ text, published: '2024-08-19' });
  assert.deepEqual(
    a.claims.map((c) => c.speaker),
    ['country:fr', 'country:no', 'country:ke'],
  );
});

test('"sent a letter to rebel leader X demanding …": the sender demands, not the one written to', () => {
  const c = said(
    'The African Union envoy sent a letter to militia chief Joseph Kony demanding the release of 30 abducted pupils.',
  );
  assert.equal(c.length, 1);
  assert.equal(c[0].kind, 'appeal');
  assert.notEqual(c[0].name, 'Joseph Kony');
});

test('"X, Kenyan President Y\'s chief spokesman, rejected …": X speaks, past the titled owner of his role', () => {
  const c = said(
    'Hussein Mohamed, Kenyan President William Ruto’s chief spokesman, rejected the charge on Friday.',
  );
  assert.deepEqual(
    c.map((x) => [x.name, x.kind]),
    [['Hussein Mohamed', 'denial']],
  );
});

test('"Chad and its allies accused …": the party named before its allies speaks', () => {
  const c = said('Chad and its allies accused the junta of arming the militia.');
  assert.deepEqual(
    c.map((x) => [x.name, x.kind]),
    [['Chad', 'accusation']],
  );
});

test('"characterized the report as an exaggeration", "boasted about seizing": verbs of saying', () => {
  const c = said(
    'Colonel Haddad characterized the report of 300 dead as an exaggeration. The militia commander boasted about seizing nine trucks.',
  );
  assert.deepEqual(
    c.map((x) => [x.name, x.kind]),
    [
      ['Haddad', 'denial'],
      ['militia commander', 'assertion'],
    ],
  );
});
