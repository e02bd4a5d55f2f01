import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

/** Full analysis of one short text: claims with their speaker key, kind, text and links. */
function analyze(text: string) {
  const a = analyzeDocument({ text, published: '2024-06-12' });
  const said = (i: number) => text.slice(a.claims[i].content.start, a.claims[i].content.end);
  return { a, said };
}

test('"the health ministry in rebel-held Idlib" is Idlib\'s ministry, and so is the bare "health ministry" after it', () => {
  const text =
    "The health ministry in rebel-held Idlib said four people were killed in a strike on a school. In a later statement the health ministry said the school sheltered displaced families. Russia's army said it had struck a militant command post.";
  const a = analyzeDocument({ text, published: '2024-06-12' });
  const ministries = a.entities.filter((e) => e.key.endsWith(':ministry:health'));
  assert.equal(ministries.length, 2);
  const gaza = a.entities.find((e) => e.type === 'place' && e.name === 'Idlib');
  assert.ok(gaza, 'Idlib stays a place, not a person speaking');
  for (const m of ministries) assert.equal(m.key, `${gaza.key}:ministry:health`);
  assert.ok(!a.entities.some((e) => e.type === 'person'));
});

test('"officials in rebel-held X": the place after an "X-held" modifier owns the officials', () => {
  const text = 'Officials in Russian-held Donetsk said shelling killed five people at a bus stop.';
  const a = analyzeDocument({ text, published: '2024-06-12' });
  const speaker = a.entities.find((e) => e.key === a.claims[0]?.speaker);
  assert.ok(speaker);
  assert.match(speaker.name, /Donetsk$/);
  assert.ok(!a.entities.some((e) => e.type === 'person'));
});

test('a modifier of a description does not make it another body with that word in its name', () => {
  const text =
    "The Israel Defense Forces reported striking a weapons depot. Gaza's civil defence agency said 11 people had died overnight.";
  const a = analyzeDocument({ text, published: '2024-06-12' });
  const second = a.claims.find((c) => text.slice(c.start, c.end).includes('11 people'));
  assert.ok(second);
  assert.notEqual(second.speaker, a.claims[0].speaker);
});

test('"said just three policemen had died" contradicts the higher toll given before by someone else', () => {
  const { a, said } = analyze(
    [
      'A provincial official said 14 policemen died in the ambush near Kunduz.',
      'A defence ministry spokesman confirmed the ambush but said just three policemen had died.',
    ].join('\n\n'),
  );
  const lower = a.claims.find((c) => /just three/.test(said(a.claims.indexOf(c))));
  assert.ok(lower);
  assert.deepEqual((lower.contradicts ?? []).map(said), ['14 policemen died in the ambush near Kunduz']);
});

test('"spoke on Tuesday in a statement of \'baseless accusations\'": the particle after when and where it was said', () => {
  const { a } = analyze(
    'Rights groups said soldiers had executed dozens of prisoners. The general staff spoke on Tuesday evening in a statement of "baseless accusations" against the army.',
  );
  const denial = a.claims.find((c) => c.kind === 'denial');
  assert.ok(denial, 'the general staff denies');
  assert.equal(denial.contradicts?.length, 1);
});

test('"…, contradicting the government, who said 9 had died" is the government\'s; "a source close to X" is not X', () => {
  const r = analyze(
    'The rebels said they had killed 20 soldiers, contradicting the government, who said 9 had died in the ambush.',
  );
  assert.equal(r.a.claims.length, 2, 'the relative clause is a claim of its own');
  const gov = r.a.claims[1];
  assert.match(r.said(1), /^9 had died/);
  assert.notEqual(gov.speaker, r.a.claims[0].speaker);
  const s = analyze('A source close to the militia confirmed that two of the dead were fighters.');
  const name = s.a.entities.find((e) => e.key === s.a.claims[0]?.speaker)?.name ?? '';
  assert.match(name, /^source close to/);
});

test('the subject described by a participle phrase speaks, not the last name in the phrase', () => {
  const { a } = analyze(
    'The rebel alliance fighting the army in eastern Congo on Friday rejected claims that it had lost hundreds of fighters.',
  );
  const name = a.entities.find((e) => e.key === a.claims[0]?.speaker)?.name ?? '';
  assert.equal(name, 'rebel alliance');
  const m = analyze('The ADF militia battling troops near Beni on Monday denied claims of heavy losses.');
  assert.equal(m.a.entities.find((e) => e.key === m.a.claims[0]?.speaker)?.name, 'Allied Democratic Forces');
});

