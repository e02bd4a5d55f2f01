import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';
import { claims } from './helpers/claims.ts';

test('kinds from the verb: denial, appeal, accusation', () => {
  const d = claims('[Israel’s military|organization|il:military>country:IL] denied targeting the convoy.');
  assert.equal(d.claims[0].kind, 'denial');
  const u = claims('[The United Nations|organization|un] urged both parties to open humanitarian corridors.');
  assert.equal(u.claims[0].kind, 'appeal');
  const c = claims('[Ethiopia|country|country:ET] called on the rebels to lay down their arms.');
  assert.equal(c.claims[0].kind, 'appeal');
});

test('kinds from the content: disinformation is a denial, an enemy attack an accusation', () => {
  const d = claims(
    '[Russia’s defence ministry|organization|ru:mod>country:RU] described the reports as “fake news” and provocation.',
  );
  assert.equal(d.claims[0].kind, 'denial');
  const a = claims(
    '[The army|organization|sd:army>country:SD] said [the RSF|group|rsf>country:SD] had shelled a hospital in Omdurman.',
  );
  assert.equal(a.claims[0].kind, 'accusation', 'an armed group is a party of its own');
  const b = claims(
    '[Ukraine’s military|organization|ua:military>country:UA] said [Russian|country|country:RU] forces shelled Kherson overnight.',
  );
  assert.equal(b.claims[0].kind, 'accusation');
});

test('a denial in the next sentence contradicts the claim it answers', () => {
  const a = claims(
    '[The Houthis|group|houthis>country:YE] said they had struck a tanker in the Red Sea. [The shipping company|organization|ship-co] denied that any vessel was hit.',
  );
  assert.equal(a.claims.length, 2);
  assert.deepEqual(a.claims[1].contradicts, [0]);
});

test('a denial answers the charge whose words it takes up, over a nearer unrelated one', () => {
  const a = claims(
    '[The Arakan Army|group|arakan-army] said junta aircraft had bombed a crowded market in Mrauk-U. [Rights groups|organization|rights-groups] accused both sides of forcibly recruiting teenagers. [A military spokesman|organization|mm:military] denied bombing the market in Mrauk-U.',
  );
  assert.equal(a.claims.length, 3);
  assert.deepEqual(a.claims[2].contradicts, [0]);
  // Without shared words the nearer charge still wins.
  const b = claims(
    '[The Arakan Army|group|arakan-army] said junta aircraft had bombed a crowded market in Mrauk-U. [Rights groups|organization|rights-groups] accused both sides of forcibly recruiting teenagers. [A military spokesman|organization|mm:military] denied it.',
  );
  assert.deepEqual(b.claims[2].contradicts, [1]);
});

test('"Y denied that." is a denial of the claim before it', () => {
  const a = claims(
    '[The Houthis|group|houthis] said they hit a destroyer. [The US Navy|organization|us:navy>country:US] denied that.',
  );
  assert.equal(a.claims[1].kind, 'denial');
  assert.deepEqual(a.claims[1].contradicts, [0]);
});

test('in a civil war the two sides are the armed actors, in an interstate war their states', () => {
  const civil = claims(
    '[The army|organization|sd:military>country:SD] shelled [the RSF|group|rsf>country:SD]. [The army|organization|sd:military>country:SD] and [the RSF|group|rsf>country:SD] fought on. [Saudi Arabia|country|country:SA] and [the United States|country|country:US] and [Saudi Arabia|country|country:SA] and [the United States|country|country:US] mediated. Each side blamed the other.',
  );
  assert.deepEqual(
    civil.claims
      .filter((c) => c.kind === 'accusation')
      .map((c) => c.speaker)
      .sort(),
    ['rsf', 'sd:military'],
  );
  const interstate = claims(
    '[Russian forces|organization|ru:military>country:RU] shelled [Ukrainian troops|organization|ua:military>country:UA]. [Russian forces|organization|ru:military>country:RU] and [Ukrainian troops|organization|ua:military>country:UA] clashed. Both sides accused each other of breaking the truce.',
  );
  assert.deepEqual(
    interstate.claims
      .filter((c) => c.kind === 'accusation')
      .map((c) => c.speaker)
      .sort(),
    ['country:RU', 'country:UA'],
  );
});

test('reciprocal blame: the recurring armed group and an army named once', () => {
  const a = claims(
    '[The Houthis|group|houthis] fired drones at Marib. [Yemen’s army|organization|ye:army>country:YE] returned fire. [The Houthis|group|houthis] said the truce was over, each side blaming the other.',
  );
  const blame = a.claims.filter((c) => a.text.slice(c.start, c.end).includes('each side'));
  assert.deepEqual(blame.map((c) => c.speaker).sort(), ['houthis', 'ye:army']);
});

