import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from '../../../src/analyze/nlp/index.ts';

function sentences(text: string): string[] {
  return tokenize(text).sentences.map((s) => text.slice(s.start, s.end));
}

test('tokens are offsets into the text and sentences index them', () => {
  const text =
    'Houthi rebels fired two missiles at Marib on Sunday.\n\nThe coalition said it intercepted both.';
  const { tokens, sentences: sents } = tokenize(text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end).trim(), text.slice(t.start, t.end));
  assert.equal(text.slice(tokens[0].start, tokens[0].end), 'Houthi');
  assert.equal(tokens[0].pos, 'PROPN');
  assert.equal(tokens.find((t) => text.slice(t.start, t.end) === 'fired')?.lemma, 'fire');
  assert.equal(sents.length, 2);
  assert.deepEqual(
    sents.map((s) => s.paragraph),
    [0, 1],
  );
  assert.equal(sents[1].tokenEnd, tokens.length);
  assert.equal(sents[0].tokenEnd, sents[1].tokenStart);
});

test('abbreviations, ranks and initials do not end a sentence', () => {
  const text =
    'Lt. Col. Ahmed Saleh of the 3rd Div. said on Sept. 14 that U.S. advisers had left. Gen. J. R. Okafor disagreed.';
  assert.deepEqual(sentences(text), [
    'Lt. Col. Ahmed Saleh of the 3rd Div. said on Sept. 14 that U.S. advisers had left.',
    'Gen. J. R. Okafor disagreed.',
  ]);
});

test('closing quotation marks stay with their sentence, in several quote styles', () => {
  const a = sentences('“We will not retreat. Not one step.” The commander spoke in Mekelle.');
  assert.equal(a.at(-1), 'The commander spoke in Mekelle.');
  assert.ok(a.every((s) => !/^[”’»]/.test(s)));
  assert.ok(a.some((s) => s.endsWith('step.”')));
  const b = sentences('«Nous ne partirons pas.» Le ministre a quitté Bamako.');
  assert.deepEqual(b, ['«Nous ne partirons pas.»', 'Le ministre a quitté Bamako.']);
  const c = sentences('"The ceasefire is over." Gunfire was heard in Khartoum.');
  assert.deepEqual(c, ['"The ceasefire is over."', 'Gunfire was heard in Khartoum.']);
});

test('a dateline is a sentence of its own', () => {
  const s = sentences(
    'KHARTOUM, Sudan (AP) — Paramilitary fighters shelled Omdurman on Monday, witnesses said.',
  );
  assert.deepEqual(s, [
    'KHARTOUM, Sudan (AP) —',
    'Paramilitary fighters shelled Omdurman on Monday, witnesses said.',
  ]);
  const r = sentences('ADEN, Yemen (Reuters) - Clashes resumed. Dozens fled.');
  assert.equal(r[0], 'ADEN, Yemen (Reuters) -');
});

test('headings and short lines end at the line break; wrapped lines do not', () => {
  const s = sentences('Drone strikes hit Odesa port\nUkraine said the attack damaged grain silos.');
  assert.deepEqual(s, ['Drone strikes hit Odesa port', 'Ukraine said the attack damaged grain silos.']);
  const w = sentences('Troops withdrew from the town of\nBakhmut after months of fighting.');
  assert.equal(w.length, 1);
});

test('a sentence never spans paragraphs', () => {
  const text = 'Talks between the two delegations in\n\nDoha resumed on Friday.';
  const { sentences: sents } = tokenize(text);
  assert.equal(sents.length, 2);
  assert.deepEqual(
    sents.map((s) => s.paragraph),
    [0, 1],
  );
});

test('empty and whitespace-only text', () => {
  assert.deepEqual(tokenize(''), { sentences: [], tokens: [] });
  assert.deepEqual(tokenize(' \n\n '), { sentences: [], tokens: [] });
});