test('"…, contradicting the army who said four had died" (no comma): the earlier claim ends there and contradicts it', () => {
  const r = analyze(
    'The insurgents on Sunday said they had killed eleven policemen at the checkpoint, contradicting the police command who said four officers had died.',
  );
  assert.equal(r.a.claims.length, 2);
  assert.match(
    r.said(0),
    /eleven policemen at the checkpoint$/,
    'the first claim stops before "contradicting"',
  );
  assert.match(r.said(1), /^four officers had died/);
  assert.deepEqual(r.a.claims[0].contradicts, [1]);
});

test('"X offered explanations. It first said …" is X; a claim ends where another speaker\'s begins', () => {
  const { a, said } = analyze(
    [
      'Medics said gunfire killed 14 people near the depot, while the local council put the toll at 20 dead.',
      "Ethiopia's army gave conflicting accounts. It first said it knew of no casualties, then said its troops did not fire on civilians.",
    ].join(' '),
  );
  assert.match(said(0), /near the depot$/, 'the medics\' claim stops before ", while the council …"');
  const army = a.entities.find((e) => e.name === "Ethiopia's army" || e.key.endsWith(':military'));
  const it = a.claims.find((c) => /knew of no casualties/.test(said(a.claims.indexOf(c))));
  assert.ok(army && it, 'the army is named and "It first said" is a claim');
  assert.equal(it.speaker, army.key);
});

test('"Kremlin spokesman X" speaks for Russia; "…,” X told reporters Monday, denying …" keeps the quotation', () => {
  const a = analyzeDocument({
    text: '“We hit only military and military-linked sites,” Kremlin spokesman Ivan Sorokin told reporters Monday, denying that homes had been hit.',
    published: '2025-04-15',
  });
  const peskov = a.entities.find((e) => e.type === 'person');
  assert.equal(peskov?.affiliation, 'country:ru');
  assert.equal(a.claims.length, 2);
  assert.equal(a.claims[0].kind, 'denial', 'striking only military targets rebuts');
  assert.equal(a.claims[0].content.start, 0, 'the quotation is what was said');
});

test('"it said they only killed five" disputes the six killed that the police gave', () => {
  const { a, said } = analyze(
    'Police said six officers were killed in the bombing. The militant group claimed the attack, but it said that it only killed five officers.',
  );
  const low = a.claims.find((c) => /only killed five/.test(said(a.claims.indexOf(c))));
  assert.ok(low, 'the lower count is a claim');
  assert.match(said(low.contradicts?.[0] ?? -1), /six officers were killed/);
});

test('"…, X said on Saturday, while Y said …": the clause before the attribution is what X said', () => {
  const { a, said } = analyze(
    'Three civilians were wounded in shelling of a village, the head of the regional administration said on Saturday, while rebel officials said that government forces shelled a school there.',
  );
  assert.equal(a.claims.length, 2);
  assert.match(said(0), /^Three civilians were wounded in shelling of a village$/);
  assert.match(said(1), /^government forces shelled a school there$/);
});

test('a denial of the casualty reports answers the first toll told as well as the nearest', () => {
  const { a, said } = analyze(
    [
      'The Red Cross reported that 140 people were brought to a field hospital near the camp, of whom 18 were pronounced dead within hours.',
      'Witnesses said soldiers opened fire near a food distribution point.',
      'The local health ministry gave a toll of 27 dead and 150 injured.',
      'The Global Relief Foundation, which runs the site, said the casualty reports were untrue.',
    ].join('\n\n'),
  );
  const d = a.claims.find((c) => c.kind === 'denial');
  assert.ok(d);
  const answered = (d.contradicts ?? []).map(said);
  assert.ok(
    answered.some((t) => /18 were pronounced dead/.test(t)),
    JSON.stringify(answered),
  );
  assert.ok(
    answered.some((t) => /27 dead/.test(t)),
    JSON.stringify(answered),
  );
});

test('two states that "have contested sovereignty" over land make no claim at all', () => {
  const { a } = analyze('Peru and Ecuador have contested sovereignty over the river valley for a century.');
  assert.equal(a.claims.length, 0);
  const toll = analyze('The army disputed the toll the rebels gave.');
  assert.equal(toll.a.claims[0]?.kind, 'denial');
});

test('no claim from "which claimed 38 lives" or from a passive with no one saying it', () => {
  for (const s of [
    'The ferry fire, which claimed 38 lives, shocked the coast.',
    'Cholera has been reported in three camps.',
    'Deaths were confirmed on both banks of the river on Monday.',
  ])
    assert.equal(analyze(s).a.claims.length, 0, s);
  // With "by", the one named says it.
  assert.equal(analyze('The raid was confirmed by the governor.').a.claims.length, 1);
});

