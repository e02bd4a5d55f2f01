// More layouts seen across outlets, from made-up articles written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFrontMatter } from '../../../src/ingest/frontmatter.ts';
import { readMarkdown } from '../../../src/ingest/markdown.ts';
import { normalizePublished } from '../../../src/ingest/meta/dates.ts';
import { isPhotoCredit } from '../../../src/ingest/meta/header.ts';
import { findWireCredits } from '../../../src/ingest/meta/wire.ts';
import { readText } from '../../../src/ingest/text.ts';

test('a kicker above the headline is furniture; a short standfirst sentence does not hide the headline', () => {
  const d = readText(
    `SAHEL\n\nGunmen kill 20 in attack on village in northern Burkina Faso\n\nThe army said reinforcements had been sent.\n\nOUAGADOUGOU (AFP) — Gunmen killed at least 20 civilians in an attack on a village in the north of the country, local sources said on Sunday.\n\n"They came on motorbikes at dawn," a resident said.`,
    'bf.txt',
  );
  assert.equal(d.title, 'Gunmen kill 20 in attack on village in northern Burkina Faso');
  assert.ok(!d.text.includes('SAHEL'));
  assert.ok(d.text.startsWith('The army said reinforcements had been sent.'));
  assert.deepEqual(d.wire, ['AFP']);
});

test('photo captions ending in their credit are dropped, body paragraphs are not', () => {
  assert.ok(
    isPhotoCredit('Rescuers search the rubble of a building in Kharkiv on Monday. (AP Photo/Jane Roe)'),
  );
  assert.ok(isPhotoCredit('Displaced families arrive at a camp near Rafah. (Photo: Omar Saleh/Reuters)'));
  assert.ok(
    !isPhotoCredit(
      'Rescuers searched the rubble of a building in Kharkiv on Monday, officials said (without giving figures).',
    ),
  );
  const d = readText(
    `Strikes hit power plants across Ukraine\n\nRescuers search the rubble of a building in Kharkiv on Monday. (AP Photo/Jane Roe)\n\nKYIV, Ukraine (AP) — Russian missiles and drones struck power plants in several regions overnight, officials said on Monday.`,
    'ua.txt',
  );
  assert.equal(
    d.text,
    'KYIV, Ukraine (AP) — Russian missiles and drones struck power plants in several regions overnight, officials said on Monday.',
  );
  assert.deepEqual(d.wire, ['AP']);
});

test('dates with the clock time first', () => {
  assert.equal(normalizePublished('10:32 GMT, 12 Oct 2023'), '2023-10-12T10:32:00Z');
  assert.equal(normalizePublished('Published On 14 Feb 2024'), '2024-02-14');
  assert.equal(normalizePublished('10:32 GMT, 30 Feb 2023'), null);
});

test('prose that begins like a credit is not a credit', () => {
  assert.deepEqual(
    findWireCredits(
      'From Kyiv, Reuters reported that two people were killed and nine wounded in the overnight attack on the city.',
    ),
    [],
  );
  assert.deepEqual(findWireCredits('From AFP'), ['AFP']);
});

test('front matter title and description never remove body blocks that differ from them', () => {
  const d = readFrontMatter(
    `---\ntitle: Fighting displaces thousands in eastern Congo\ndescription: Thousands fled as rebels advanced on Sunday.\n---\n## What we know\n\nThousands fled as rebels advanced on Sunday.\n\nAid agencies said camps near Goma were already overcrowded and short of clean water.\n`,
    'drc.md',
  );
  assert.equal(d.title, 'Fighting displaces thousands in eastern Congo');
  assert.equal(d.description, 'Thousands fled as rebels advanced on Sunday.');
  assert.ok(d.text.startsWith('What we know\n\nThousands fled as rebels advanced on Sunday.'));
  assert.ok(d.text.endsWith('short of clean water.'));
});

test('bylines with job titles and filing places', () => {
  const d = readText(
    `Militants seize town in central Mali\n\nBy Aïssata Traoré, West Africa correspondent, in Bamako\n\nPublished 12 Oct 2023 | Updated 13 Oct 2023\n\nMilitants linked to al-Qaeda seized a town in central Mali on Wednesday after a two-day battle with the army, local officials said.`,
    'ml.txt',
  );
  assert.equal(d.title, 'Militants seize town in central Mali');
  assert.deepEqual(d.authors, ['Aïssata Traoré']);
  assert.equal(d.published, '2023-10-12');
  assert.ok(d.text.startsWith('Militants linked to al-Qaeda seized a town'));
  assert.ok(!d.text.includes('correspondent'));
});

