// Made-up articles in the styles of different outlets and conflicts, written for these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFrontMatter } from '../../../src/ingest/frontmatter.ts';
import { readMarkdown } from '../../../src/ingest/markdown.ts';
import { readText } from '../../../src/ingest/text.ts';
import { InputFailure } from '../../../src/ingest/types.ts';

const SUDAN = `Sudan's army says it retook key bridge in Khartoum

By Khalid Osman and Nadia Farouk
March 26, 2024

Sign up for our Morning Briefing newsletter

KHARTOUM (Reuters) - Sudan's army said on Tuesday it had retaken a strategic bridge linking
Khartoum and Omdurman after days of fighting with the paramilitary Rapid Support Forces.

The Rapid Support Forces denied the claim, saying its fighters still held both ends of the crossing.

Advertisement

Aid groups say more than 8 million people have been displaced since the war began in April last year.

Reporting by Khalid Osman; Editing by Peter Lang`;

test('plain text: headline, byline, dateline, wire and furniture', () => {
  const d = readText(SUDAN, 'sudan.txt');
  assert.equal(d.format, 'text');
  assert.equal(d.title, "Sudan's army says it retook key bridge in Khartoum");
  assert.deepEqual(d.authors, ['Khalid Osman', 'Nadia Farouk']);
  assert.equal(d.published, '2024-03-26');
  assert.deepEqual(d.wire, ['Reuters']);
  assert.equal(d.outlet, null);
  assert.ok(
    d.text.startsWith(
      "KHARTOUM (Reuters) - Sudan's army said on Tuesday it had retaken a strategic bridge linking Khartoum",
    ),
  );
  assert.ok(d.text.includes('The Rapid Support Forces denied the claim'));
  assert.ok(d.text.includes('more than 8 million people have been displaced'));
  for (const gone of ['newsletter', 'Advertisement', 'Editing by', 'By Khalid', 'March 26, 2024'])
    assert.ok(!d.text.includes(gone), `"${gone}" should be gone`);
  assert.equal(d.text.split('\n\n').length, 3);
});

test('plain text: a first line that is a sentence is body, not a title', () => {
  const d = readText(
    'Ukrainian air defences shot down 14 of 17 drones launched overnight, the air force said on Sunday.\n\nDebris damaged two houses in the Kharkiv region, the governor said.',
    'ua.txt',
  );
  assert.equal(d.title, null);
  assert.ok(d.text.startsWith('Ukrainian air defences shot down 14 of 17 drones'));
});

test('plain text: a leading date marker is metadata and leaves the sentence intact', () => {
  const d = readText(
    'date 2023-11-02 Fighting flared again near the border town on Wednesday, residents said, as mediators met in the capital.\n\nThe ministry gave no casualty figures.',
    'm.txt',
  );
  assert.equal(d.published, '2023-11-02');
  assert.ok(d.text.startsWith('Fighting flared again near the border town on Wednesday'));
  assert.ok(!d.text.includes('date 2023'));
});

test('plain text: donation appeal and notification prompts go, outlet read from them', () => {
  const text = `Get breaking news notifications from Addis Standard

Tigray: aid trucks stopped at checkpoint, officials say

Dozens of aid trucks carrying food and medicine were stopped at a checkpoint on the road into the region on Friday, officials said

Your support keeps our reporters in the field. We believe independent journalism should be free for every reader, so we ask those who can afford it to contribute.

Dozens of aid trucks carrying food and medicine were stopped at a checkpoint on the main road on Friday, two regional officials told reporters.

"We have not been given any reason," one driver said by telephone.

Thank you for reading. Please log in to leave a comment.`;
  const d = readText(text, 'tigray.txt');
  assert.equal(d.title, 'Tigray: aid trucks stopped at checkpoint, officials say');
  assert.equal(d.outlet, 'Addis Standard');
  assert.ok(
    d.description?.startsWith(
      'Dozens of aid trucks carrying food and medicine were stopped at a checkpoint on the road',
    ),
  );
  assert.ok(d.text.includes('two regional officials told reporters.'));
  assert.ok(d.text.includes('"We have not been given any reason," one driver said by telephone.'));
  for (const gone of ['Your support', 'independent journalism', 'Thank you for reading', 'notifications'])
    assert.ok(!d.text.includes(gone), `"${gone}" should be gone`);
});

const GAZA_MD = `# Aid convoy reaches north of the strip after weeks of delays

By [Maya Haddad](https://example.org/authors/maya) and [Omar Saleh](#) for AFP

Published: 14 February 2024

![Trucks wait at the crossing](https://images.example.org/convoy.jpg)

*Omar Saleh / AFP*

An aid convoy of 30 trucks reached the north of the territory on Wednesday, the [United Nations](https://un.org) said, the first to arrive in three weeks.

**Read more:** [Hospitals in the south run out of fuel](https://example.org/fuel)

## **Crossing reopened**

The crossing was reopened on Tuesday after what officials called "intensive contacts" between the parties.

> "People are eating animal feed," a doctor in the area told *reporters*.

Original url:

<https://www.aljazeera.com/news/2024/2/14/aid-convoy-reaches-north>`;

