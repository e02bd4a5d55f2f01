import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

// A deed told again inside a party's denial.

function events(text: string, published: string) {
  const a = analyzeDocument({ text, published });
  return a.events.map((e) => ({
    kind: `${e.type}/${e.mode ?? '-'}`,
    date: e.date?.start ?? null,
    words: [e, ...(e.more ?? [])].map((m) => text.slice(m.start, m.end)),
  }));
}

test('the strike a party denies days later is the strike told before, not a new one on the day of denying', () => {
  const r = events(
    'Government warplanes bombed a clinic in Kalay on Tuesday night, killing 14 patients, a rebel spokesman said. ' +
      'The military denied on Friday killing civilians in an air strike.',
    '2024-03-09',
  );
  const attacks = r.filter((e) => e.kind.startsWith('attack'));
  assert.equal(attacks.length, 1);
  assert.equal(attacks[0].date, '2024-03-05');
  assert.ok(attacks[0].words.includes('air strike'));
});

test('a denied deed with a day of its own, or of another weapon, stays apart', () => {
  const own = events(
    'Rebels shelled a market in Kalay on Tuesday, the army said. ' +
      'The rebels denied they had launched a drone attack on the airport on Thursday.',
    '2024-03-09',
  );
  assert.equal(own.filter((e) => e.kind.startsWith('attack')).length, 2);
});
