import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

// Inverted attributions closing a sentence: who speaks after the comma, and what stands before it.

function said(text: string) {
  const a = analyzeDocument({ text, published: '2022-08-15' });
  const name = (key: string | null) => a.entities.find((x) => x.key === key)?.name ?? key;
  return a.claims.map((c) => ({
    name: name(c.speaker),
    content: text.slice(c.content.start, c.content.end),
  }));
}

test('"…, senior district administration official <Name> told AFP": the sentence before the comma is what was said', () => {
  const r = said(
    'The convoy was crossing the bridge at dawn when it came under fire, senior district administration official Amadou Keita told AFP.',
  );
  assert.equal(r.length, 1, JSON.stringify(r));
  assert.match(r[0].content, /^The convoy was crossing the bridge/);
  assert.equal(r[0].name, 'Amadou Keita');
});

test('"…, members of the union and a paramedic said Monday": both speak the sentence before', () => {
  const r = said(
    'Shelling by the army killed as many as 30 people attending a market in the valley, members of the union and a paramedic said Monday.',
  );
  assert.equal(r.length, 2, JSON.stringify(r));
  for (const c of r) assert.match(c.content, /^Shelling by the army killed as many as 30/, JSON.stringify(r));
  assert.ok(
    r.some((c) => /paramedic/.test(String(c.name))),
    JSON.stringify(r),
  );
});

test('"…, officials of the ministry said": the part of the body before "of" opens the attribution', () => {
  const r = said('Nine fishermen drowned when the boat capsized, officials of the fisheries ministry said.');
  assert.equal(r.length, 1, JSON.stringify(r));
  assert.match(r[0].content, /^Nine fishermen drowned/);
});

test('state radio speaks: "State radio said …"', () => {
  const r = said('State radio said rebels had ambushed a patrol near the northern border.');
  assert.equal(r.length, 1, JSON.stringify(r));
  assert.match(r[0].content, /rebels had ambushed a patrol/);
  assert.match(String(r[0].name), /radio/i);
});

test('people by trade speak: "a district politician, on condition of anonymity, told …", "one contractor told the BBC"', () => {
  const r = said(
    'A district politician told Reuters on condition of anonymity that troops reached the market at dawn. ' +
      'One contractor told the BBC that many workers hid in the port overnight.',
  );
  assert.equal(r.length, 2, JSON.stringify(r));
  assert.equal(r[0].content, 'troops reached the market at dawn');
  assert.match(String(r[0].name), /politician/);
  assert.match(String(r[1].name), /contractor/);
});

test('"who asked that her family name not be published" is how a source speaks, not a request of its own', () => {
  const r = said(
    'A nurse, who asked that her family name not be published, said the ward had run out of oxygen.',
  );
  assert.equal(r.length, 1, JSON.stringify(r));
  assert.match(r[0].content, /run out of oxygen/);
});

test('"…, residents told Reuters, an allegation denied by the West African nation\'s army": two claims, the second a denial of the first', () => {
  const text =
    'Soldiers and foreign fighters shot nine herders dead near the well, residents told Reuters, ' +
    "an allegation denied by the West African nation's army.";
  const a = analyzeDocument({ text, published: '2022-08-15' });
  assert.equal(a.claims.length, 2, JSON.stringify(a.claims));
  const [charge, denial] = a.claims;
  assert.match(
    text.slice(charge.content.start, charge.content.end),
    /^Soldiers and foreign fighters shot nine/,
  );
  assert.equal(denial.kind, 'denial');
  assert.match(String(denial.speaker), /army/);
  assert.deepEqual(denial.contradicts, [0]);
});

test('"said the country\'s interior minister": a possessive on the way to the speaker\'s head', () => {
  const r = said('“We will not negotiate with gangs,” said the country’s interior minister.');
  assert.equal(r.length, 1);
  assert.match(String(r[0].name), /interior minister/);
});

test('"“…,” the head of Kunduz\'s main clinic <Name> told Reuters": the quotation is what the named head said', () => {
  const r = said(
    '“We have counted seven bodies,” the head of Kunduz’s main clinic Farid Nouri told Reuters.',
  );
  assert.equal(r.length, 1, JSON.stringify(r));
  assert.equal(r[0].content, '“We have counted seven bodies,”');
  assert.equal(r[0].name, 'Farid Nouri');
  const s = said('“We have counted seven bodies,” clinic chief Farid Nouri told Reuters.');
  assert.equal(s[0].content, '“We have counted seven bodies,”');
});

test('"X, like Y, accused …": the one compared with, set off by commas, is not the speaker', () => {
  const r = said('Kenya, like the African Union, accused the militants of shelling the camp.');
  assert.equal(r.length, 1, JSON.stringify(r));
  assert.equal(r[0].name, 'Kenya');
  const s = said('Kenya, unlike Ethiopia, said the border post had not fallen.');
  assert.equal(s[0].name, 'Kenya');
});