test('a dateline place on its own line is not a headline', () => {
  const d = readText(
    `KHARTOUM, Sudan\n\nArtillery fire echoed across the capital on Friday as the army and paramilitary fighters battled for control of the airport, witnesses said.`,
    'sd.txt',
  );
  assert.equal(d.title, null);
});

test('TOML front matter (+++)', () => {
  const d = readFrontMatter(
    `+++\ntitle = "Cyclone aid reaches Rakhine camps"\ndate = 2023-05-20T09:00:00+06:30\nauthors = ["Min Thu", 'Aye Aye']\ndraft = false\n[params]\nimage = "x.jpg"\n+++\nAid reached displaced people's camps near Sittwe on Saturday, six days after the cyclone made landfall, relief workers said.\n`,
    'mm.md',
  );
  assert.equal(d.title, 'Cyclone aid reaches Rakhine camps');
  assert.equal(d.published, '2023-05-20T09:00:00+06:30');
  assert.deepEqual(d.authors, ['Min Thu', 'Aye Aye']);
  assert.ok(d.text.startsWith('Aid reached displaced'));
  assert.throws(
    () => readFrontMatter('+++\ntitle = "x\n+++\nBody.', 'bad.md'),
    (e: unknown) => e instanceof Error && e.name === 'InputFailure' && /TOML/.test(e.message),
  );
});

test('the headline is found past an image label and its credit', () => {
  const d = readText(
    `Drones hit grain port on the Danube\n\nUkraine Russia War\n\nUkraine Russia War (Copyright 2023 Example Photo Agency. All rights reserved)\n\nRussian drones struck grain silos and port buildings on the Danube overnight, regional officials said on Wednesday, the third such attack this month.`,
    'ua2.txt',
  );
  assert.equal(d.title, 'Drones hit grain port on the Danube');
  assert.ok(d.text.startsWith('Russian drones struck grain silos'));
  assert.ok(!d.text.includes('Ukraine Russia War'));
});

test('a broadcaster-style page: relative time, share buttons, author and role lines, picture credit over its caption', () => {
  const d = readText(
    `Gaza ceasefire talks stall as strikes continue\n\n2 hours ago\n\nShare\n\nSave\n\nLeila Haddad\n\nMiddle East reporter, Jerusalem\n\nReuters\n\nSmoke rises over Khan Younis after an overnight strike\n\nTalks on a ceasefire in Gaza have stalled, mediators said on Tuesday, as strikes continued across the territory overnight.\n\nThe health ministry said at least 30 people had been killed in the past day.`,
    'gz.txt',
  );
  assert.equal(d.title, 'Gaza ceasefire talks stall as strikes continue');
  assert.deepEqual(d.wire, [], 'a picture credit is not a text credit');
  assert.equal(
    d.text,
    'Talks on a ceasefire in Gaza have stalled, mediators said on Tuesday, as strikes continued across the territory overnight.\n\nThe health ministry said at least 30 people had been killed in the past day.',
  );
});

test('Markdown without headings: bold headline, italic byline, place-and-date line, related links and tags', () => {
  const d = readMarkdown(
    `**Missile strikes cargo ship in Gulf of Aden**\n\n*By Ahmed Nasser*\n\nSana'a, 12 March 2024\n\nA missile fired by rebels struck a cargo ship in the Gulf of Aden on Tuesday, the US military said, causing damage but no injuries.\n\n<div class="ad">Advertisement</div>\n\nThe group's military spokesman said in a televised statement that it had targeted the vessel.\n\n### Related\n\n- [Shipping costs soar](https://example.com/a)\n- [Who are the rebels?](https://example.com/b)\n\nTags: [Yemen](https://example.com/t/yemen), [Red Sea](https://example.com/t/red-sea)\n`,
    'y.md',
  );
  assert.equal(d.title, 'Missile strikes cargo ship in Gulf of Aden');
  assert.deepEqual(d.authors, ['Ahmed Nasser']);
  assert.equal(d.published, '2024-03-12');
  assert.equal(
    d.text,
    "A missile fired by rebels struck a cargo ship in the Gulf of Aden on Tuesday, the US military said, causing damage but no injuries.\n\nThe group's military spokesman said in a televised statement that it had targeted the vessel.",
  );
});

