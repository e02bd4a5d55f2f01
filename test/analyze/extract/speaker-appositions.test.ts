import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

/** Each claim as { speaker name, kind, text, contradicts } through the whole analysis. */
function said(text: string) {
  const a = analyzeDocument({ text, published: '2024-06-02' });
  const name = (key: string | null) => a.entities.find((x) => x.key === key)?.name ?? null;
  return a.claims.map((c, i) => ({
    i,
    name: name(c.speaker),
    kind: c.kind,
    text: text.slice(c.start, c.end),
    contradicts: c.contradicts ?? [],
  }));
}

test('"The <title> to <country>, <Name>, said": the named envoy speaks, not the country', () => {
  const [c] = said(
    'The Norwegian envoy to Mali, Kari Lunde, said on Friday that the convoy had been turned back twice.',
  );
  assert.equal(c.name, 'Kari Lunde');
});

test('a bare title before a closed apposition names a person: "The spokesman, X, said"', () => {
  const [c] = said('The spokesman, Tomas Varga, said the bridge at the river crossing was still standing.');
  assert.equal(c.name, 'Tomas Varga');
});

test('"said <region> governor <Name>": the governor, not the region before the title', () => {
  const [c] = said(
    'Four farmers were shot dead near the dam, said Alto Verde governor Ramiro Quintana on Sunday.',
  );
  assert.equal(c.name, 'Ramiro Quintana');
});

test('an adjunct and a subject description: "In a post on Telegram, the governor said"', () => {
  const [c] = said('In a post on Telegram, the governor said a school and two shops were hit.');
  assert.equal(c.name, 'governor');
});

test('"At least N were …, X said": the count opens what was said, it is no adjunct', () => {
  const [c] = said('At least six were off-duty police officers, the government said.');
  assert.match(c.text, /^At least six were/);
});

test('bare plural sources that the lexicon names: "prosecutors said", "investigators said"', () => {
  const cs = said(
    'The victims had been bound before they were shot, prosecutors said. Investigators said the car was stolen.',
  );
  assert.deepEqual(
    cs.map((c) => c.name?.toLowerCase()),
    ['prosecutors', 'investigators'],
  );
});

test('a focus adverb between a pronoun and its verb: "He even denied …"', () => {
  const cs = said(
    'The mayor spoke to reporters. He even denied that any shots had been fired at the market.',
  );
  const d = cs.find((c) => c.kind === 'denial');
  assert.ok(d, 'a denial');
  assert.match(d.text, /^He even denied/);
});

test('"the police official said" after "a senior police official told": the same source', () => {
  const cs = said(
    'A senior police official told reporters that four men died in the exchange of fire. The Tamu District Police later said three men had died. The fighting began before dawn, the police official said.',
  );
  assert.equal(cs.length, 3);
  assert.equal(cs[2].name, cs[0].name);
  assert.notEqual(cs[2].name, cs[1].name);
});

test('"the statement said" after a body described by what it is: that body issued it', () => {
  const cs = said(
    'The anti-terrorism directorate of the province said the two men were smugglers. The statement said their truck carried fuel. Both had criminal records, the statement added.',
  );
  assert.equal(cs.length, 3);
  assert.ok(cs.every((c) => c.name === cs[0].name));
  assert.notEqual(cs[1].name, 'statement');
});

test('"…, the government said. It added …": the government goes on, not a group named in between', () => {
  const cs = said(
    'Three of the dead were former fighters of the Popular Liberation Army, the government said. It also noted that the others were farmers.',
  );
  assert.equal(cs[1].name, cs[0].name);
});

test('a rejection without a denial verb: "the account is replete with fabrications"', () => {
  const cs = said(
    'Officials in Dhaka said the gunmen had crossed from Myanmar. The account was full of fabrications, the Myanmar foreign ministry said.',
  );
  const d = cs.find((c) => c.kind === 'denial');
  assert.ok(d);
  assert.deepEqual(d.contradicts.length, 1);
});

test('"they had only struck an army base" answers the charge of hitting civilians', () => {
  const cs = said(
    'The provincial government accused the rebels of shelling a crowded bus station. The rebels said they had only struck an army base.',
  );
  assert.equal(cs[1].kind, 'denial');
  assert.equal(cs[1].contradicts.length, 1);
});

