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

test('a denial "when asked about what X said were …" answers the claim it was asked about', () => {
  const { a, said } = analyze(
    'Rescuers said the market fire killed six traders. Our aircraft never strike markets, the Ethiopian defence ministry said when asked about what Tigrayan officials said were Ethiopian drone strikes on the town.',
  );
  const denial = a.claims.find((c) => c.kind === 'denial');
  assert.ok(denial, 'the answer is a denial');
  assert.equal(denial.contradicts?.length, 1);
  assert.match(said(denial.contradicts?.[0] ?? -1), /drone strikes on the town/);
});

test('"But Kigali blamed Congolese troops …" answers what the other side said just before', () => {
  const { a, said } = analyze(
    'Congo said two civilians were killed by shelling near Goma on Monday. But Rwanda blamed Congolese troops who it said fired shells across the border first.',
  );
  const charge = a.claims.find((c) => /Congolese troops/.test(said(a.claims.indexOf(c))));
  assert.ok(charge, 'the counter-charge is a claim');
  assert.match(said(charge.contradicts?.[0] ?? -1), /two civilians were killed/);
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
      'He said the raid came on Saturday.',
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

test('a charge that shifts the blame ("… and then laying the blame on our troops") answers the charge it shifts', () => {
  const { a, said } = analyze(
    'Government troops shot dead 21 villagers during a raid on a temple, according to the Lake Defence Force. On state radio, army spokesman Major General Ivo Rask accused the Northern Liberation Front of staging the massacre and then laying the blame on government troops.',
  );
  const shift = a.claims.find((c) => /laying the blame/.test(said(a.claims.indexOf(c))));
  assert.ok(shift, 'the blame-shifting charge is a claim');
  assert.match(said(shift.contradicts?.[0] ?? -1), /Government troops shot dead 21 villagers/);
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

test('"X has denied losing a helicopter" answers the claim that X lost one, not another side\'s loss told nearer', () => {
  const text =
    "Eritrea said its air defences shot down a helicopter of Ethiopia's air force near the border, while it lost a drone in the clash. The Eritrean drone came down near a village, a local official said. Ethiopia has denied losing a helicopter.";
  const a = analyzeDocument({ text, published: '2024-05-10' });
  const denial = a.claims.find((c) => c.kind === 'denial');
  assert.deepEqual(denial?.contradicts, [0]);
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

test('a denial of a claim it tells answers the same account told in full elsewhere, by whoever told it', () => {
  const { a, said } = analyze(
    [
      'RSF commander Abdelrahim Dagalo told fighters in a video that his men had seized the airport, the bridge and two army garrisons at Babanusa.',
      'Aid workers said fuel prices in the city had tripled.',
      'The Sudanese army rejected RSF statements that the paramilitary had seized the airport and the main bridge at Babanusa.',
    ].join(' '),
  );
  const denial = a.claims.find((c) => c.kind === 'denial');
  assert.ok(denial);
  const answered = (denial.contradicts ?? []).map(said);
  assert.equal(answered.length, 2, JSON.stringify(answered));
  assert.match(answered[0], /his men had seized the airport, the bridge and two army garrisons/);
  assert.match(answered[1], /seized the airport and the main bridge/);
  assert.ok(!answered.some((s) => /fuel prices/.test(s)));
});

test('"dismissed Peru\'s version": a source named by its nation\'s word told it, not the neutral one after', () => {
  const { a, said } = analyze(
    '“Our post was shelled at dawn and four guards died,” a Peruvian border officer told AFP. ' +
      'Observers said the shooting had stopped by noon. ' +
      'Ecuador dismissed Peru’s version as “pure invention.”',
  );
  const d = a.claims.find((c) => c.kind === 'denial');
  assert.ok(d);
  assert.deepEqual((d.contradicts ?? []).map(said), ['“Our post was shelled at dawn and four guards died,”']);
});
