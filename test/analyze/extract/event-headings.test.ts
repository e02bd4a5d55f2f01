import assert from 'node:assert/strict';
import { test } from 'node:test';
import { headingEnd } from '../../../src/analyze/extract/event-headings.ts';
import { analyzeDocument } from '../../../src/analyze/index.ts';

const BODY =
  'MAPUTO (Reuters) — Insurgents stormed the coastal town of Pemba on Friday and fought the army for six hours, killing eleven soldiers, officials said.';

test('the heading lines end before the first paragraph that is a sentence of the body', () => {
  const head = 'Eleven soldiers die as insurgents raid port\n\nBy Ana Costa\n\n';
  assert.equal(headingEnd(head + BODY), head.length - 2);
  assert.equal(headingEnd(BODY), 0);
  // (A text of headlines only has no body to tell the events again.)
  assert.equal(headingEnd('Insurgents raid port\n\nArmy sends reinforcements'), 0);
});

test('an event named only in the headline is one with the body event of its type', () => {
  const text =
    'Two killed as troops battle at the border\n\nBANGKOK (AP) — Thai and Cambodian troops exchanged artillery fire for three hours on Friday along a disputed frontier, killing two soldiers, officials said.';
  const a = analyzeDocument({ text, published: '2024-05-25' });
  const attacks = a.events.filter((e) => e.type === 'attack');
  assert.equal(attacks.length, 1, JSON.stringify(attacks));
  // (The body tells it more exactly: its day and its means.)
  assert.equal(attacks[0].date?.start, '2024-05-24');
  assert.equal(attacks[0].mode, 'shelling');
  const mentions = [attacks[0], ...(attacks[0].more ?? [])].map((m) => text.slice(m.start, m.end));
  assert.ok(mentions.includes('battle'), JSON.stringify(mentions));
});

test('a headline event the body does not tell stays an event of its own', () => {
  const text = `Ceasefire agreed in the north\n\n${BODY}`;
  const a = analyzeDocument({ text, published: '2024-05-25' });
  assert.ok(
    a.events.some((e) => e.type === 'ceasefire-agreed'),
    JSON.stringify(a.events.map((e) => e.type)),
  );
});
