import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';
import { claims, view } from './helpers/claims.ts';

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
  const a = claims(
    'In the south of the city, told [AFP|organization|afp] a man who asked that his name be withheld.',
  );
  assert.ok(a.claims.every((c) => c.speaker !== 'afp'));
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

test('"the statement said" after "X said in a Monday statement" speaks for X', () => {
  const a = claims(
    'Two soldiers were killed in the crash, [the NATO mission|organization|nato-mission] said in a Monday statement. “There are no signs of hostile fire,” the statement said.',
  );
  assert.deepEqual(
    a.claims.map((c) => c.speaker),
    ['nato-mission', 'nato-mission'],
  );
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

test('"It also said …" resumes the last named speaker past a statement with no issuer', () => {
  const a = claims(
    '[The UN mission|organization|un-mission] said 40 civilians were killed. “The killings by [M23|group|m23] were deliberate,” the statement said. It also said the bodies were buried at night.',
  );
  assert.equal(a.claims.at(-1)?.speaker, 'un-mission');
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
