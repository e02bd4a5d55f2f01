import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

/** The text of the claims the text's denial answers (the first denial, or the first whose words match). */
function answered(text: string, words?: RegExp): string[] {
  const a = analyzeDocument({ text, published: '2024-06-12' });
  const said = (j: number) => text.slice(a.claims[j].content.start, a.claims[j].content.end);
  const d = a.claims.find((c, j) => c.kind === 'denial' && (!words || words.test(said(j))));
  assert.ok(d, `a denial: ${a.claims.map((c, j) => `${c.kind}: ${said(j)}`).join(' / ')}`);
  return (d.contradicts ?? []).map(said);
}

test('a party\'s name used as a modifier ("the Al-Shabaab claims", "the AP report") picks its claim', () => {
  const one = answered(
    'Al-Shabaab said its men had killed 20 soldiers at the base. The army said it repelled the attack. A police officer said the market was closed. The military dismissed the Al-Shabaab claims as exaggerated.',
  );
  assert.equal(one.length, 1);
  assert.match(one[0], /killed 20 soldiers/);
  const two = answered(
    'The Associated Press reported on Friday that 40 or more civilians had died in the raids. Villagers said the soldiers burned homes. The minister dismissed the AP report on Monday.',
  );
  assert.equal(two.length, 1);
  assert.match(two[0], /40 or more civilians/);
});

test("\"refuted Sebby's claims\": a part of a speaker's name owning a claim noun picks that speaker's claim", () => {
  const got = answered(
    'Rebel spokesman Jonah Tamberi claimed his men had killed five soldiers. The army said three soldiers died. "We also seized four weapons," the army said. Colonel Aidi refuted Jonah\'s claims, saying they were misleading.',
  );
  assert.ok(got.length >= 1);
  assert.match(got[0], /killed five soldiers/);
});

test('"We have not been overrun" answers the claim that the outpost was overrun, not the nearest claim', () => {
  const text = [
    'The rebels said their fighters killed at least 40 people, adding they overran the outpost near the river.',
    'The rebel group also said it lost men but gave no figure.',
    'But army spokesman Peter Odhiambo dismissed the reports as "lies from the enemy".',
    '"We drove the enemy back. We were ready. We have not been overrun. It is false," he said.',
  ].join('\n\n');
  const got = answered(text, /not been overrun/);
  assert.ok(
    got.some((t) => /overran the outpost/.test(t)),
    got.join(' / '),
  );
});

test('"rejected the accusation" answers the last charge, though an appeal and an aside came after it', () => {
  const text = [
    "Ruritania's foreign minister said the truce had been broken many times and blamed Borduria for starting the clashes.",
    '"We urge Borduria to rein in its troops," the minister told reporters. He added that Ruritanian units were only returning fire.',
    "Borduria's foreign ministry rejected the accusation, saying Ruritanian troops had broken the truce.",
  ].join('\n\n');
  const got = answered(text, /the accusation/);
  assert.equal(got.length, 1, got.join(' / '));
  assert.match(got[0], /starting the clashes/);
});

test('"denounced the Lydian claims as “a cynical attempt to justify …”" rejects those claims: a denial that answers them', () => {
  const text =
    'The Lydian army said the raid hit 12 fighters hiding in a warehouse. On Sunday, the militia denounced the Lydian claims as “a cynical attempt to justify the massacre.”';
  const a = analyzeDocument({ text, published: '2024-06-12' });
  const d = a.claims.find((c) => /justify/.test(text.slice(c.content.start, c.content.end)));
  assert.equal(d?.kind, 'denial');
});

test("\"disputed X's claim of killing 40 guards\": of X's claims, the one the denial retells, not X's last", () => {
  const text =
    'Boko Haram said on Sunday its fighters killed at least 40 prison guards in the raid on the jail. ' +
    'Boko Haram also said its fighters freed hundreds of inmates and seized trucks. ' +
    "A regional governor, Musa Adamu, disputed Boko Haram's claim that it had killed at least 40 guards.";
  const a = analyzeDocument({ text, published: '2023-02-20' });
  const said = (i: number) => text.slice(a.claims[i].content.start, a.claims[i].content.end);
  const denial = a.claims.find((c) => c.kind === 'denial');
  assert.ok(denial?.contradicts?.length, JSON.stringify(a.claims.map((_, i) => said(i))));
  assert.deepEqual(denial.contradicts.map(said), [
    'on Sunday its fighters killed at least 40 prison guards in the raid on the jail',
  ]);
});

test('"denied X\'s claims that …" answers the account X tells in full later in the same words', () => {
  const text =
    "Nigeria's navy categorically denied Boko Haram's claims that its fighters sank two patrol boats near the harbour. " +
    'Officials in the capital said the coast was calm. ' +
    'Boko Haram, in a video statement, claimed its fighters sank two patrol boats and damaged a frigate.';
  const a = analyzeDocument({ text, published: '2023-02-20' });
  const said = (i: number) => text.slice(a.claims[i].content.start, a.claims[i].content.end);
  const denial = a.claims.find((c) => c.kind === 'denial');
  assert.ok(denial, JSON.stringify(a.claims.map((_, i) => said(i))));
  assert.ok(
    (denial.contradicts ?? []).some((j) => /damaged a frigate/.test(said(j))),
    JSON.stringify((denial.contradicts ?? []).map(said)),
  );
});