/** Figures through the whole analysis, with the name of who gives them. */
function tolls(text: string) {
  const a = analyzeDocument({ text, published: '2024-06-02' });
  return a.figures.map((f) => ({
    low: f.low,
    measure: f.measure,
    reporter: a.entities.find((x) => x.key === f.reporter)?.name ?? null,
  }));
}

test('"gave a preliminary toll of N dead": the body that gave it reports the figure', () => {
  const fs = tolls(
    'On Sunday the civil defence in Kassala gave a preliminary toll of 9 dead and 31 wounded.',
  );
  assert.deepEqual(
    fs.map((f) => [f.low, f.measure, f.reporter]),
    [
      [9, 'killed', 'civil defence'],
      [31, 'wounded', 'civil defence'],
    ],
  );
});

test('less common verbs before a clause report too: "corroborated that", "indicated that"', () => {
  const cs = said(
    'A hospital source corroborated that 40 bodies had arrived. The governor indicated that the road was closed.',
  );
  assert.deepEqual(
    cs.map((c) => c.name),
    ['hospital source', 'governor'],
  );
});

test('"according to official figures": the figures described are the source, not "official"', () => {
  const [f] = tolls(
    'The fighting has left more than 900 people dead this year, according to official figures.',
  );
  assert.equal(f.reporter, 'official figures');
});

test('a denial despite "reports from residents that …": the residents\' claim is one, and it is denied', () => {
  const cs = said(
    'The district commissioner denied any raid had taken place, despite reports from residents that six herders had been killed.',
  );
  const own = cs.find((c) => c.name === 'residents');
  assert.ok(own, cs.map((c) => c.name).join('; '));
  const denial = cs.find((c) => c.kind === 'denial');
  assert.deepEqual(denial?.contradicts, [own.i]);
  assert.equal(
    tolls(
      'The district commissioner denied any raid had taken place, despite reports from residents that six herders had been killed.',
    )[0]?.reporter,
    'residents',
  );
});

test('a title word that ends a name is a surname: "Farid Shah told parliament …"', () => {
  const [c] = said('Farid Shah told parliament on Monday that the convoy had been ambushed twice.');
  assert.equal(c?.name, 'Farid Shah');
  const [d] = said('Interior Minister Rahim Bishop told reporters that the border was shut.');
  assert.equal(d?.name, 'Rahim Bishop');
});

test('three unnamed sources listed after what they say: "…, residents, hospital staff and a priest said"', () => {
  const cs = said(
    'Troops burned the market and beat traders, residents, hospital staff and a local priest said on Monday.',
  );
  assert.deepEqual(
    cs.map((c) => c.name?.toLowerCase()),
    ['residents', 'hospital staff', 'local priest'],
  );
  assert.ok(cs.every((c) => c.text.startsWith('Troops burned the market')));
});

test('"said in reply that it has never …" answers the charge as a denial', () => {
  const cs = said(
    'The council accused the opposition of walking out of the mediation. The opposition said in reply that it has never abandoned the process.',
  );
  assert.equal(cs[1].kind, 'denial');
  assert.match(cs[1].text, /in reply that it has never/);
  assert.deepEqual(cs[1].contradicts, [0]);
});

test('rejecting a proposal is a decision, not a denial; a passive "offer rejected by X" is no claim', () => {
  const [a] = said('The junta rejected the proposal for a monitoring mission on Monday.');
  assert.equal(a.kind, 'statement');
  const cs = said('The envoy said his latest offer had been rejected by General Tomas Ruiz.');
  assert.equal(cs.length, 1);
  assert.notEqual(cs[0].kind, 'denial');
});

test('"The Taliban-allied TTP militant group claimed …": the group the description is, not its ally', () => {
  const [c] = said('The Taliban-allied TTP militant group claimed the raid on the prison.');
  assert.equal(c?.name, 'Tehrik-i-Taliban Pakistan');
});

test('"Several states, including A, B and C, condemned …": each state listed speaks', () => {
  const cs = said(
    'Several governments, including Kenya, Uganda and Tanzania, condemned the shelling of the camp.',
  );
  assert.deepEqual(
    cs.map((c) => c.name),
    ['Kenya', 'Uganda', 'Tanzania'],
  );
});

test('"assured journalists that …" reports, past the ones assured', () => {
  const [c] = said('The army chief assured visiting journalists that the airport road was open again.');
  assert.match(c?.text ?? '', /airport road was open again$/);
});

