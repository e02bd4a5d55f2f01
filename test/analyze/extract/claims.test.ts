import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractClaims } from '../../../src/analyze/extract/claims.ts';
import { analyzeDocument } from '../../../src/analyze/index.ts';
import type { ClaimItem } from '../../../src/analyze/types.ts';
import { marked, simpleSentences } from '../../helpers/marked.ts';

function claims(
  src: string,
  dated: { phrase: string; day: string }[] = [],
): { text: string; claims: ClaimItem[]; created: string[] } {
  const { text, entities } = marked(src);
  const times = dated.map(({ phrase, day }) => {
    const at = text.indexOf(phrase);
    return {
      start: at,
      end: at + phrase.length,
      date: { start: day, end: null, time: null, precision: 'day' as const },
    };
  });
  const r = extractClaims({
    text,
    published: '2023-05-21',
    sentences: simpleSentences(text),
    entities,
    times,
  });
  return { text, claims: r.claims, created: r.entities.map((e) => e.name) };
}

const view = (text: string, c: ClaimItem) =>
  `${c.speaker}|${c.kind}|${text.slice(c.content.start, c.content.end)}`;

test('"X said CONTENT" and "CONTENT, X said"', () => {
  const a = claims('[The RSF|group|rsf>country:SD] said its fighters had repelled an attack on the palace.');
  assert.deepEqual(
    a.claims.map((c) => view(a.text, c)),
    ['rsf|assertion|its fighters had repelled an attack on the palace'],
  );
  const b = claims(
    '“We will not stop until the city is free,” [Volodymyr Zelensky|person|zelensky>country:UA] said in Kyiv.',
  );
  assert.equal(b.claims.length, 1);
  assert.equal(b.claims[0].speaker, 'zelensky');
  assert.equal(b.claims[0].quote, true);
  assert.equal(
    b.text.slice(b.claims[0].content.start, b.claims[0].content.end),
    '“We will not stop until the city is free,”',
  );
});

test('"…, said X" with the speaker after the verb', () => {
  const a = claims('The shelling has not stopped for three days, said [Hamid Ali|person|hamid-ali].');
  assert.deepEqual(
    a.claims.map((c) => c.speaker),
    ['hamid-ali'],
  );
});

test('apposition and time between speaker and verb', () => {
  const a = claims(
    '[Mohammed Ali al-Houthi|person|houthi], a member of the movement’s political council, on Sunday accused the coalition of bombing a prison.',
  );
  assert.equal(a.claims.length, 1);
  assert.equal(a.claims[0].speaker, 'houthi');
  assert.equal(a.claims[0].kind, 'accusation');
});

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

test('"according to X" gives the sentence to X', () => {
  const a = claims(
    'Eleven people were killed, according to [the health ministry|organization|ps:moh>country:PS].',
  );
  assert.deepEqual(
    a.claims.map((c) => c.speaker),
    ['ps:moh'],
  );
  assert.equal(a.claims[0].kind, 'assertion');
});

test('passive attribution: "a claim dismissed as “nonsense” by X"', () => {
  const a = claims(
    '[Kyiv|country|country:UA] said it had downed a fighter jet, a claim dismissed as “nonsense” by [the Russian defence ministry|organization|ru:mod>country:RU].',
  );
  const kinds = a.claims.map((c) => `${c.speaker}:${c.kind}`);
  assert.deepEqual(kinds, ['country:UA:assertion', 'ru:mod:denial']);
  assert.deepEqual(a.claims[1].contradicts, [0]);
});

test('reciprocal accusations become one claim per main party', () => {
  const a = claims(
    'Fighting between [Sudan|country|country:SD] and [South Sudan|country|country:SS] resumed. [Sudan|country|country:SD] sent troops. [South Sudan|country|country:SS] mobilised. Both sides accused each other of breaking the truce.',
  );
  const recip = a.claims.filter((c) => c.kind === 'accusation');
  assert.deepEqual(recip.map((c) => c.speaker).sort(), ['country:SD', 'country:SS']);
});

