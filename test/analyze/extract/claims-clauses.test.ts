import assert from 'node:assert/strict';
import { test } from 'node:test';
import { claims, view } from './helpers/claims.ts';

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

test('"told X that": X is the addressee, not what was said', () => {
  const a = claims('[Kamala Harris|person|harris] told [NBC|organization|nbc] that the ceasefire must hold.');
  assert.equal(a.text.slice(a.claims[0].content.start, a.claims[0].content.end), 'the ceasefire must hold');
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

test('"maintains an office" is no speech; "maintained that" is', () => {
  assert.deepEqual(claims('The movement maintains an office in Doha.').claims, []);
  const b = claims('[Hamas|group|hamas] maintained that the hostages were alive.');
  assert.equal(b.claims.length, 1);
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

test('"according to" any named source; not "according to the agreement"', () => {
  const a = claims('According to the Syrian Observatory, 31 fighters were killed near Palmyra.');
  assert.deepEqual(a.created, ['Syrian Observatory']);
  const b = claims('Four people died, according to Amina Yusuf, a nurse in Maiduguri.');
  assert.equal(b.claims.length, 1);
  assert.deepEqual(claims('According to the agreement, talks resume in Doha.').claims, []);
  assert.deepEqual(claims('Some 300 people died, according to a count by the hospitals.').claims, []);
});

test('"according to army figures" names the army; new reporting verbs need their clause', () => {
  const a = claims('Nine troops have died, according to military figures.');
  assert.deepEqual(a.created, ['military']);
  assert.deepEqual(claims('According to the truce agreement, talks resume next week.').claims, []);
  const b = claims('[The UN mission|organization|un-mission] disclosed that 40 civilians were executed.');
  assert.equal(b.claims.length, 1);
  assert.deepEqual(claims('The council accepted the proposal without clarifying the terms.').claims, []);
});

test('"X released a statement late that day, saying that …": one claim, whose content is the clause', () => {
  const a = claims(
    '[The navy|organization|navy>country:LK] released a statement late that day, saying that 14 rebels had been killed at sea.',
  );
  assert.deepEqual(
    a.claims.map((c) => view(a.text, c)),
    ['navy|assertion|14 rebels had been killed at sea'],
  );
  assert.equal(a.claims[0].start, 0);
  // A verb with a content of its own keeps it: two claims.
  const b = claims(
    '[The navy|organization|navy>country:LK] confirmed the clash on Monday, saying 14 rebels had been killed at sea.',
  );
  assert.equal(b.claims.length, 2, JSON.stringify(b.claims.map((c) => view(b.text, c))));
});