test('denials without a denial verb: "not made by it but by …", "has remained unaffected"', () => {
  const cs = said(
    'Israel said its jets had destroyed the refinery. The company said its refinery has remained unaffected. The manufacturer said the drones found after the raid were not built by it but by a rival firm.',
  );
  assert.deepEqual(
    cs.slice(1).map((c) => c.kind),
    ['denial', 'denial'],
  );
});

test('a nation\'s adjective stays in a generic source\'s name: "Malian sources", "according to Sudanese sources"', () => {
  const cs = said(
    'Malian sources said the convoy was hit near Menaka. Two trucks burned, according to Sudanese sources.',
  );
  assert.deepEqual(
    cs.map((c) => c.name),
    ['Malian sources', 'Sudanese sources'],
  );
});

test('"per the BBC" attributes like "according to"; "per truck" does not', () => {
  const cs = said(
    'At least 14 miners died in the collapse, per the BBC. The convoy carried 20 tonnes per truck.',
  );
  assert.equal(cs.length, 1);
  assert.equal(cs[0].name?.toLowerCase(), 'bbc');
});

test('"The ministry\'s statement read: “…”" is the ministry\'s', () => {
  const cs = said(
    'The Interior Ministry said two posts were attacked. The ministry’s statement read: “The attackers fled towards the border.”',
  );
  assert.equal(cs.length, 2);
  assert.equal(cs[1].name, cs[0].name);
});

test('"according to the army and local rescue teams": both speak', () => {
  const cs = said(
    'Eleven villagers drowned when the boat capsized, according to the army and local rescue teams.',
  );
  assert.equal(cs.length, 2);
  assert.equal(cs[0].name?.toLowerCase(), 'army');
  assert.match(cs[1].name ?? '', /rescue teams$/);
});

test('"…, the spokesman said, according to Reuters": the agency carried it and makes no claim of its own', () => {
  const cs = said(
    'Three police posts were overrun, the army spokesman said on Sunday, according to Reuters.',
  );
  assert.equal(cs.length, 1);
  assert.equal(cs[0].name, 'army spokesman');
  const [alone] = said('Three police posts were overrun, according to Reuters.');
  assert.equal(alone?.name, 'Reuters');
});

test('"…, which also said …" and "… on Sunday, which said …": the body before the relative pronoun speaks', () => {
  const text =
    'The count of the dead was issued by the health ministry on Sunday, which also said that 19 people were still missing after the shelling.';
  const a = analyzeDocument({ text, published: '2024-06-02' });
  const c = a.claims.find((x) =>
    /19 people were still missing/.test(text.slice(x.content.start, x.content.end)),
  );
  assert.ok(c, 'a claim is found');
  assert.match(c.speaker ?? '', /ministry:health/);
  const f = a.figures.find((x) => x.low === 19);
  assert.equal(f?.reporter, c.speaker, 'the count it gives is its own');
});

test('"X, under the command of Y, said": the one commanded speaks, not its commander', () => {
  const [c] = said(
    'The Southern Front, under the command of Commander Vela, said the ambush on the road was an act of defence.',
  );
  assert.equal(c.name, 'Southern Front');
});

test('a verb of saying inside a relative clause says only what stands before the main clause goes on', () => {
  const text =
    'The navy, whose spokesman, Capt. Ivo Marek, said the ferry had hit a mine, has begun its own investigation of the sinking.';
  const a = analyzeDocument({ text, published: '2024-06-02' });
  const [c] = a.claims;
  assert.equal(text.slice(c.content.start, c.content.end), 'the ferry had hit a mine');
  const other = 'Local elders, who said the bridge had been mined overnight, blocked the road to the market.';
  const [d] = analyzeDocument({ text: other, published: '2024-06-02' }).claims;
  assert.equal(other.slice(d.content.start, d.content.end), 'the bridge had been mined overnight');
  // A relative clause closed before the verb leaves the main verb's content whole.
  const main = 'The navy, which has denied the charges, said the ferry had hit a mine, its crew unhurt.';
  const [e] = analyzeDocument({ text: main, published: '2024-06-02' }).claims.filter((x) =>
    main.slice(x.start, x.end).includes('ferry'),
  );
  assert.match(main.slice(e.content.start, e.content.end), /its crew unhurt/);
});