test('Markdown: heading title, linked byline, photo credit, teaser, url label', () => {
  const d = readMarkdown(GAZA_MD, 'gaza.md');
  assert.equal(d.format, 'markdown');
  assert.equal(d.title, 'Aid convoy reaches north of the strip after weeks of delays');
  assert.deepEqual(d.authors, ['Maya Haddad', 'Omar Saleh']);
  assert.deepEqual(d.wire, ['AFP']);
  assert.equal(d.published, '2024-02-14');
  assert.equal(d.url, 'https://www.aljazeera.com/news/2024/2/14/aid-convoy-reaches-north');
  assert.equal(d.outlet, 'Al Jazeera');
  assert.ok(d.text.includes('the United Nations said, the first to arrive in three weeks.'));
  assert.ok(d.text.includes('\n\nCrossing reopened\n\n'));
  assert.ok(d.text.includes('"People are eating animal feed," a doctor in the area told reporters.'));
  for (const gone of [
    'Read more',
    'Hospitals in the south',
    'Omar Saleh / AFP',
    '](',
    '**',
    '#',
    'Original url',
    'https://',
  ])
    assert.ok(!d.text.includes(gone), `"${gone}" should be gone`);
});

test('front matter: every field is metadata; folded scalars, epoch ms, author list, image host', () => {
  const text = `---
title: >
  Houthi drone strike hits
  tanker in Red Sea
description: >
  A drone struck a commercial tanker off the coast.It caught fire briefly.
date: 1705312800000
authors:
  - Sara Ahmed
  - name: Tom Price
image: https://i.guim.co.uk/img/media/abc/master/1000.jpg
tags: [yemen, shipping]
---
A drone struck a commercial tanker off the coast of Hodeidah on Monday, a maritime security agency said.

Advertisement

The crew put out a small fire and no one was hurt, the agency said.
`;
  const d = readFrontMatter(text, 'yemen.md');
  assert.equal(d.format, 'front-matter');
  assert.equal(d.title, 'Houthi drone strike hits tanker in Red Sea');
  assert.equal(d.description, 'A drone struck a commercial tanker off the coast. It caught fire briefly.');
  assert.equal(d.published, '2024-01-15T10:00:00Z');
  assert.deepEqual(d.authors, ['Sara Ahmed', 'Tom Price']);
  assert.equal(d.outlet, 'The Guardian');
  assert.equal(d.url, null);
  assert.ok(d.text.startsWith('A drone struck a commercial tanker off the coast of Hodeidah'));
  assert.ok(d.text.endsWith('no one was hurt, the agency said.'));
  for (const gone of ['title:', 'yemen, shipping', 'Advertisement', 'i.guim.co.uk', 'It caught fire briefly'])
    assert.ok(!d.text.includes(gone), `"${gone}" should be gone`);
});

test('front matter: YAML dates and urls; Markdown body', () => {
  const d = readFrontMatter(
    `---\ntitle: "Junta airstrike kills villagers in Sagaing"\ndate: 2024-05-10\nurl: https://www.irrawaddy.com/news/burma/x.html\n---\n\n# Junta airstrike kills villagers in Sagaing\n\nA military airstrike killed at least 12 people in a village on Friday, residents and a local resistance group said.\n`,
    'mm.md',
  );
  assert.equal(d.published, '2024-05-10');
  assert.equal(d.title, 'Junta airstrike kills villagers in Sagaing');
  assert.equal(d.outlet, 'The Irrawaddy');
  assert.equal(
    d.text,
    'A military airstrike killed at least 12 people in a village on Friday, residents and a local resistance group said.',
  );
});

test('front matter: an unquoted colon in a one-line value is read as the text after the key', () => {
  const d = readFrontMatter(
    '---\ntitle: UNHCR: Thousands flee clashes in border villages\nurl: https://example.org/news/1\npublished: 2022-11-04\n---\nThousands of people fled the border villages on Thursday.',
    'colon.md',
  );
  assert.equal(d.title, 'UNHCR: Thousands flee clashes in border villages');
  assert.equal(d.published, '2022-11-04');
  assert.equal(d.url, 'https://example.org/news/1');
  assert.equal(d.text, 'Thousands of people fled the border villages on Thursday.');
});

test('front matter: malformed or unclosed YAML is an InputFailure with a reason', () => {
  assert.throws(
    () => readFrontMatter('---\ntitle: [unclosed\ndate: 2024-01-01\n---\nBody text here.', 'bad.md'),
    (e: unknown) =>
      e instanceof InputFailure && /malformed front matter/.test(e.message) && e.source === 'bad.md',
  );
  assert.throws(
    () => readFrontMatter('---\ntitle: x\nBody without closing line.', 'open.md'),
    (e: unknown) => e instanceof InputFailure && /not closed/.test(e.message),
  );
  assert.throws(
    () => readFrontMatter('---\n- a\n- b\n---\nBody.', 'list.md'),
    (e: unknown) => e instanceof InputFailure,
  );
});

test('front matter: a timestamp keeps its own offset (and day); a source names the outlet or the wire', () => {
  const d = readFrontMatter(
    `---\ntitle: Night raids near the border\ndate: 2024-05-10T01:00:00+03:00\nsource: Horn Observer\n---\nSoldiers raided three villages near the border overnight, residents said on Friday.\n`,
    'et.md',
  );
  assert.equal(d.published, '2024-05-10T01:00:00+03:00');
  assert.equal(d.outlet, 'Horn Observer');
  const w = readFrontMatter(
    `---\ntitle: Quake aid\ndate: 2023-02-07\nsource: Reuters\n---\nRescue teams from several countries arrived in the region on Tuesday, officials said.\n`,
    'tr.md',
  );
  assert.equal(w.published, '2023-02-07');
  assert.deepEqual(w.wire, ['Reuters']);
  assert.equal(w.outlet, null);
});
