import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

/** Each claim as "speaker|kind|words of the claim". */
function told(text: string): string[] {
  const a = analyzeDocument({ text, published: '2024-05-14' });
  return a.claims.map((c) => `${c.speaker}|${c.kind}|${text.slice(c.start, c.end)}`);
}

test('"countered the report" denies it and shares its subject with "and said"; "countered the offensive" says nothing', () => {
  assert.deepEqual(
    told('The interior minister countered the report and said the casualty figures were a fabrication.'),
    [
      'source:interior minister|denial|The interior minister countered the report',
      'source:interior minister|denial|said the casualty figures were a fabrication',
    ],
  );
  assert.deepEqual(told('The garrison countered the offensive with heavy artillery.'), []);
});

test('a verb that reports only a clause reports the quote right before it: "“…,” indicated the group"', () => {
  assert.deepEqual(told('“Our unit acted in self-defence against the patrol,” indicated the militia.'), [
    'source:militia|statement|“Our unit acted in self-defence against the patrol,” indicated the militia',
  ]);
  assert.deepEqual(
    told('“We will keep fighting until the last village is free,” the communique concluded.'),
    [
      'source:communique|statement|“We will keep fighting until the last village is free,” the communique concluded',
    ],
  );
});

test('calling the other side liars or its figures exaggerated denies: "were lying", "is exaggerating"', () => {
  const kinds = told(
    'The governor said the insurgents were lying. The navy said the rebels were exaggerating the damage to the port.',
  ).map((c) => c.split('|')[1]);
  assert.deepEqual(kinds, ['denial', 'denial']);
});

test('"“…,” said the statement" reports for its issuer; "signed by X" or "from X" names it', () => {
  assert.deepEqual(
    told(
      'The navy said in a statement that its ships were in port. “We deny entering those waters,” said the statement.',
    ),
    [
      'source:navy|assertion|The navy said in a statement that its ships were in port',
      'source:navy|denial|“We deny entering those waters,” said the statement',
    ],
  );
  assert.deepEqual(told('“We deny entering those waters,” said a statement from the coast guard.'), [
    'source:coast guard|denial|“We deny entering those waters,” said a statement',
  ]);
});

test('"pointed out that" reports; "fired warning shots" reports nothing', () => {
  assert.deepEqual(told('The mayor pointed out that the shelter had no power.'), [
    'source:mayor|statement|The mayor pointed out that the shelter had no power',
  ]);
  assert.deepEqual(told('Border guards, who had fired warning shots, were fired upon by smugglers.'), []);
});

test('a toll counted or given in other words reports it: "counted “at least 30” dead", "gave the same toll of 30"', () => {
  assert.deepEqual(
    told('The camp committee counted “at least 30” dead. The district office gave the same toll of 30.'),
    [
      'source:camp committee|assertion|The camp committee counted “at least 30” dead',
      'source:district office|assertion|The district office gave the same toll of 30',
    ],
  );
  // ("which counts deaths reported by hospitals": what a body does, not what it said.)
  assert.deepEqual(told('The agency, which counts deaths reported by clinics, is based in the capital.'), []);
});

test('"the air force statement said" speaks for the air force named before, a two-word body', () => {
  assert.deepEqual(
    told(
      'The Kenyan Air Force said it bombed a depot on Sunday. The air force statement said no homes were near the depot.',
    ).map((c) => c.split('|')[0]),
    ['ke:air-force', 'ke:air-force'],
  );
});

test('"X quoted Y as saying" and "X cited Y as confirming" give Y, named or not', () => {
  assert.deepEqual(
    told('The agency quoted a ferry captain as saying that two boats had sunk.').map((c) => c.split('|')[0]),
    ['source:ferry captain'],
  );
  assert.deepEqual(
    told('Reuters cited a port official as confirming that the terminal was shut.').map(
      (c) => c.split('|')[0],
    ),
    ['source:port official'],
  );
});

test('", said the group had claimed …": the words after "said" open what was said, not an inverted speaker', () => {
  const c = told('Lumen, which tracks militant channels, said the brigade had claimed the ambush.');
  assert.ok(!c.some((x) => /^source:brigade\|[a-z]+\|Lumen/.test(x)), c.join(' / '));
});

test('a name the entity layer does not know, alone before a clause describing it, speaks: "Lumen, which tracks …, said"', () => {
  assert.deepEqual(
    told('Lumen, which tracks militant channels, said 14 guards died.').map((c) => c.split('|')[0]),
    ['source:lumen'],
  );
});

test('"the rebels were to blame" is what the speaker said, not a second charge; "is to announce" is no claim yet', () => {
  const got = told(
    'The governor said the rebels were to blame. A police chief said the militia was to blame for the fire.',
  );
  assert.equal(got.length, 2, got.join(' / '));
  assert.ok(got.every((c) => !/^[^|]+\|[^|]+\|blame/.test(c)));
  // ("is to announce": a plan after "be to", no claim made yet.)
  assert.deepEqual(told('The governor is to announce the results of the inquiry on Friday.'), []);
});