test('"X called reports of … “lies”" is a denial; "it" inside the sentence is the body described that opens it', () => {
  const text =
    'Rebels said 30 villagers died in the raid, and named the Popular Defence Front as the attackers. The ruling council’s information office said in a communique that troops had entered the village, in what it described as an operation against bandits. It called reports of civilian deaths “lies” and denied that homes had been burned.';
  const a = analyzeDocument({ text, published: '2024-06-02' });
  const speakers = a.claims.map((c) => c.speaker);
  assert.match(speakers[1] ?? '', /information office/);
  assert.ok(
    speakers.slice(2).every((s) => s === speakers[1]),
    JSON.stringify(speakers),
  );
  const called = a.claims.find((c) => text.slice(c.start, c.end).startsWith('It called'));
  assert.equal(called?.kind, 'denial');
  assert.deepEqual(called?.contradicts, [0]);
});

test('"the northern state of X" is no verb of stating', () => {
  const cs = said(
    'The festival, held by the farmers’ union in the northern state of Kordofan, drew thousands of visitors last week.',
  );
  assert.deepEqual(cs, []);
});

test('"an official at a hospital in <country>\'s capital <city> told …": the official speaks, not the city', () => {
  const [c] = said(
    "A senior doctor at the central hospital in Liberia's capital Monrovia told reporters that 14 bodies had been brought in.",
  );
  assert.equal(c.name, 'senior doctor');
});

test('"according to a statement released by the office of <country>\'s <role> <Name>": that person\'s office speaks', () => {
  const [c] = said(
    "Among the dead were four guards and 12 attackers, according to a statement released by the office of Ghana's then vice-president Kofi Mensah.",
  );
  assert.equal(c.name, 'Kofi Mensah');
});

test('"X summoned <an envoy>, Y, and demanded …": the one who summoned speaks, not the one summoned', () => {
  const cs = said(
    'Kenya on Friday summoned the deputy ambassador of Somalia, Omar Farah, and demanded an apology for the border raid.',
  );
  assert.equal(cs.length, 1);
  assert.equal(cs[0].name, 'Kenya');
  assert.equal(cs[0].kind, 'appeal');
});

test('"…, rights watchdog <Name> said.": a lower-case description between the comma and the name', () => {
  const text =
    'Twenty-two miners were shot dead at the gold site on Sunday, press freedom group Reporters Without Borders said.';
  const a = analyzeDocument({ text, published: '2024-06-02' });
  const [c] = a.claims;
  assert.equal(
    text.slice(c.content.start, c.content.end),
    'Twenty-two miners were shot dead at the gold site on Sunday',
  );
  assert.equal(a.figures[0]?.reporter, c.speaker);
  assert.ok(c.speaker);
});

test('"a nurse who fled to <country> told …": the one who fled speaks, not the country', () => {
  const cs = said(
    'A Congolese nurse who escaped across the border to Uganda on Monday told reporters that 12 patients were shot.',
  );
  assert.equal(cs[0]?.name?.toLowerCase(), 'congolese nurse');
  const them = said('Villagers who fled to Niger said the gunmen burned the granaries.');
  assert.equal(them[0]?.name?.toLowerCase(), 'villagers');
});

test('"Officials at the clinic, who counted …, said": the officials at the clinic speak, not the clinic', () => {
  const cs = said(
    'Officials at the clinic, who counted 19 dead by noon, said the second shell hit the waiting room.',
  );
  assert.equal(cs.length, 2);
  for (const c of cs) assert.equal(c.name?.toLowerCase(), 'officials at the clinic');
});

test('"Local government officials reported …": both words that narrow the source stay in its name', () => {
  const [c] = said('Local government officials told reporters that 31 fishermen were missing.');
  assert.equal(c.name?.toLowerCase(), 'local government officials');
});

test('"The envoy to the United Nations, <Name>, has denied X\'s claim": what follows the verb is denied', () => {
  const cs = said(
    'Kinshasa said the militia had shelled the camp. The ambassador to the United Nations, Mireille Ntumba, has denied Kinshasa\'s claim, calling it "fiction."',
  );
  const d = cs.find((c) => c.kind === 'denial');
  assert.ok(d, 'a denial');
  assert.equal(d.name, 'Mireille Ntumba');
  assert.match(d.text, /claim, calling it/);
  assert.doesNotMatch(d.text, /^The ambassador/);
});
