import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

/** Full analysis of one short text: claims with their speaker key, kind, text and links. */
function analyze(text: string) {
  const a = analyzeDocument({ text, published: '2024-06-12' });
  const said = (i: number) => text.slice(a.claims[i].content.start, a.claims[i].content.end);
  return { a, said };
}

test('"…, a claim X rejected" and "but the allegation was dismissed by X" answer the claim just made', () => {
  const one = analyze(
    'The Sudanese army said its air defences had downed three drones over Port Sudan, a claim the RSF rejected as propaganda.',
  );
  const d1 = one.a.claims.find((c) => c.kind === 'denial');
  assert.ok(d1, 'the rejection is a denial');
  assert.equal(d1.contradicts?.length, 1);
  assert.match(one.said(d1.contradicts?.[0] ?? -1), /downed three drones/);

  const two = analyze(
    'Rebels in North Kivu said a government helicopter had bombed a market near Masisi. Officials said the army was holding its lines. Kinshasa accused the rebels of shelling a camp, but the allegation was dismissed as lies by the M23.',
  );
  const d2 = two.a.claims.find((c) => c.kind === 'denial');
  assert.ok(d2, 'the dismissal is a denial');
  assert.match(two.said(d2.contradicts?.[0] ?? -1), /shelling a camp/);
});

test('a denial paragraphs after the lead answers the lead, not the detail told just before it', () => {
  const { a, said } = analyze(
    [
      'Officials in rebel-held Idlib said an air strike killed nine people at a bakery on Tuesday.',
      'Rescuers said the wounded had been taken to a hospital in the town of Sarmin.',
      'A statement from the officials added that the dead included two children.',
      'Footage showed a collapsed roof and burned cars.',
      "Russia's defence ministry denied carrying out any air strike on the bakery in Idlib.",
      'A ministry spokesman told reporters: "Our aircraft did not strike any target in that town."',
    ].join('\n\n'),
  );
  const denials = a.claims.filter((c) => c.kind === 'denial');
  assert.equal(denials.length, 2);
  for (const d of denials) {
    assert.equal(d.contradicts?.length, 1);
    assert.match(said(d.contradicts?.[0] ?? -1), /air strike killed nine people/);
  }
});

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

test('a denial in the lead answers the later charge in its own words, past the unattributed claim before it', () => {
  const { a, said } = analyze(
    [
      'The militia has been accused of burning homes in a raid on a village in Darfur.',
      'The militia denied burning homes and said it had fought only army units near the village.',
      'Its statement said the fighting took place on Monday morning.',
      'A local monitoring group said dozens of people were killed.',
      'It said it was still counting the dead.',
      'Aid workers told reporters that the village had emptied.',
      'The army-backed council accused the militia of burning homes and killing civilians.',
    ].join('\n\n'),
  );
  const denial = a.claims.find((c) => c.kind === 'denial');
  assert.ok(denial);
  const answered = (denial.contradicts ?? []).map(said);
  assert.ok(
    answered.some((t) => /burning homes and killing civilians/.test(t)),
    `answers the council's charge, got ${JSON.stringify(answered)}`,
  );
});