test('a long headline directly above its byline and date (no blank lines) stays a headline', () => {
  const d = readText(
    `Sudan's army says it has retaken the national broadcaster's headquarters in Omdurman\nBy Nadia Farouk\nMarch 12, 2024\n\nSudan's army said on Tuesday it had retaken the headquarters of the state broadcaster in Omdurman, its biggest gain in the capital area in months.`,
    'sd2.txt',
  );
  assert.equal(
    d.title,
    "Sudan's army says it has retaken the national broadcaster's headquarters in Omdurman",
  );
  assert.deepEqual(d.authors, ['Nadia Farouk']);
  assert.equal(d.published, '2024-03-12');
});

test('a one-paragraph article ending in a glued wire credit keeps its body: it is no standfirst', () => {
  const d = readText(
    `date 2011-03-02\nBomb kills 12 at bus station in northern town\n\nMAIDUGURI, March 2: A bomb hidden in a parked minibus killed at least 12 people at a crowded bus station on Wednesday, police said. Dozens more were wounded. The governor condemned the attack and said the security forces would find those behind it, his spokesman said in a statement.—AFP`,
    'one-paragraph.txt',
  );
  assert.equal(d.title, 'Bomb kills 12 at bus station in northern town');
  assert.ok(d.text.includes('A bomb hidden in a parked minibus killed at least 12 people'), d.text);
  assert.ok(d.text.includes('his spokesman said in a statement'));
});

test('a standfirst is taken only when the body follows it', () => {
  const d = readText(
    `Talks on prisoner exchange stall as both sides trade blame\n\nNegotiators left the capital without a date for a new round of talks on the exchange of prisoners and bodies\n\nThe two delegations met for six hours on Monday. A mediator said both had agreed to meet again but gave no date.`,
    'standfirst.txt',
  );
  assert.equal(
    d.description,
    'Negotiators left the capital without a date for a new round of talks on the exchange of prisoners and bodies',
  );
  assert.ok(d.text.startsWith('The two delegations met for six hours on Monday.'), d.text);
});

test('a headline over one or two deck lines is the title; the decks stay in the text', () => {
  const d = readText(
    `Market in border town shelled for second day\n\nMedics say 14 killed and dozens wounded\n\nArmy denies firing on residential areas\n\nAt least 14 people were killed on Tuesday when shells hit the main market of the border town for a second day, medics said. The army denied firing on residential areas and blamed the rebels.`,
    'decks.txt',
  );
  assert.equal(d.title, 'Market in border town shelled for second day');
  assert.ok(!d.text.includes('Market in border town shelled'), d.text);
  assert.ok(d.text.startsWith('Medics say 14 killed and dozens wounded'), d.text);
  const stamped = readText(
    `Clinic director reports three dead after drone hits farm\n\nAFP Published 12 Mar, 2024 09:15am\n\nTYRE: A clinic director said a drone hit a farm outside the town on Tuesday and that three farmworkers had died of their wounds overnight.`,
    'stamp.txt',
  );
  assert.equal(stamped.title, 'Clinic director reports three dead after drone hits farm');
  assert.ok(!stamped.text.includes('Published'), stamped.text);
});

test('a caption closed by its agency in brackets is dropped; a paragraph ending ". (AFP)" is not', () => {
  assert.ok(isPhotoCredit('Rescuers carry a wounded man out of the market in Aden [AFP]'));
  assert.ok(isPhotoCredit('Smoke rises over the port of Hodeidah after the strikes (Reuters)'));
  assert.ok(!isPhotoCredit('The governor said on Sunday that 40,000 people had fled their homes. (AFP)'));
});

test('in a text of one paragraph per line, an unpunctuated deck line stays apart from the lead', () => {
  const lead =
    'Officials in the province said the strike on the market killed at least 14 people and wounded dozens more on Saturday morning, as rescuers searched the debris for survivors.';
  const d = readText(
    `Strike on market kills 14\nArmy says it targeted a weapons depot near the market\n${lead}\nThe army said the depot had been used to store rockets and that no civilians were present.`,
    'deck.txt',
  );
  assert.ok(!d.text.includes('market Officials'), d.text);
  assert.ok(d.text.includes(lead));
  assert.equal(
    readText('2 min read\n\nThe convoy was hit near the border, officials said.', 'r.txt').text.includes(
      'min read',
    ),
    false,
  );
});

test('a hard-wrapped text still joins its lines', () => {
  const d = readText(
    'Gunmen attacked a police post near the border town late on Friday, killing at\nleast six officers and wounding four, the regional governor told reporters\nin the provincial capital on Saturday.',
    'wrap.txt',
  );
  assert.ok(
    d.text.includes(
      'killing at least six officers and wounding four, the regional governor told reporters in the provincial',
    ),
  );
});