test('"…, X wrote in its report on Friday, which Y rejected": the relative clause closes the attribution', () => {
  const r = said(
    'Police and allied militiamen shot dead some 40 fishermen over three days near a lakeside village, Amnesty International wrote in its annual report on Friday, which the interior ministry rejected.',
  );
  const report = r.find((c) => c.name === 'Amnesty International');
  assert.ok(report, JSON.stringify(r));
  assert.match(report.content, /^Police and allied militiamen shot dead some 40 fishermen/);
});

test('"“…,” the group\'s military spokesman, <Name>, told AFP": the title in apposition is no part of what was said', () => {
  const quoted = said(
    '"Our fighters ambushed the convoy near Mandera. We took eleven rifles and burned two trucks," the group\'s military spokesman, Hassan Omar Dheere, told AFP by telephone.',
  );
  assert.equal(quoted.length, 1, JSON.stringify(quoted));
  assert.equal(quoted[0].name, 'Hassan Omar Dheere');
  assert.match(quoted[0].content, /^"Our fighters ambushed the convoy near Mandera\. We took eleven rifles/);
  assert.match(quoted[0].content, /two trucks,"$/);
  const plain = said(
    'At least four police officers died when the patrol hit a mine, the regional police commander, Ruth Wanjiku, said on Monday.',
  );
  assert.equal(plain.length, 1, JSON.stringify(plain));
  assert.equal(plain[0].content, 'At least four police officers died when the patrol hit a mine');
  // ("The head of the monitoring group, Jane Doe, said …": a subject and its apposition, no inversion.)
  const subject = said('The head of the district council, Peter Ayele, said four schools had closed.');
  assert.equal(subject.length, 1, JSON.stringify(subject));
  assert.equal(subject[0].content, 'four schools had closed');
});

test('"…, as reported by X": the clause before the comma is what X reported, and X gives its toll', () => {
  const text =
    'On Thursday, a drone strike on a fuel depot outside Mogadishu caused the deaths of seven guards, as reported by the state news agency.';
  const a = analyzeDocument({ text, published: '2022-08-15' });
  assert.equal(a.claims.length, 1);
  assert.equal(
    text.slice(a.claims[0].content.start, a.claims[0].content.end),
    'On Thursday, a drone strike on a fuel depot outside Mogadishu caused the deaths of seven guards',
  );
  const fig = a.figures.find((f) => f.low === 7);
  assert.ok(fig);
  assert.equal(fig.reporter, a.claims[0].speaker);
  assert.ok(fig.reporter);
});

test('"“…,” X said Sunday in remarks carried by AFP, as …": X said the quotation; the outlet only carried it', () => {
  const r = said(
    '"The situation on the border is very grave," regional governor Maria Salcedo said Sunday in remarks reported by AFP, as she toured a shelter for displaced families.',
  );
  assert.equal(r.length, 1, JSON.stringify(r));
  assert.equal(r[0].name, 'Maria Salcedo');
  assert.equal(r[0].content, '"The situation on the border is very grave,"');
});

test('"“…,” the office said in its statement, after …": the quotation before is what was said, and its toll is the office\'s', () => {
  const text =
    '“The raid on the market killed six people,” leaving “31 wounded,” the district health office said in its statement, after first reporting two dead.';
  const a = analyzeDocument({ text, published: '2022-08-15' });
  const quoted = a.claims.find((c) => text.slice(c.content.start, c.content.end).startsWith('“The raid'));
  assert.ok(quoted, JSON.stringify(a.claims.map((c) => text.slice(c.content.start, c.content.end))));
  assert.match(text.slice(quoted.content.start, quoted.content.end), /31 wounded,”$/);
  const wounded = a.figures.find((f) => f.low === 31);
  assert.equal(wounded?.reporter, quoted.speaker);
});

test('a source "in the country" or "elsewhere in the province" speaks past that place; "told AFP about …" keeps the quotation', () => {
  const placed = said(
    'Gunmen burned a school near the river, the spokesman for the UN mission in the country told AFP.',
  );
  assert.equal(placed.length, 1, JSON.stringify(placed));
  assert.equal(placed[0].content, 'Gunmen burned a school near the river');
  const about = said(
    '“Twelve people died when the shells hit the clinic,” Hamid Sultani told AFP about the shelling that took place on Monday.',
  );
  assert.equal(about.length, 1, JSON.stringify(about));
  assert.equal(about[0].name, 'Hamid Sultani');
  assert.equal(about[0].content, '“Twelve people died when the shells hit the clinic,”');
});