test('claim kinds: witnesses report, parties accuse, unquoted reported facts are assertions', () => {
  const w = claims('Witnesses said drones struck a fuel depot in [Port Sudan|place|port-sudan] overnight.');
  assert.equal(w.claims[0].kind, 'assertion');
  const a = claims('[Hamas|group|hamas] said army drones had bombed a school in the camp.');
  assert.equal(a.claims[0].kind, 'accusation');
  const own = claims('[The Arakan Army|group|aa] said its fighters had shelled the base before dawn.');
  assert.equal(own.claims[0].kind, 'assertion');
  const fact = claims(
    '[The Red Cross|organization|icrc] said the convoy reached [Mekelle|place|mekelle] on Friday.',
  );
  assert.equal(fact.claims[0].kind, 'assertion');
  const plan = claims('[The Red Cross|organization|icrc] said the convoy would try again next week.');
  assert.equal(plan.claims[0].kind, 'statement');
  const quoted = claims('“We are exhausted and nobody listens,” [a nurse|person|nurse] said.');
  assert.equal(quoted.claims[0].kind, 'statement');
});

test('rebuttals without a denial verb: the truce kept, nothing of the kind happened', () => {
  const a = claims(
    '[The SDF|group|sdf] accused [Turkey|country|tr] of shelling [Qamishli|place|qamishli]. [The Turkish defence ministry|organization|tr:mod>country:TR] insisted that its forces had strictly observed the ceasefire.',
  );
  assert.equal(a.claims[1].kind, 'denial');
  assert.deepEqual(a.claims[1].contradicts, [0]);
  const b = claims(
    '[Russia’s defence ministry|organization|ru:mod>country:RU] said no aircraft had been lost.',
  );
  assert.equal(b.claims[0].kind, 'denial');
  const c = claims(
    '[The UN envoy|person|envoy] said no progress was made at the talks in [Geneva|place|geneva].',
  );
  assert.notEqual(c.claims[0].kind, 'denial');
});

test('a denial answers the accusation rather than an equally near assertion', () => {
  const a = claims(
    'Residents blamed [the army|organization|mm:army>country:MM], saying the shells came from the hills. [The army|organization|mm:army>country:MM] denied firing on the village.',
  );
  const denial = a.claims.find((c) => c.kind === 'denial');
  assert.ok(denial);
  assert.equal(a.claims[denial.contradicts?.[0] ?? -1]?.kind, 'accusation');
});

test('complaints are claims', () => {
  const a = claims(
    '[The UN|organization|un] has complained for weeks that militias looted its warehouses in [Goma|place|goma].',
  );
  assert.deepEqual(
    a.claims.map((c) => c.speaker),
    ['un'],
  );
});

test('a plan stated with numbers is a statement, a count reported is an assertion', () => {
  const plan = claims(
    '[The African Union|organization|au] said 200 monitors would be deployed along the border.',
  );
  assert.equal(plan.claims[0].kind, 'statement');
  const count = claims(
    '[The health ministry|organization|ps:moh>country:PS] said 31 people were killed overnight.',
  );
  assert.equal(count.claims[0].kind, 'assertion');
});

test('mediators blaming both sides accuse; residents describing shelling report', () => {
  const m = claims('The mediators said both sides had committed violations in [Kordofan|place|kordofan].');
  assert.equal(m.claims[0].kind, 'accusation');
  const r = claims('Residents said the army had shelled the market in [Kordofan|place|kordofan].');
  assert.equal(r.claims[0].kind, 'assertion');
});

test('a hope is a state of mind, not a statement; what is said about it is', () => {
  assert.deepEqual(
    claims('Aid agencies hope the pause will let them reach [Gaza City|place|gaza-city].').claims,
    [],
  );
  const a = claims(
    '[The UN|organization|un] said it hoped the pause would let convoys reach [Gaza City|place|gaza-city].',
  );
  assert.deepEqual(
    a.claims.map((c) => c.speaker),
    ['un'],
  );
});

test('"— a charge X rejected as …": the charge ends before the dash and the rejection answers it', () => {
  const a = claims(
    '[Ethiopian officials|organization|et:officials>country:ET] said the rebels were shelling villages near Kobo from the ridge — a charge [the TPLF|group|tplf] rejected as “propaganda to hide the army’s own abuses.”',
  );
  assert.equal(a.claims.length, 2);
  assert.equal(
    a.text.slice(a.claims[0].content.start, a.claims[0].content.end),
    'the rebels were shelling villages near Kobo from the ridge',
  );
  assert.equal(a.claims[1].speaker, 'tplf');
  assert.equal(a.claims[1].kind, 'denial');
  assert.deepEqual(a.claims[1].contradicts, [0]);
});

test('a rebuttal that names the strike it admits is a denial, not an accusation', () => {
  const a = claims(
    '[The Israeli military|organization|idf>country:IL] said its jets struck only militant positions near the camp.',
  );
  assert.deepEqual(
    a.claims.map((c) => c.kind),
    ['denial'],
  );
});

