import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

/** Full analysis of one short text: claims with their speaker key, kind, text and links. */
function analyze(text: string) {
  const a = analyzeDocument({ text, published: '2024-06-12' });
  const said = (i: number) => text.slice(a.claims[i].content.start, a.claims[i].content.end);
  return { a, said };
}

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

test('"there are no casualties" and "there was no damage" rebut the toll claimed before', () => {
  const { a, said } = analyze(
    'The air force said it killed dozens of fighters in a raid on the ridge camp. A spokesman for the rebels said: "There are no casualties, there is no damage on the ground."',
  );
  const d = a.claims.find((c) => c.kind === 'denial');
  assert.ok(d, 'the rebuttal is a denial');
  assert.match(said(d.contradicts?.[0] ?? -1), /killed dozens of fighters/);
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

test('"the numbers were rubbished by X" and "X debunked reports of …" are denials of what was said before', () => {
  const text =
    'The governor said 240 fishermen had drowned when the ferry capsized. But the figures were swiftly rubbished by the navy spokesman, Cdr. Ade Bello. The navy also debunked reports of a second sinking.';
  const a = analyzeDocument({ text, published: '2024-05-10' });
  const denials = a.claims.filter((c) => c.kind === 'denial');
  assert.equal(denials.length, 2);
  assert.deepEqual(denials[0].contradicts, [0]);
});

test('"we have seen no evidence of civilian deaths" is a denial of the harm others report', () => {
  const { a, said } = analyze(
    'Tribal elders said the drone strike on the wedding party killed 14 guests. “We have seen no evidence of civilian deaths so far,” a coalition spokesman said on Monday.',
  );
  const d = a.claims.find((c) => /evidence of civilian deaths/.test(said(a.claims.indexOf(c))));
  assert.equal(d?.kind, 'denial');
  assert.match(said(d?.contradicts?.[0] ?? -1), /drone strike on the wedding party/);
});