test('a denial answers a charge three sentences back that names the denier', () => {
  const { a, said } = analyze(
    [
      'A UN inquiry said at least 80 civilians were killed by the M23 rebels in two villages.',
      'The report said the killings were reprisals.',
      'Investigators said the attack seemed planned.',
      'The M23, however, denied the massacre.',
    ].join('\n\n'),
  );
  const denial = a.claims.find((c) => c.kind === 'denial');
  assert.ok(denial);
  assert.match(said(denial.contradicts?.[0] ?? -1), /80 civilians were killed by the M23/);
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

test('"called the allegations \'baseless\'" denies the accusation; "the governor of X" is no person named X', () => {
  const { a, said } = analyze(
    'The army accused the neighbouring state of sponsoring the bombing of a school bus. Its foreign ministry called the allegations "baseless" and condemned the attack.',
  );
  const denial = a.claims.find((c) => c.kind === 'denial');
  assert.ok(denial);
  assert.match(said(denial.contradicts?.[0] ?? -1), /sponsoring the bombing/);
  const g = analyze('The governor of North Kivu said 113 rebels had been killed.');
  assert.ok(!g.a.entities.some((e) => e.type === 'person'));
  assert.ok(g.a.entities.some((e) => e.type === 'place' && e.name === 'North Kivu'));
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

test('claims told inside a denial are claims of their own, and the denial answers them', () => {
  const { a, said } = analyze(
    'The Ukrainian army denied claims by Russian defence minister Andrei Belousov that its troops had encircled eight battalions near Lyman, as well as statements by General Valery Gerasimov about the capture of the town.',
  );
  const denial = a.claims.find((c) => c.kind === 'denial');
  assert.ok(denial);
  const answered = (denial.contradicts ?? []).map(said);
  assert.equal(answered.length, 2);
  assert.match(answered[0], /encircled eight battalions/);
  assert.match(answered[1], /capture of the town/);
  const name = (k: string | null) => a.entities.find((e) => e.key === k)?.name;
  assert.deepEqual(
    (denial.contradicts ?? []).map((j) => name(a.claims[j].speaker)),
    ['Andrei Belousov', 'Valery Gerasimov'],
  );
});

test('"He refuted Gerasimov\'s statements" answers the last claim of the party it names', () => {
  const { a, said } = analyze(
    [
      'Russian general Valery Gerasimov said his forces had taken the town of Siversk.',
      'A Ukrainian army spokesman, Viktor Trehubov, said the town was calm on Sunday.',
      "He refuted Gerasimov's statements about the town.",
    ].join('\n\n'),
  );
  const denial = a.claims.find((c) => c.kind === 'denial');
  assert.ok(denial);
  assert.match(said(denial.contradicts?.[0] ?? -1), /taken the town of Siversk/);
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

test('a denial "when asked about what X said were …" answers the claim it was asked about', () => {
  const { a, said } = analyze(
    'Rescuers said the market fire killed six traders. Our aircraft never strike markets, the Ethiopian defence ministry said when asked about what Tigrayan officials said were Ethiopian drone strikes on the town.',
  );
  const denial = a.claims.find((c) => c.kind === 'denial');
  assert.ok(denial, 'the answer is a denial');
  assert.equal(denial.contradicts?.length, 1);
  assert.match(said(denial.contradicts?.[0] ?? -1), /drone strikes on the town/);
});

test('"X is not targeting civilians" and "has no troops in Y" deny; "but observers say …" is what the denial answers', () => {
  const t = analyze('The Kremlin said Russia is not targeting civilians in Kharkiv.');
  assert.equal(t.a.claims[0]?.kind, 'denial');
  const p = analyze(
    'Rwanda says it has no troops deployed in Congo, but UN experts say Rwandan soldiers fight alongside the rebels near Rutshuru.',
  );
  const denial = p.a.claims.find((c) => c.kind === 'denial');
  assert.ok(denial, '"has no troops deployed" is a denial');
  assert.match(p.said(denial.contradicts?.[0] ?? -1), /Rwandan soldiers fight alongside/);
  const plain = analyze('Rwanda says it has sent aid convoys to the border.');
  assert.notEqual(plain.a.claims[0]?.kind, 'denial');
});

test('a party saying a town is still under its control answers the claim that the town was taken', () => {
  const { a, said } = analyze(
    [
      'Russian officials said on Monday their forces had captured the village of Novoselivka.',
      'Shelling continued through the night, local residents said.',
      "Ukraine's army said Novoselivka remains under Ukrainian control.",
    ].join(' '),
  );
  const denial = a.claims.find((c) => c.kind === 'denial');
  assert.ok(denial, 'holding the ground is a denial');
  assert.match(said(denial.contradicts?.[0] ?? -1), /captured the village/);
  // A third party telling who holds a place denies nothing.
  const neutral = analyze('Analysts said the port is under the control of the militia.');
  assert.notEqual(neutral.a.claims[0]?.kind, 'denial');
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

test('"said the casualty reports were untrue" answers a toll given paragraphs before; "without incident" denies', () => {
  const { a, said } = analyze(
    [
      'The health ministry gave a toll of 12 dead and 40 hurt after gunfire at the grain store.',
      'Witnesses described panic at dawn. The army said soldiers fired warning shots. Relief groups called for an inquiry.',
      'The Harvest Foundation, which runs the store, said the handout went ahead "without incident". It said the casualty reports were untrue.',
    ].join('\n\n'),
  );
  const last = a.claims.at(-1);
  assert.equal(last?.kind, 'denial');
  assert.match(said(last?.contradicts?.[0] ?? -1), /12 dead/);
  assert.equal(a.claims.at(-2)?.kind, 'denial');
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

test('"says it remains in charge of X, contrary to claims …" denies, and answers the later reports that X fell', () => {
  const { a, said } = analyze(
    [
      'The Malian government says it remains in charge of Tessit, contrary to claims that jihadists overran the garrison.',
      'A defence ministry spokesman said troops had repelled the attackers.',
      'Residents had said on Monday that Tessit fell to jihadists and that troops hoped to retake it.',
    ].join(' '),
  );
  assert.equal(a.claims[0].kind, 'denial');
  assert.match(said(a.claims[0].contradicts?.[0] ?? -1), /Tessit fell to jihadists/);
});

test('"But Kigali blamed Congolese troops …" answers what the other side said just before', () => {
  const { a, said } = analyze(
    'Congo said two civilians were killed by shelling near Goma on Monday. But Rwanda blamed Congolese troops who it said fired shells across the border first.',
  );
  const charge = a.claims.find((c) => /Congolese troops/.test(said(a.claims.indexOf(c))));
  assert.ok(charge, 'the counter-charge is a claim');
  assert.match(said(charge.contradicts?.[0] ?? -1), /two civilians were killed/);
});

test('"it had struck an army base and not a clinic" denies; a lead denial answers a later charge naming its forces', () => {
  const t = analyze('State television said the target had been an army base and not a clinic.');
  assert.equal(t.a.claims[0]?.kind, 'denial');
  const { a, said } = analyze(
    [
      'Ethiopia denied firing on civilians queuing for seed on Tuesday.',
      'Medics at the district clinic said nine bodies had arrived by noon.',
      'A local rights group said Ethiopian troops shot at civilians waiting in the queue.',
    ].join(' '),
  );
  const denial = a.claims.find((c) => c.kind === 'denial');
  assert.ok(denial);
  assert.ok(
    (denial.contradicts ?? []).some((j) => /Ethiopian troops shot at civilians/.test(said(j))),
    'the later charge is answered',
  );
});

test('"Nobody died in that skirmish" and "denied the claim of the rebels" answer the later count of dead soldiers', () => {
  const { a, said } = analyze(
    [
      'The army on Tuesday denied the claim of the Arakan Army that nine soldiers died in an ambush near Paletwa.',
      '“Nobody died in that skirmish. It is propaganda,” Colonel Aung Min, a regional commander, told reporters.',
      'A rebel spokesman, Khaing Thu, said on Monday that nine soldiers were killed in a firefight near Paletwa.',
    ].join(' '),
  );
  const count = a.claims.findIndex((c) => /nine soldiers were killed/.test(said(a.claims.indexOf(c))));
  const told = a.claims.findIndex((c) => /^nine soldiers died in an ambush/.test(said(a.claims.indexOf(c))));
  assert.ok(count >= 0 && told >= 0, 'the count and the claim told inside the denial are claims');
  const denials = a.claims.filter((c) => c.kind === 'denial');
  assert.equal(denials.length, 2);
  assert.deepEqual(denials[0].contradicts, [told, count], 'the first denial answers both tellings');
  assert.ok((denials[1].contradicts ?? []).some((j) => j === told || j === count));
  assert.equal(a.entities.find((e) => e.key === denials[1].speaker)?.name, 'Aung Min');
});

test('a denial of targeting civilians answers the other side’s account of civilians harmed, told paragraphs before', () => {
  const { a, said } = analyze(
    [
      'The Chadian army said its rocket strike on the border town of Adre killed 40 fighters on Sunday, as it denied targeting civilians.',
      'Sudanese officials said the strike killed 19 people, including four children, at a market near the town.',
      'The attack drew condemnation from several governments.',
      'The Chadian army said it fired three rockets at a command post.',
      'It accused Sudan of hiding weapons in residential areas.',
      '“Our troops hit only military and military-linked targets,” a Chadian army spokesman told reporters.',
    ].join('\n\n'),
  );
  const denials = a.claims.filter((c) => c.kind === 'denial');
  assert.equal(
    denials.length,
    2,
    'the clause "as it denied …" inside the army’s own claim is a denial of its own',
  );
  for (const d of denials) {
    const answered = (d.contradicts ?? []).map(said);
    assert.ok(
      answered.some((t) => /killed 19 people/.test(t)),
      `"${said(a.claims.indexOf(d))}" answers the count of people killed: ${JSON.stringify(answered)}`,
    );
  }
});

test('"…, X said on Saturday, while Y said …": the clause before the attribution is what X said', () => {
  const { a, said } = analyze(
    'Three civilians were wounded in shelling of a village, the head of the regional administration said on Saturday, while rebel officials said that government forces shelled a school there.',
  );
  assert.equal(a.claims.length, 2);
  assert.match(said(0), /^Three civilians were wounded in shelling of a village$/);
  assert.match(said(1), /^government forces shelled a school there$/);
});

test('a denial of the deed answers whoever blamed the denier for it, past nearer claims that blame no one', () => {
  const { a, said } = analyze(
    [
      'The toll from a Russian missile attack on an apartment block in Kharkiv has risen to 21, a regional official said.',
      'Rescuers said they were still searching the rubble.',
      'Neighbours said no soldiers had ever been based in the block.',
      'If the count is confirmed, it would be the worst attack on the city since a market was shelled in the spring, according to the United Nations human rights monitoring mission.',
      'The Kremlin denied responsibility for the attack.',
    ].join('\n\n'),
  );
  const d = a.claims.find((c) => c.kind === 'denial');
  assert.ok(d, 'the Kremlin’s denial');
  assert.deepEqual((d.contradicts ?? []).map(said), [
    'The toll from a Russian missile attack on an apartment block in Kharkiv has risen to 21',
  ]);
});

test('a party named as the place struck is not blamed: the denial answers the charge against it', () => {
  const { a, said } = analyze(
    [
      'Ethiopia accused Eritrea of launching raids with drones on border towns.',
      'Ethiopian officials said 12 people were killed.',
      'Ethiopia’s army said its jets had targeted command posts at several locations in Eritrea.',
      'Eritrea denied carrying out any raids on Ethiopia.',
    ].join('\n\n'),
  );
  const d = a.claims.find((c) => c.kind === 'denial');
  assert.ok(d, 'Eritrea’s denial');
  assert.ok(
    (d.contradicts ?? []).map(said).some((t) => /launching raids with drones/.test(t)),
    JSON.stringify((d.contradicts ?? []).map(said)),
  );
  assert.ok(!(d.contradicts ?? []).map(said).some((t) => /targeted command posts/.test(t)));
});

test('"X denied such allegations" answers the claim just told, not an earlier one that names X', () => {
  const { a, said } = analyze(
    [
      'The army said the two men had been planning an attack on a checkpoint with help from al-Shabaab.',
      'The army said the fighters were using schools and clinics as shelters and "human shields."',
      'Al-Shabaab has previously denied such allegations.',
    ].join('\n\n'),
  );
  const d = a.claims.find((c) => c.kind === 'denial');
  assert.ok(d);
  assert.deepEqual((d.contradicts ?? []).map(said), [
    'the fighters were using schools and clinics as shelters and "human shields."',
  ]);
});

test('"rejects the allegations made by X" answers X’s claim and the charge X makes further on', () => {
  const { a, said } = analyze(
    [
      "Rwanda's foreign ministry denied Congo’s claims that it was behind a bomb attack in Goma.",
      '"Rwanda dismisses the unfounded accusations levelled by Congo over its supposed role in the blast," a spokesperson said.',
      'A bomb exploded near a market in Goma on Tuesday, killing at least six people, officials said.',
      'The police said the device had been left in a parked car.',
      'Rescuers said 20 people were taken to hospital.',
      'In a statement, the Congolese army alleged that groups linked to Rwanda carried out the attack.',
    ].join('\n\n'),
  );
  const rejects = a.claims.find(
    (c) =>
      c.kind === 'denial' && /^the unfounded accusations levelled by Congo/.test(said(a.claims.indexOf(c))),
  );
  assert.ok(rejects, a.claims.map((c) => said(a.claims.indexOf(c))).join(' | '));
  const answered = (rejects.contradicts ?? []).map(said);
  assert.ok(
    answered.some((t) => /groups linked to Rwanda carried out the attack/.test(t)),
    JSON.stringify(answered),
  );
});

test('a denial in the charge’s own words answers it across twice the usual distance', () => {
  const { a, said } = analyze(
    [
      'The military said on Friday six villagers killed in an air strike this week had fought for a rebel movement.',
      'The strike hit a hamlet near the river.',
      'The area has seen heavy fighting since January.',
      'Thousands have fled to camps near the border.',
      'Aid groups have struggled to reach the camps.',
      'Roads into the district remain closed.',
      'A rebel spokesman denied the dead villagers had fought for the movement.',
      'A hospital official said eight people were being treated for wounds.',
    ].join('\n\n'),
  );
  const d = a.claims.find((c) => c.kind === 'denial');
  assert.ok(d);
  assert.ok(
    (d.contradicts ?? []).map(said).some((t) => /had fought for a rebel movement/.test(t)),
    JSON.stringify((d.contradicts ?? []).map(said)),
  );
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

test('rebuttals without a denial verb: still fighting for the town, no civilians where it struck, not its men', () => {
  const ground = analyze(
    'The Russian defence ministry said its forces had captured the village of Orikhiv. Ukraine said its troops are still fighting in the village.',
  );
  const d1 = ground.a.claims.find((c) => c.kind === 'denial');
  assert.ok(d1, 'still fighting answers the capture');
  assert.match(ground.said(d1.contradicts?.[0] ?? -1), /captured the village/);

  const targets = analyze(
    'Kurdish officials said six people were killed in a strike by Turkish jets on a village in northern Iraq. The Turkish defence ministry said all targets had been chosen in areas where there are no civilians.',
  );
  const d2 = targets.a.claims.find((c) => c.kind === 'denial');
  assert.ok(d2, 'no civilians where it struck');
  assert.match(targets.said(d2.contradicts?.[0] ?? -1), /six people were killed/);

  const men = analyze(
    'Police said the gunmen wore army uniforms. The defence minister said the uniforms did not belong to the army.',
  );
  assert.ok(
    men.a.claims.some((c) => c.kind === 'denial'),
    'not its men',
  );
});

test('a statement called wrong or exaggerated is denied, and the claim it calls so is what it answers', () => {
  const media = analyze(
    'The governor put the number of missing fishermen at 12, far below the figure of 40 given in most media reports. He said the media reports were wrong.',
  );
  const fromMedia = media.a.claims.find((c) => /media reports/.test(c.speaker ?? ''));
  assert.ok(fromMedia, 'the media reports carry the larger figure');
  assert.match(media.said(media.a.claims.indexOf(fromMedia)), /figure of 40/);
  const d = media.a.claims.find((c) => c.kind === 'denial');
  assert.ok(d, 'calling the reports wrong is a denial');
  assert.ok(d.contradicts?.includes(media.a.claims.indexOf(fromMedia)));

  const inflated = analyze('The ministry said the figures were grossly exaggerated.');
  assert.equal(inflated.a.claims[0]?.kind, 'denial');
  // A judgement on a deed is no denial of a statement.
  const deed = analyze('The envoy said it was wrong to shell the camps.');
  assert.notEqual(deed.a.claims[0]?.kind, 'denial');
  // "says" before a verb stays a reporting verb ("that the UN says has caused …").
  const un = analyze('This is a conflict which the United Nations says has brought famine to the east.');
  assert.ok(un.a.claims.some((_, i) => /brought famine/.test(un.said(i))));
});

test('"the claim was not true" answers the claim just told and the same account told before it by another', () => {
  const { a, said } = analyze(
    'A television channel run by the rebels reported that they had captured the garrison in Kalewa on Friday. Their spokesman said the fighters had captured the garrison. But a general at army headquarters said on Saturday the claim was not true.',
  );
  const d = a.claims.find((c) => c.kind === 'denial');
  assert.ok(d);
  const answered = (d.contradicts ?? []).map(said);
  assert.equal(answered.length, 2, JSON.stringify(answered));
  assert.ok(answered.every((t) => /captured the garrison/.test(t)));
});

test('"…, an allegation rebutted by the tanker\'s owners": the owners deny what was just claimed', () => {
  const { a, said } = analyze(
    "The militia said the tanker was hit because it was bound for an Israeli port, an allegation rebutted by the tanker's owners.",
  );
  const d = a.claims.find((c) => c.kind === 'denial');
  assert.ok(d, 'the rebuttal is a denial of its own');
  assert.match(d.speaker ?? '', /owners/);
  assert.match(said(d.contradicts?.[0] ?? -1), /bound for an Israeli port$/);
});

test('a statement denounced as misinformation is denied, and the denial answers it', () => {
  const { a, said } = analyze(
    'The defence ministry in Moscow said its rockets had hit a meeting of officers in the port. The navy in Kyiv denounced that Russian account as misinformation.',
  );
  const d = a.claims.find((c) => /denounced/.test(said(a.claims.indexOf(c))) || c.kind === 'denial');
  assert.equal(d?.kind, 'denial');
  assert.match(said(d?.contradicts?.[0] ?? -1), /meeting of officers/);
  // Denouncing a deed is a charge, not a denial.
  const deed = analyze('The rebels condemned the bombing of the clinic as a war crime.');
  assert.equal(deed.a.claims[0]?.kind, 'accusation');
});

test('"there was no violence" and "did not see any casualties" deny what another told; "no fighting" tells a calm', () => {
  const none = analyze(
    'Medics said soldiers shot dead six people queuing for flour near the depot. The charity that runs the depot said there was no violence at its sites.',
  );
  const d = none.a.claims.find((c) => c.kind === 'denial');
  assert.ok(d, 'the charity denies it');
  assert.match(none.said(d.contradicts?.[0] ?? -1), /shot dead six/);
  const unseen = analyze(
    'The army said its troops fired warning shots near the crossing and did not see any casualties there.',
  );
  assert.equal(unseen.a.claims[0]?.kind, 'denial');
  const calm = analyze('Both sides said on Friday there was no fighting anywhere along the river.');
  assert.notEqual(calm.a.claims[0]?.kind, 'denial');
});

test('two states that "have contested sovereignty" over land make no claim at all', () => {
  const { a } = analyze('Peru and Ecuador have contested sovereignty over the river valley for a century.');
  assert.equal(a.claims.length, 0);
  const toll = analyze('The army disputed the toll the rebels gave.');
  assert.equal(toll.a.claims[0]?.kind, 'denial');
});

test('"it had not ordered …" from the accused side and "the town has not yet fallen" deny what was charged', () => {
  const order = analyze(
    'The mayor said soldiers had ordered families to leave the camp within an hour. The army said it had not ordered anyone to leave.',
  );
  const d = order.a.claims.find((c) => c.kind === 'denial');
  assert.ok(d, 'the army denies the order');
  assert.match(order.said(d.contradicts?.[0] ?? -1), /ordered families/);
  // What the speaker did not know denies nothing.
  const unknown = analyze('The army said it did not know how many people had died.');
  assert.notEqual(unknown.a.claims[0]?.kind, 'denial');
  const held = analyze(
    'The rebels said on Sunday they had seized the lake port. A government minister said the port has not yet fallen.',
  );
  const h = held.a.claims.find((c) => c.kind === 'denial');
  assert.ok(h);
  assert.match(held.said(h.contradicts?.[0] ?? -1), /seized the lake port/);
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

test('"denounced the Serbian statement": the denial answers the claim of the nation its adjective names', () => {
  const { a, said } = analyze(
    'A Serbian drone killed three people at a bus station in the town late on Friday, according to local officials, while Serbia’s defence ministry said it had hit an arms cache there. The Kosovo police dismissed the Serbian statement as propaganda.',
  );
  const d = a.claims.find((c) => c.kind === 'denial');
  assert.ok(d);
  assert.match(said(d.contradicts?.[0] ?? -1), /arms cache/);
});

test('"denied it was connected to the attack" answers the charge that blamed the denier, however far back', () => {
  const { a, said } = analyze(
    [
      'Serbia accused Kosovo of staging the raid on the border post at Jarinje.',
      'Belgrade said two guards were lightly hurt and a depot was burned.',
      'The Serbian interior ministry said that patrols had been doubled along the crossing.',
      'It warned that further incursions would be met with force.',
      'Traffic through the crossing was halted for most of the day.',
      'Officials in Kosovo denied the government was connected to the raid.',
    ].join(' '),
  );
  const d = a.claims.find((c) => c.kind === 'denial');
  assert.ok(d, JSON.stringify(a.claims.map((c) => c.kind)));
  assert.ok(
    (d.contradicts ?? []).some((j) => /staging the raid/.test(said(j))),
    (d.contradicts ?? []).map(said).join(' | '),
  );
});

test('"X denied the attack" answers the charge that blamed X, not a later detail about the attack', () => {
  const { a, said } = analyze(
    [
      'The Chadian army has shelled rebel positions, breaking a truce, charged a rebel spokesman.',
      'Six herders were killed, the spokesman said on Sunday.',
      'He said the attack was on Saturday.',
      '"Our men did not fire back," he said.',
      '"We will defend our people."',
      'The Chadian army denied the attack.',
    ].join(' '),
  );
  const d = a.claims.findLast((c) => c.kind === 'denial');
  assert.ok(d, JSON.stringify(a.claims.map((c) => c.kind)));
  assert.match(said(d.contradicts?.[0] ?? -1), /shelled rebel positions/);
});

test('"has denied this and observers say …" answers the charge before it, not the clause after', () => {
  const { a, said } = analyze(
    'The president has accused his former deputy of plotting a mutiny, but the former deputy has denied this and aid workers say it is unclear what started the fighting.',
  );
  const d = a.claims.find((c) => c.kind === 'denial');
  assert.ok(d, 'the denial is found');
  assert.deepEqual(
    d.contradicts?.map((j) => said(j)),
    [said(a.claims.findIndex((c) => c.kind === 'accusation'))],
  );
  assert.match(said(d.contradicts?.[0] ?? -1), /plotting a mutiny/);
});

test('a denial of reports answers the claim told later in the same words', () => {
  const { a, said } = analyze(
    'The cabinet on Monday denied reports that rebel rockets in the port city of Varna hit a foreign navy command centre. Residents said the night was calm. The rebel leadership claimed to have destroyed the navy command centre in Varna with four rockets.',
  );
  const d = a.claims.find((c) => c.kind === 'denial');
  assert.ok(d, 'the denial is found');
  assert.equal(d.contradicts?.length, 1);
  assert.match(said(d.contradicts?.[0] ?? -1), /destroyed the navy command centre/);
});

test('"we only launch our strikes against … legitimate military targets" denies the charge of hitting civilians', () => {
  const { a, said } = analyze(
    'Activists said jets of the air force bombed a crowded bus station in Dalen, killing 17 civilians. The air force said it only launches its strikes against militia camps, depots and convoys as legitimate military targets.',
  );
  const d = a.claims.find((c) => c.kind === 'denial');
  assert.ok(d, 'the claim of striking only military targets is a denial');
  assert.match(said(d.contradicts?.[0] ?? -1), /bombed a crowded bus station/);
  const q = analyze(
    '“Our troops strike exclusively at military and military-linked objects,” the spokesman said.',
  );
  assert.equal(q.a.claims[0]?.kind, 'denial');
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

test('"there are no casualties" and "there was no damage" rebut the toll claimed before', () => {
  const { a, said } = analyze(
    'The air force said it killed dozens of fighters in a raid on the ridge camp. A spokesman for the rebels said: "There are no casualties, there is no damage on the ground."',
  );
  const d = a.claims.find((c) => c.kind === 'denial');
  assert.ok(d, 'the rebuttal is a denial');
  assert.match(said(d.contradicts?.[0] ?? -1), /killed dozens of fighters/);
});

test('a charge that shifts the blame ("… and then laying the blame on our troops") answers the charge it shifts', () => {
  const { a, said } = analyze(
    'Government troops shot dead 21 villagers during a raid on a temple, according to the Lake Defence Force. On state radio, army spokesman Major General Ivo Rask accused the Northern Liberation Front of staging the massacre and then laying the blame on government troops.',
  );
  const shift = a.claims.find((c) => /laying the blame/.test(said(a.claims.indexOf(c))));
  assert.ok(shift, 'the blame-shifting charge is a claim');
  assert.match(said(shift.contradicts?.[0] ?? -1), /Government troops shot dead 21 villagers/);
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

test('a denial of "military reports of …" or "Serbian claims that …" answers a claim by that owner', () => {
  const cases: [string, RegExp, string][] = [
    [
      'A rebel spokesman issued a statement on Sunday rejecting military reports of 14 of their fighters killed in the hills.',
      /14 of their fighters killed/,
      'military',
    ],
    [
      'Serbia moved troops to the frontier. Pristina dismissed Serbian claims that its police had fired first.',
      /its police had fired first/,
      'Serbia',
    ],
  ];
  for (const [text, denied, owner] of cases) {
    const { a, said } = analyze(text);
    const d = a.claims.find((c) => c.kind === 'denial');
    assert.ok(d, `${text}: a denial`);
    const target = d.contradicts?.[0] ?? -1;
    assert.match(said(target), denied, text);
    const speaker = a.claims[target].speaker;
    assert.equal(a.entities.find((e) => e.key === speaker)?.name, owner, text);
  }
  // "reports of" is a noun: nobody named "… denying military" speaks.
  const { a } = analyze(
    'A rebel spokesman issued a statement on Sunday rejecting military reports of 14 of their fighters killed in the hills.',
  );
  assert.ok(a.entities.every((e) => !/rejecting/.test(e.name)));
});

test('"downplayed the claims made by X saying …" is one denial, by the subject', () => {
  const { a, said } = analyze(
    'A senior opposition official downplayed claims made by the navy, saying they were invented.',
  );
  assert.equal(a.claims.filter((c) => c.kind === 'denial').length, 1);
  const d = a.claims.find((c) => c.kind === 'denial');
  assert.match(a.entities.find((e) => e.key === d?.speaker)?.name ?? '', /opposition official/);
  assert.match(said(a.claims.indexOf(d as (typeof a.claims)[number])), /claims made by the navy/);
});

test('"dismissed the reports as propaganda" answers each claim its teller just made, not only the last', () => {
  const r = analyze(
    'The Coastal Liberation Front said its gunmen had shot 40 sailors at the naval post. The Coastal Liberation Front also said it lost some men but gave no figure. A navy spokesman dismissed the reports as inventions of the enemy.',
  );
  const d = r.a.claims.find((c) => c.kind === 'denial');
  assert.ok(d, 'the dismissal is a denial');
  const answered = (d.contradicts ?? []).map((j) => r.said(j));
  assert.ok(
    answered.some((t) => /shot 40 sailors/.test(t)),
    answered.join(' / '),
  );
  assert.ok(
    answered.some((t) => /lost some men/.test(t)),
    answered.join(' / '),
  );
});

test('"dismissed the X claims as exaggerated" is one denial whose object is a noun, not a claim of its owner', () => {
  const r = analyze(
    'The Coastal Liberation Front said it had destroyed four helicopters at the airbase. The air force dismissed the Coastal Liberation Front claims as exaggerated and said its pilots had repelled the raid.',
  );
  const keys = r.a.claims.map((c) => `${c.speaker}|${c.kind}`);
  assert.deepEqual(keys, [
    'org:koastaliberationfront|assertion',
    'source:air force|denial',
    'source:air force|assertion',
  ]);
  assert.deepEqual(r.a.claims[1].contradicts, [0]);
});

test('", while Y said N" sets a rival toll against the one just given', () => {
  const r = analyze(
    'The interior ministry said four guards were wounded in the riot at the jail, while the prison workers union said 17 were wounded.',
  );
  const rival = r.a.claims.find((c) => /17 were wounded/.test(r.said(r.a.claims.indexOf(c))));
  assert.ok(rival, r.a.claims.map((c, i) => r.said(i)).join(' / '));
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

test('"stated it has no association with rebels" denies the charge of backing them', () => {
  const r = analyze(
    'The president accused the neighbouring government of arming the rebels. The neighbouring government stated that it had no association with rebels.',
  );
  const d = r.a.claims.find((c) => c.kind === 'denial');
  assert.ok(d, r.a.claims.map((c) => c.kind).join(' / '));
  assert.match(r.said(d.contradicts?.[0] ?? -1), /arming the rebels/);
});

test('"dismissed the UN report, saying …" is the minister\'s denial and claim, not a claim of the UN', () => {
  const r = analyze(
    'The United Nations reported that 30 herders were killed near the dam. The interior minister on Monday dismissed the UN report, saying the herders had fled.',
  );
  const keys = r.a.claims.map((c) => `${c.speaker}|${c.kind}`);
  assert.equal(keys.filter((k) => k.startsWith('org:un')).length, 1, keys.join(' / '));
  const d = r.a.claims.find((c) => c.kind === 'denial');
  assert.ok(d, keys.join(' / '));
  assert.match(r.said(d.contradicts?.[0] ?? -1), /30 herders were killed/);
});

test('rebuttals without a denial verb: "does not acknowledge the claims", "not supported by any evidence", "ruled out that"', () => {
  for (const answer of [
    'The ministry does not acknowledge the claims.',
    'The ministry said the allegations were not supported by any evidence.',
    'The ministry ruled out that the fire was caused by a drone strike.',
  ]) {
    const r = analyze(`Fighters of the armed group said soldiers had burned a mosque in Djibo. ${answer}`);
    const d = r.a.claims.find((c) => c.kind === 'denial');
    assert.ok(d, answer);
    assert.match(r.said(d.contradicts?.[0] ?? -1), /burned a mosque/, answer);
  }
  // ("ruled out talks": a decision, not a rebuttal.)
  assert.equal(analyze('The president ruled out talks with the armed group.').a.claims.length, 0);
});

test("a denial of a named party's account told only after it answers that account", () => {
  const { a, said } = analyze(
    "Colombia's defence minister on Thursday disputed Frontline Guards' version of a shooting that left nine farmers dead. He said the guards fired without provocation. Frontline Guards insisted its men were returning fire from armed rebels.",
  );
  const d = a.claims.find((c) => c.kind === 'denial' && said(a.claims.indexOf(c)).startsWith('Frontline'));
  assert.ok(d, a.claims.map((c, i) => `${c.kind}: ${said(i)}`).join(' | '));
  assert.ok(
    (d.contradicts ?? []).some((j) => /returning fire from armed rebels/.test(said(j))),
    (d.contradicts ?? []).map(said).join(' | '),
  );
});

test('"is not aware of any strike" answers the strike others report', () => {
  const { a, said } = analyze(
    'Villagers said helicopters fired on a line of trucks carrying families out of the valley, killing at least eight people. An air force spokesman said the air force is not aware of any strike on civilian trucks and was looking into the reports.',
  );
  const i = a.claims.findIndex((c) => /not aware of any strike/.test(said(a.claims.indexOf(c))));
  assert.ok(i >= 0);
  assert.equal(a.claims[i].kind, 'denial');
  assert.match(said(a.claims[i].contradicts?.[0] ?? -1), /helicopters fired on a line of trucks/);
});

test('a correction of what others said is a denial: "headed for Egypt, not Israel", "were not fighters but farmers"', () => {
  const one = analyze(
    'Pirates said they had seized a tanker bound for the navy base. The owners said the tanker had been sailing to Mombasa, not the base.',
  );
  const d1 = one.a.claims.find((c) => /not the base/.test(one.said(one.a.claims.indexOf(c))));
  assert.equal(d1?.kind, 'denial');
  assert.match(one.said(d1?.contradicts?.[0] ?? -1), /seized a tanker/);
  const two = analyze(
    'Police said they shot dead six bandits in the forest. Village elders said the dead were not bandits but herders returning from the market.',
  );
  const d2 = two.a.claims.find((c) => /not bandits but herders/.test(two.said(two.a.claims.indexOf(c))));
  assert.equal(d2?.kind, 'denial');
  // ("accused X of not honouring the deal": a charge, no correction)
  const three = analyze('The mayor accused the rebels of not honouring the deal on evacuations.');
  assert.equal(three.a.claims[0]?.kind, 'accusation');
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

test('"the numbers were rubbished by X" and "X debunked reports of …" are denials of what was said before', () => {
  const text =
    'The governor said 240 fishermen had drowned when the ferry capsized. But the figures were swiftly rubbished by the navy spokesman, Cdr. Ade Bello. The navy also debunked reports of a second sinking.';
  const a = analyzeDocument({ text, published: '2024-05-10' });
  const denials = a.claims.filter((c) => c.kind === 'denial');
  assert.equal(denials.length, 2);
  assert.deepEqual(denials[0].contradicts, [0]);
});

test('"X has denied losing a helicopter" answers the claim that X lost one, not another side\'s loss told nearer', () => {
  const text =
    "Eritrea said its air defences shot down a helicopter of Ethiopia's air force near the border, while it lost a drone in the clash. The Eritrean drone came down near a village, a local official said. Ethiopia has denied losing a helicopter.";
  const a = analyzeDocument({ text, published: '2024-05-10' });
  const denial = a.claims.find((c) => c.kind === 'denial');
  assert.deepEqual(denial?.contradicts, [0]);
});

test('"we have seen no evidence of civilian deaths" is a denial of the harm others report', () => {
  const { a, said } = analyze(
    'Tribal elders said the drone strike on the wedding party killed 14 guests. “We have seen no evidence of civilian deaths so far,” a coalition spokesman said on Monday.',
  );
  const d = a.claims.find((c) => /evidence of civilian deaths/.test(said(a.claims.indexOf(c))));
  assert.equal(d?.kind, 'denial');
  assert.match(said(d?.contradicts?.[0] ?? -1), /drone strike on the wedding party/);
});

test('"X gave a different account of the raid" disputes the account given before', () => {
  const { a, said } = analyze(
    "Kenya's defence minister said the raid had destroyed a militant training camp near the border. Somalia gave a different account of the raid. A Somali army spokesman said the jets dropped their bombs on empty hills.",
  );
  const d = a.claims.find((c) => c.kind === 'denial');
  assert.equal(d?.kind, 'denial');
  assert.match(said(d?.contradicts?.[0] ?? -1), /militant training camp/);
});

test('"X denied the allegations": each charge the accuser made just before, not only the last', () => {
  const text =
    'Soldiers and allied militiamen shot dead at least 60 herders near the river crossing, a rights group said on Monday. ' +
    '"This is the deadliest massacre of civilians in the region this year," the group said. ' +
    'The military later denied the allegations.';
  const a = analyzeDocument({ text, published: '2023-06-06' });
  const denial = a.claims.find((c) => c.kind === 'denial');
  assert.ok(denial, JSON.stringify(a.claims.map((c) => text.slice(c.start, c.end))));
  assert.equal(denial.contradicts?.length, 2);
});