test('a toll set against another with "however" contradicts it when the counts differ', () => {
  const { a, said } = analyze(
    'Villagers said the helicopter killed 12 people near the ford. The district commissioner however said that seven people died.',
  );
  const answer = a.claims.find((c) => c.contradicts?.length);
  assert.ok(answer, 'the lower toll answers the first');
  assert.match(said(answer.contradicts?.[0] ?? -1), /killed 12 people/);
  // The same count, or the dead of the other side, is no dispute.
  const same = analyze(
    'Villagers said the helicopter killed 12 people near the ford. The district commissioner however said that 12 people died.',
  );
  assert.equal(same.a.claims.filter((c) => c.contradicts?.length).length, 0);
  const sides = analyze(
    'Officials said 40 soldiers were killed in the fighting. The rebels however said that 15 civilians died in the shelling.',
  );
  assert.equal(sides.a.claims.filter((c) => c.contradicts?.length).length, 0);
});

test('one strike told as hitting a meeting and as hitting fighters: the two accounts contradict', () => {
  const { a, said } = analyze(
    'A drone strike on the desert town of Tarma killed 30 people on Sunday, its mayor said. The mayor said the strike had hit a meeting of tribal elders. A spokesman for the Eastern Army said its strike had hit "foreign mercenary fighters" hiding in the town.',
  );
  const answer = a.claims.find((c) => /mercenary fighters/.test(said(a.claims.indexOf(c))));
  assert.ok(answer, 'the army account is a claim');
  assert.match(said(answer.contradicts?.[0] ?? -1), /meeting of tribal elders/);
  // A hospital treating the wounded is no account of what the strike hit.
  const b = analyze(
    'Doctors at the main hospital said they had treated 21 wounded people. The army said rebels were shelling the city from positions in the north.',
  );
  assert.equal(b.a.claims.filter((c) => c.contradicts?.length).length, 0);
});

test('", while Y said N" sets a rival toll against the one just given', () => {
  const r = analyze(
    'The interior ministry said four guards were wounded in the riot at the jail, while the prison workers union said 17 were wounded.',
  );
  const rival = r.a.claims.find((c) => /17 were wounded/.test(r.said(r.a.claims.indexOf(c))));
  assert.ok(rival, r.a.claims.map((_c, i) => r.said(i)).join(' / '));
  assert.equal(rival.contradicts?.length, 1);
  assert.match(r.said(rival.contradicts?.[0] ?? -1), /four guards were wounded/);
});

test('"reports suggest the toll may be much higher" answers the toll given before it', () => {
  const r = analyze(
    'At least 14 police officers died when gunmen stormed a station on Monday, the interior ministry said. Rights groups suggest the death toll may be far higher.',
  );
  const higher = r.a.claims.findIndex((_, i) => /far higher/.test(r.said(i)));
  assert.ok(higher >= 0);
  assert.deepEqual(
    (r.a.claims[higher].contradicts ?? []).map((j) => r.said(j)),
    ['At least 14 police officers died when gunmen stormed a station on Monday'],
  );
});

test('"admitted the loss of just “two of our men”" answers a higher toll of the same dead', () => {
  const r = analyze(
    'The army said its troops had killed 30 of the militia’s fighters near the lake. The militia’s spokesman Paul Kato admitted the loss of just “two of our men”.',
  );
  const low = r.a.claims.findIndex((_, i) => /two of our men/.test(r.said(i)));
  assert.ok(low >= 0, r.a.claims.map((_, i) => r.said(i)).join(' / '));
  assert.match(r.said(r.a.claims[low].contradicts?.[0] ?? -1), /killed 30 of the militia/);
});

test('", which X have denied" closes the claim before it: its words are not part of what was first said', () => {
  const text =
    'The army said the fire at the market was started by a mortar round from the Northern Front, which the Kataib militia have denied.';
  const a = analyzeDocument({ text, published: '2024-05-10' });
  const [first, denial] = a.claims;
  assert.equal(
    text.slice(first.content.start, first.content.end),
    'the fire at the market was started by a mortar round from the Northern Front',
  );
  assert.notEqual(first.kind, 'denial');
  assert.equal(denial.kind, 'denial');
  assert.deepEqual(denial.contradicts, [0]);
});

test('"X gave a different account of the raid" disputes the account given before', () => {
  const { a, said } = analyze(
    "Kenya's defence minister said the raid had destroyed a militant training camp near the border. Somalia gave a different account of the raid. A Somali army spokesman said the jets dropped their bombs on empty hills.",
  );
  const d = a.claims.find((c) => c.kind === 'denial');
  assert.equal(d?.kind, 'denial');
  assert.match(said(d?.contradicts?.[0] ?? -1), /militant training camp/);
});