test('pronouns resolve to the latest fitting entity', () => {
  const a = claims(
    '[Abiy Ahmed|person|abiy] addressed parliament on Tuesday. He said the war would end within weeks.',
  );
  assert.deepEqual(
    a.claims.map((c) => c.speaker),
    ['abiy'],
  );
});

test('generic sources become entities of their own', () => {
  const a = claims('Analysts have long warned that the junta could lose the border towns.');
  assert.deepEqual(a.created, ['Analysts']);
  assert.equal(a.claims[0].speaker, 'source:analysts');
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

test('quotes spanning sentences are one claim', () => {
  const a = claims(
    '“The city is surrounded. Nobody can get food in or out,” [a spokeswoman for the aid agency|organization|aid-agency] said.',
  );
  assert.equal(a.claims.length, 1);
  assert.ok(
    a.text.slice(a.claims[0].content.start, a.claims[0].content.end).startsWith('“The city is surrounded.'),
  );
});

test('nouns that look like verbs are not claims without a speaker', () => {
  assert.equal(claims('The reports of fighting along the border could not be verified.').claims.length, 0);
});

test('coordinated verbs share the subject and split the content', () => {
  const a = claims(
    '[The junta|organization|mm:junta>country:MM] denied bombing the monastery and accused [the Arakan Army|group|aa] of staging the attack.',
  );
  assert.deepEqual(
    a.claims.map((c) => `${c.speaker}:${c.kind}`),
    ['mm:junta:denial', 'mm:junta:accusation'],
  );
  assert.ok(!a.text.slice(a.claims[0].content.start, a.claims[0].content.end).includes('accused'));
});

test('a purpose clause and a participle take the sentence subject', () => {
  const a = claims('[Antony Blinken|person|blinken] phoned both leaders on Friday to urge restraint.');
  assert.deepEqual(
    a.claims.map((c) => `${c.speaker}:${c.kind}`),
    ['blinken:appeal'],
  );
  const b = claims(
    '[The Kremlin|country|country:RU] kept its distance, saying that the treaty does not apply.',
  );
  assert.deepEqual(
    b.claims.map((c) => c.speaker),
    ['country:RU'],
  );
});

test('a name right before the comma is the speaker: "the president, X, said"', () => {
  const a = claims(
    'In a televised speech, Sudan’s army chief, [Abdel Fattah al-Burhan|person|burhan], vowed to fight on.',
  );
  assert.deepEqual(
    a.claims.map((c) => c.speaker),
    ['burhan'],
  );
});

test('"he" prefers the speaker of the claim just before over a person named since', () => {
  const a = claims(
    '[Sergei Shoigu|person|shoigu] said the talks with [Hakan Fidan|person|fidan] went well. He said the corridor would stay open.',
  );
  assert.deepEqual(
    a.claims.map((c) => c.speaker),
    ['shoigu', 'shoigu'],
  );
});

test('a sentence that is only a quotation continues the previous speaker', () => {
  const a = claims(
    '[Martin Griffiths|person|griffiths] said aid must reach Darfur. “People are dying every day.”',
  );
  assert.deepEqual(
    a.claims.map((c) => `${c.speaker}:${c.quote}`),
    ['griffiths:false', 'griffiths:true'],
  );
});

test('a quotation that goes on right after its attribution is one claim with it', () => {
  const src =
    '“The convoy was never fired on,” [the governor|person|governor] said. “Our men were asleep in the barracks.” [The rebels|group|rebels] denied the account.';
  const a = claims(src);
  assert.equal(a.claims.length, 2, 'the continuation is no claim of its own');
  assert.equal(a.claims[0].speaker, 'governor');
  assert.match(a.text.slice(a.claims[0].content.start, a.claims[0].content.end), /asleep in the barracks/);
  assert.deepEqual(a.claims[1].contradicts, [0]);
});

test('"Y denied that." is a denial of the claim before it', () => {
  const a = claims(
    '[The Houthis|group|houthis] said they hit a destroyer. [The US Navy|organization|us:navy>country:US] denied that.',
  );
  assert.equal(a.claims[1].kind, 'denial');
  assert.deepEqual(a.claims[1].contradicts, [0]);
});

test('"said Title Name" after a quote, and "by X and Y"', () => {
  const a = claims('“We will hold the line,” said Ukrainian Defence Minister [Rustem Umerov|person|umerov].');
  assert.deepEqual(
    a.claims.map((c) => c.speaker),
    ['umerov'],
  );
  const b = claims(
    'The group has been accused by [Paris|country|country:FR] and [Washington|country|country:US] of arming the militia.',
  );
  assert.deepEqual(b.claims.map((c) => c.speaker).sort(), ['country:FR', 'country:US']);
});

test('descriptions name their source: "the doctors’ union", "an army spokesman", "the mediators"', () => {
  const a = claims(
    '[The Sudan Doctors Union|organization|sd:doctors-union] counted the dead. The doctors union accused [the RSF|group|rsf] of shelling a clinic.',
  );
  assert.deepEqual(
    a.claims.map((c) => c.speaker),
    ['sd:doctors-union'],
  );
  const b = claims(
    '[The Sudanese army|organization|sd:army>country:SD] advanced. An army spokesman said the air force struck only military targets.',
  );
  assert.deepEqual(
    b.claims.map((c) => c.speaker),
    ['sd:army'],
  );
  const c = claims('The mediators said on Wednesday that they had recorded violations by both sides.');
  assert.deepEqual(c.created, ['mediators']);
});

test('relative pronouns point at the entity before them', () => {
  const a = claims(
    'The figure comes from [the health ministry|organization|ps:moh], which has said the real toll is higher.',
  );
  assert.deepEqual(
    a.claims.map((c) => c.speaker),
    ['ps:moh'],
  );
});

test('"told X that": X is the addressee, not what was said', () => {
  const a = claims('[Kamala Harris|person|harris] told [NBC|organization|nbc] that the ceasefire must hold.');
  assert.equal(a.text.slice(a.claims[0].content.start, a.claims[0].content.end), 'the ceasefire must hold');
});

test('"X, led by Y, said": the speaker is X', () => {
  const a = claims(
    '[The RSF|group|rsf], led by [Mohamed Hamdan Dagalo|person|hemedti], said it would abide by the truce.',
  );
  assert.deepEqual(
    a.claims.map((c) => c.speaker),
    ['rsf'],
  );
});

test('"Residents of <city> said": the residents speak, not the city', () => {
  const a = claims('Residents of [Khartoum|country|country:SD] said clashes had continued overnight.');
  assert.deepEqual(a.created, ['Residents']);
});

test('the object of "told" is never the speaker', () => {
  const a = claims('In the south of the city, told [AFP|organization|afp] a man who asked not to be named.');
  assert.ok(a.claims.every((c) => c.speaker !== 'afp'));
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

test('"X, whose commander is known as Y, said": the speaker is X', () => {
  const a = claims(
    '[The RSF|group|rsf], whose commander is known as [Hemedti|person|hemedti], said it would respect the truce.',
  );
  assert.deepEqual(
    a.claims.map((c) => c.speaker),
    ['rsf'],
  );
});

test('attributions at the very end of a sentence or text never crash', () => {
  for (const t of [
    '“We will respond,” said',
    'The army said',
    ', said the',
    '“Stop,” told',
    'according to',
  ]) {
    assert.doesNotThrow(() => claims(t));
  }
});

test('a verb form inside a name is not a reporting verb', () => {
  const a = claims(
    'The ceasefire was brokered by [the United States|country|us] in March and collapsed within days.',
  );
  assert.deepEqual(a.claims, []);
});

test('stacked appositions between the speaker and the verb', () => {
  const a = claims(
    '[Fano|group|fano], led by [Zemene Kassie|person|zemene], a former officer, said its fighters had entered the town.',
  );
  assert.deepEqual(
    a.claims.map((c) => c.speaker),
    ['fano'],
  );
  const b = claims(
    '[The Arakan Army|group|aa], commanded by [Twan Mrat Naing|person|tmn], widely known as the chief, said it had taken the base.',
  );
  assert.deepEqual(
    b.claims.map((c) => c.speaker),
    ['aa'],
  );
});

test('"they" continues a generic source; "it" in a sentence continues its subject', () => {
  const a = claims(
    'Aid workers said the road to Mekelle had been closed for a week. Trucks were stuck at the checkpoint, they said.',
  );
  assert.equal(a.claims.length, 2);
  assert.equal(a.claims[1].speaker, a.claims[0].speaker);
  assert.match(a.claims[1].speaker ?? '', /aid workers/);
  const b = claims(
    '[The European Union|organization|eu] sanctioned commanders of [the RSF|group|rsf] it accused of attacking civilians.',
  );
  assert.deepEqual(
    b.claims.map((c) => c.speaker),
    ['eu'],
  );
});

test('reciprocal blame: the recurring armed group and an army named once', () => {
  const a = claims(
    '[The Houthis|group|houthis] fired drones at Marib. [Yemen’s army|organization|ye:army>country:YE] returned fire. [The Houthis|group|houthis] said the truce was over, with each side blaming the other.',
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

test('negated or non-verbal uses of reporting verbs are no claims', () => {
  assert.deepEqual(
    claims('[The ministry|organization|ua:mod>country:UA] did not say how many drones were launched.').claims,
    [],
  );
  assert.deepEqual(
    claims('[The junta|organization|mm:junta>country:MM] has not commented on the reports.').claims,
    [],
  );
  assert.deepEqual(
    claims('[The army|organization|ml:army>country:ML] rarely comments on its losses in the north.').claims,
    [],
  );
  const r = claims('[The RSF|group|rsf] warned that it would respond to any attack.');
  assert.deepEqual(
    r.claims.map((c) => c.speaker),
    ['rsf'],
  );
});

test('a participle after a comma continues the subject of the clause, not the noun before the comma', () => {
  const a = claims(
    '[Ethiopia’s government|organization|et:gov>country:ET] suspended talks with [the TPLF|group|tplf], accusing the rebels of blocking aid.',
  );
  assert.deepEqual(
    a.claims.map((c) => c.speaker),
    ['et:gov'],
  );
  assert.equal(a.claims[0].kind, 'accusation');
  const b = claims(
    '[The ECOWAS mediators|organization|ecowas] suspended the talks, citing repeated violations of the truce by both sides.',
  );
  assert.equal(b.claims[0]?.kind, 'accusation');
});

test('"the statement said" speaks for the statement’s issuer; "the group’s coordinator" for the group', () => {
  const a = claims(
    'The pause begins on Friday, according to a joint statement from [Qatar|country|qa] and [Egypt|country|eg]. Hostages will be released in stages, the statement said.',
  );
  const last = a.claims[a.claims.length - 1];
  assert.ok(last.speaker === 'qa' || last.speaker === 'eg');
  assert.deepEqual(a.created, []);
  const b = claims(
    '[Médecins Sans Frontières|organization|msf] runs the only clinic in the camp. “We are out of insulin,” the group’s field coordinator said.',
  );
  assert.equal(b.claims[0].speaker, 'msf');
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

test('several "according to" in one sentence: each closes its own clause', () => {
  const a = claims(
    'The war has killed 1,200 people, according to [the health ministry|organization|ps:moh>country:PS], and displaced 80,000, according to [UNRWA|organization|unrwa].',
  );
  const by = Object.fromEntries(
    a.claims.map((c) => [c.speaker, a.text.slice(c.content.start, c.content.end)]),
  );
  assert.equal(by['ps:moh'], 'The war has killed 1,200 people');
  assert.equal(by.unrwa, 'and displaced 80,000');
});

test('a joint statement is one claim; coordinated speakers otherwise each say it', () => {
  const a = claims(
    'The pause starts on Friday, according to a joint statement from [Qatar|country|qa] and [Egypt|country|eg].',
  );
  assert.equal(a.claims.length, 1);
  const b = claims(
    '[Qatar|country|qa] and [Egypt|country|eg] said in a joint statement that the pause would start on Friday.',
  );
  assert.equal(b.claims.length, 1);
  const c = claims('[Serbia|country|rs] and [Kosovo|country|xk] both confirmed the terms of the accord.');
  assert.deepEqual(c.claims.map((x) => x.speaker).sort(), ['rs', 'xk']);
});

test('a description before an apposition speaks; "observed the truce" is no reporting verb', () => {
  const a = claims(
    '[Yemen’s army|organization|ye:army>country:YE] holds the port. The army, for its part, said the rebels had shelled the port, and insisted that its own units had observed the truce.',
  );
  assert.deepEqual(
    a.claims.map((c) => [c.speaker, c.kind]),
    [
      ['ye:army', 'accusation'],
      ['ye:army', 'denial'],
    ],
  );
  const b = claims('“The roads are open,” [the envoy|person|envoy] observed.');
  assert.equal(b.claims.length, 1);
});

test('a generic source before place phrases and an apposition speaks; what it could hear is asserted', () => {
  const a = claims(
    'Witnesses in [Sanaa|place|sanaa] and in [Hodeidah|place|hodeidah], across the country, told reporters they could hear airstrikes.',
  );
  assert.equal(a.claims.length, 1);
  assert.match(a.claims[0].speaker ?? '', /witnesses/i);
  assert.equal(a.claims[0].kind, 'assertion');
});

test('"<state> officials" speak for the state; those briefed are not the speakers', () => {
  const a = claims(
    '[French|country|fr] officials briefing reporters on Monday stressed that the force would stay in [Niger|place|ne].',
  );
  assert.deepEqual(
    a.claims.map((c) => c.speaker),
    ['fr'],
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

test('"“…,” he warned, saying …": the quote is his, and so is what follows', () => {
  const a = claims(
    '[Abiy Ahmed|person|abiy] spoke to parliament. “Those who attack us will pay,” he warned, saying the army had retaken two towns.',
  );
  assert.deepEqual(
    a.claims.map((c) => [c.speaker, c.quote]),
    [
      ['abiy', true],
      ['abiy', false],
    ],
  );
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

test('"The army did not comment but has repeatedly denied …": the sentence subject denies', () => {
  const a = claims(
    'The army did not comment on the strike but has repeatedly denied targeting civilians, saying its jets hit only military targets.',
  );
  // The participle clause gives the denial's reason: one denial, not two.
  assert.deepEqual(
    a.claims.map((c) => view(a.text, c)),
    ['source:army|denial|targeting civilians, saying its jets hit only military targets'],
  );
  assert.deepEqual(a.created, ['army']);
});

test('"X accused Y of … and said …": the object of the first clause does not speak the second', () => {
  const a = claims(
    '[The Kachin Independence Army|group|kia] accused the junta of a “massacre” in the jade mines and said the raid proved the military had no intention of talking.',
  );
  assert.deepEqual(
    a.claims.map((c) => [c.speaker, c.kind]),
    [
      ['kia', 'accusation'],
      ['kia', 'accusation'],
    ],
  );
  // ... but a subject of its own right before "and" still speaks.
  const b = claims(
    '[The TPLF|group|tplf] said federal drones had hit a bus and [the government|organization|et:gov>country:ET] said it was checking the report.',
  );
  assert.deepEqual(
    b.claims.map((c) => c.speaker),
    ['tplf', 'et:gov'],
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

test('"said A and that B": two claims when each says a different kind of thing', () => {
  const a = claims(
    '[A coalition spokesman|organization|coalition>country:SA] said its aircraft had struck only military targets and that [the Houthis|group|houthis] had fired rockets from schools.',
  );
  assert.deepEqual(
    a.claims.map((c) => view(a.text, c)),
    [
      'coalition|denial|its aircraft had struck only military targets',
      'coalition|accusation|the Houthis had fired rockets from schools',
    ],
  );
  // Inside a quotation "and that" is the speaker's own wording.
  const b = claims('[The minister|person|minister] said: “We want a truce and that means both sides stop.”');
  assert.equal(b.claims.length, 1);
  // Two things of one kind said in one breath are one claim.
  const c = claims(
    '[The harbour master|person|master] said the tanker had left the port at dawn and that its crew had ignored the radio calls.',
  );
  assert.equal(c.claims.length, 1);
  assert.match(view(c.text, c.claims[0]), /dawn and that its crew/);
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

test('wire attributions: a title before the name, "told AFP", "said deputy minister X"', () => {
  const a = claims(
    '“Two armoured vehicles were destroyed near Avdiivka,” Ukrainian army spokesman [Oleksandr Shtupun|person|shtupun>country:UA] said on television.',
  );
  assert.deepEqual(
    a.claims.map((c) => view(a.text, c)),
    ['shtupun|assertion|“Two armoured vehicles were destroyed near Avdiivka,”'],
  );
  const b = claims('The convoy was ambushed near Gao, a security source told [AFP|organization|afp].');
  assert.deepEqual(
    b.claims.map((c) => view(b.text, c)),
    ['source:security source|assertion|The convoy was ambushed near Gao'],
  );
  const c = claims(
    '“We will not withdraw,” said deputy defence minister [Hanna Maliar|person|maliar>country:UA].',
  );
  assert.equal(c.claims[0]?.speaker, 'maliar');
});

test('quotations: straight quotes over two sentences, "X said." after a quotation, "a teacher said"', () => {
  const a = claims(
    '"Their drone came in low over the market. Nobody on the ground survived," [Abu Ahmed|person|abu-ahmed] said.',
  );
  assert.equal(
    a.text.slice(a.claims[0].content.start, a.claims[0].content.end),
    '"Their drone came in low over the market. Nobody on the ground survived,"',
  );
  const b = claims(
    'Shops stayed shut. “The bakery is gone. So is the school.” [Abu Ahmed|person|abu-ahmed] said.',
  );
  assert.equal(b.claims.length, 1);
  assert.equal(b.claims[0].speaker, 'abu-ahmed');
  assert.equal(
    b.text.slice(b.claims[0].content.start, b.claims[0].content.end),
    '“The bakery is gone. So is the school.”',
  );
  const c = claims('“We sleep in the corridor now,” a 40-year-old nurse said.');
  assert.deepEqual(c.created, ['40-year-old nurse']);
  // A sentence that merely ends in a reporting verb names no speaker.
  const d = claims('The casualty figures are widely disputed.');
  assert.deepEqual(d.claims, []);
});

test('"the statement said" after "X said in a statement on Monday" speaks for X', () => {
  const a = claims(
    'Two soldiers were killed in the crash, [the NATO mission|organization|nato-mission] said in a statement on Monday. “There are no signs of hostile fire,” the statement said.',
  );
  assert.deepEqual(
    a.claims.map((c) => c.speaker),
    ['nato-mission', 'nato-mission'],
  );
});

test('"maintains an office" is no speech; "maintained that" is', () => {
  assert.deepEqual(claims('The movement maintains an office in Doha.').claims, []);
  const b = claims('[Hamas|group|hamas] maintained that the hostages were alive.');
  assert.equal(b.claims.length, 1);
});

test('"it" resumes an armed group that is the sentence subject', () => {
  const a = claims(
    '[Al-Shabaab|group|shabaab] claimed the attack on the base, which it said killed dozens of soldiers, and [the army|organization|so:army>country:SO] said it had repelled it.',
  );
  assert.ok(a.claims.every((c) => c.speaker !== null));
  assert.equal(a.claims[0].speaker, 'shabaab');
  assert.ok(
    !a.claims.some((c) => c.speaker === 'so:army' && /killed dozens/.test(a.text.slice(c.start, c.end))),
  );
});

test('"X (ACRONYM) said": the bracketed acronym stands between the name and its verb', () => {
  const a = claims(
    '[The Arakan Army|group|aa] (AA) said its fighters had taken a police post in Rathedaung.',
  );
  assert.deepEqual(
    a.claims.map((c) => c.speaker),
    ['aa'],
  );
  const b = claims(
    '[The Sudan Liberation Movement|group|slm] (SLM), which controls parts of Jebel Marra, said on Sunday that its camp was shelled.',
  );
  assert.deepEqual(
    b.claims.map((c) => c.speaker),
    ['slm'],
  );
});

test('"…, the army said late Wednesday, adding …": the fronted clause is what was said', () => {
  const a = claims(
    'Nine policemen were killed in the ambush, [the army|organization|ng:army>country:NG] said late Wednesday, adding that the toll could rise.',
    [{ phrase: 'late Wednesday', day: '2023-05-17' }],
  );
  assert.equal(
    a.text.slice(a.claims[0].content.start, a.claims[0].content.end),
    'Nine policemen were killed in the ambush',
  );
});

test('descriptions resolve: "the president" to the person with that role, "the group" to the armed group', () => {
  // With the real entity layer, which gives the person the role from the title.
  const text =
    'Ukrainian President Volodymyr Zelensky visited the front. The president said, “We will hold the line.”';
  const doc = analyzeDocument({ text, published: '2023-05-21' });
  assert.equal(doc.claims.at(-1)?.speaker, doc.entities.find((e) => e.type === 'person')?.key);
  const b = claims(
    '[Hezbollah|group|hezbollah] fired rockets at Metula. The Tehran-aligned movement said on Telegram it had hit a barracks.',
  );
  assert.equal(b.claims[0]?.speaker, 'hezbollah');
  const c = claims(
    '[Israel|country|country:IL] accused [Hamas|group|hamas] of hiding fighters in tunnels, which the group denies.',
  );
  assert.deepEqual(
    c.claims.map((x) => [x.speaker, x.kind]),
    [
      ['country:IL', 'accusation'],
      ['hamas', 'denial'],
    ],
  );
});

test('a capital in a relative clause speaks for its state; a titled name described after it speaks', () => {
  const a = claims('There was no word from [Moscow|place|moscow], which has denied striking hospitals.');
  assert.deepEqual(
    a.claims.map((c) => [c.speaker, c.kind]),
    [['country:ru', 'denial']],
  );
  const b = claims(
    '[Colonel Assimi Sangare|person|sangare], the army spokesman of the 4th Region in Gao, said two soldiers died.',
  );
  assert.equal(b.claims[0]?.speaker, 'sangare');
  const c = claims(
    '“It was a deliberate attack,” said a spokesman for [the Karen National Union|group|knu].',
  );
  assert.equal(c.claims[0]?.speaker, 'knu');
  // A noun "post" is no verb of saying.
  assert.deepEqual(claims('Drones hit an army post.').claims, []);
});

test('"according to" any named source; not "according to the agreement"', () => {
  const a = claims('According to the Syrian Observatory, 31 fighters were killed near Palmyra.');
  assert.deepEqual(a.created, ['Syrian Observatory']);
  const b = claims('Four people died, according to Amina Yusuf, a nurse in Maiduguri.');
  assert.equal(b.claims.length, 1);
  assert.deepEqual(claims('According to the agreement, talks resume in Doha.').claims, []);
  assert.deepEqual(claims('Some 300 people died, according to a count by the hospitals.').claims, []);
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

test('coordinated sources before "told": "police and army sources told AFP"', () => {
  const a = claims(
    'Two fighters were killed near Samarra, police and army sources told [AFP|organization|afp].',
  );
  assert.equal(
    a.text.slice(a.claims[0].content.start, a.claims[0].content.end),
    'Two fighters were killed near Samarra',
  );
});

test('a subject before its apposition is no fronted statement; a name after a title and a comma speaks', () => {
  const a = claims(
    'The head of the monitoring group, [Rami Haddad|person|haddad], said 12 fighters were killed.',
  );
  assert.deepEqual(
    a.claims.map((c) => view(a.text, c)),
    ['haddad|assertion|12 fighters were killed'],
  );
  const b = claims(
    '“The line is holding,” said the brigade’s commander in the south, [Ivan Petrenko|person|petrenko].',
  );
  assert.equal(b.claims[0]?.speaker, 'petrenko');
  const c = claims('“The line is holding,” said the brigade’s commander in the south, Ivan Petrenko.');
  assert.deepEqual(c.created, ['Ivan Petrenko']);
});

test('"according to army figures" names the army; new reporting verbs need their clause', () => {
  const a = claims('Nine troops have died, according to military figures.');
  assert.deepEqual(a.created, ['military']);
  assert.deepEqual(claims('According to the truce agreement, talks resume next week.').claims, []);
  const b = claims('[The UN mission|organization|un-mission] disclosed that 40 civilians were executed.');
  assert.equal(b.claims.length, 1);
  assert.deepEqual(claims('The council accepted the proposal without clarifying the terms.').claims, []);
});

test('"It also said …" resumes the last named speaker past a statement with no issuer', () => {
  const a = claims(
    '[The UN mission|organization|un-mission] said 40 civilians were killed. “The killings by [M23|group|m23] were deliberate,” the statement said. It also said the bodies were buried at night.',
  );
  assert.equal(a.claims.at(-1)?.speaker, 'un-mission');
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

test('a description guesses no state organ: "the agency" is the aid body named last, never the army', () => {
  const a = claims(
    '[The World Food Programme|organization|wfp] sent trucks. [The army|organization|sd:army>country:SD] closed the road. The agency said the convoy was turned back.',
  );
  assert.equal(a.claims.at(-1)?.speaker, 'wfp');
  const b = claims(
    '[The army|organization|ss:army>country:SS] closed the road. The commission said the convoy was turned back.',
  );
  assert.equal(b.claims.at(-1)?.speaker, 'source:commission');
  // A quoted rebuttal opened by another phrase is still a denial.
  const c = claims(
    '“Contrary to reports, our jets did not strike the hospital,” [the air force|organization|ua:air-force] said.',
  );
  assert.equal(c.claims[0].kind, 'denial');
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

test('"a UN inquiry has disclosed" speaks for the UN; "the paramilitary said" for the armed group named last', () => {
  const a = claims(
    '[A United Nations|organization|un] inquiry has disclosed that 57 civilians were executed.',
  );
  assert.equal(a.claims[0]?.speaker, 'un');
  const b = claims(
    '[The RSF|group|rsf] stormed the village. The paramilitary said the fighting ended at dawn.',
  );
  assert.equal(b.claims[0]?.speaker, 'rsf');
});

test('"X rejected that and said …": "that" is the object denied, not the opening of what was said', () => {
  const text =
    'Lisbon says the island belongs to its southern district. Accra rejected that and said the island is its own.';
  const a = analyzeDocument({ text, published: '2024-03-02' });
  const kinds = a.claims.map((c) => c.kind);
  assert.deepEqual(kinds, ['assertion', 'denial', 'assertion']);
  assert.deepEqual(a.claims[1].contradicts, [0]);
});