test('a denial answers two charges of the same thing: "failing to honour the ceasefire" and "in breach of the deal"', () => {
  const a = claims(
    '[The army|organization|army>country:SD] suspended the talks, accusing [the RSF|group|rsf] of failing to honour the ceasefire. [An army official|organization|army-official>country:SD] said [the RSF|group|rsf] had kept attacking bases in breach of the deal. [The RSF|group|rsf] denied breaching the truce.',
  );
  const denial = a.claims.find((c) => c.kind === 'denial');
  assert.ok(denial);
  const answered = (denial.contradicts ?? []).map((i) =>
    a.text.slice(a.claims[i].content.start, a.claims[i].content.end),
  );
  assert.deepEqual(answered, [
    'the RSF of failing to honour the ceasefire',
    'the RSF had kept attacking bases in breach of the deal',
  ]);
});

test('an aside between a charge and its denial does not hide the charge', () => {
  const a = claims(
    '[The Houthis|group|houthis] said they had shot down a [US|country|country:US] drone over Marib. [The group|group|houthis] also said the aircraft had been filming their positions. The footage could not be verified. [A US defence official|organization|us-official>country:US] said no aircraft had been lost.',
  );
  const denial = a.claims.find((c) => c.kind === 'denial');
  assert.ok(denial);
  assert.equal(denial.contradicts?.[0], 0);
});

test('a party reporting its own strike asserts it; its own losses at the hands of others accuse', () => {
  const a = claims(
    '[The Israeli military|organization|il:military>country:IL] said it struck a [Hamas|group|hamas] tunnel in Rafah.',
  );
  assert.equal(a.claims[0].kind, 'assertion');
  const b = claims('[Russia|country|country:RU] said its air defences had shot down 12 Ukrainian drones.');
  assert.equal(b.claims[0].kind, 'assertion');
  const c = claims(
    '[The army|organization|sd:army>country:SD] said its positions had been shelled by [the RSF|group|rsf].',
  );
  assert.equal(c.claims[0].kind, 'accusation');
});

test('denials without a denial verb: "does not target civilians", "hasn’t conducted any strikes", "the attack was thwarted"', () => {
  const kinds = (src: string) => claims(src).claims.map((c) => c.kind);
  assert.deepEqual(
    kinds('[The Kremlin|organization|kremlin>country:RU] said its forces do not target civilians.'),
    ['denial'],
  );
  assert.deepEqual(
    kinds(
      '[The ministry|organization|ministry>country:RU] said its aviation hasn’t carried out any strikes near Aleppo.',
    ),
    ['denial'],
  );
  assert.deepEqual(kinds('[The navy|organization|navy] said the raid was foiled.'), ['denial']);
  // A party's own claimed hit is an assertion.
  assert.deepEqual(kinds('[The militia|group|militia] claimed to have struck a frigate off Aden.'), [
    'assertion',
  ]);
});

test('"X has been accused of …" is the outlet reporting a charge; a lead denial answers the charge detailed later', () => {
  const a = claims('[The Wagner Group|group|wagner] has been accused of executing villagers near Moura.');
  assert.deepEqual(
    a.claims.map((c) => [c.speaker, c.kind]),
    [[null, 'accusation']],
  );
  const b = claims(
    '[Al-Shabaab|group|shabaab] denied killing civilians at the market. The toll rose overnight. [The government|organization|so:gov>country:SO] accused [al-Shabaab|group|shabaab] of killing civilians in the crowded market.',
  );
  const denial = b.claims.find((c) => c.kind === 'denial');
  assert.ok(denial);
  assert.equal(b.claims[denial.contradicts?.[0] ?? -1]?.speaker, 'so:gov');
});

test('"X rejected that and said …": "that" is the object denied, not the opening of what was said', () => {
  const text =
    'Lisbon says the island belongs to its southern district. Accra rejected that and said the island is its own.';
  const a = analyzeDocument({ text, published: '2024-03-02' });
  const kinds = a.claims.map((c) => c.kind);
  assert.deepEqual(kinds, ['assertion', 'denial', 'assertion']);
  assert.deepEqual(a.claims[1].contradicts, [0]);
});

test('"quipped" says something; "scoffed" at a claim dismisses it', () => {
  const said = (text: string) =>
    analyzeDocument({ text, published: '2024-03-12' }).claims.map((c) => ({
      kind: c.kind,
      content: text.slice(c.content.start, c.content.end),
    }));
  assert.deepEqual(
    said('"Our army has weathered worse storms than a few drones," quipped the defence minister.'),
    [{ kind: 'statement', content: '"Our army has weathered worse storms than a few drones,"' }],
  );
  assert.deepEqual(said('The junta scoffed at reports that its jets had bombed a school.'), [
    { kind: 'denial', content: 'at reports that its jets had bombed a school' },
  ]);
});
