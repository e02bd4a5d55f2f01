import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  CONTENT,
  FUNCTION,
  NAME,
  NUMBER,
  normalizeToken,
  tokenize,
} from '../../../src/resolve/reuse/tokens.ts';

const words = (text: string) => {
  const t = tokenize(text);
  return [...t.start].map((s, i) => text.slice(s, t.end[i]));
};

const sentences = (text: string) => {
  const t = tokenize(text);
  const out: string[] = [];
  for (let s = 0; s + 1 < t.sentStart.length; s++) {
    out.push(text.slice(t.start[t.sentStart[s]], t.end[t.sentStart[s + 1] - 1]));
  }
  return out;
};

test('tokens are offsets into the text, with figures, hyphens and apostrophes kept whole', () => {
  const text =
    'Houthi forces fired 2 missiles at the M/V Zografia, a Malta-flagged ship; 5,287 tonnes weren’t lost.';
  assert.deepEqual(words(text), [
    'Houthi',
    'forces',
    'fired',
    '2',
    'missiles',
    'at',
    'the',
    'M',
    'V',
    'Zografia',
    'a',
    'Malta-flagged',
    'ship',
    '5,287',
    'tonnes',
    'weren’t',
    'lost',
  ]);
  assert.equal(normalizeToken('Weren’t'), "weren't");
});

test('sentences end at full stops but not after titles, initials or dotted short forms', () => {
  const text =
    'Gen. Abdel Fattah Burhan met the U.S. envoy in Port Sudan. The talks lasted until 9 p.m. Monday. "We are ready," he said. Fighting resumed.\nA second line.';
  assert.deepEqual(sentences(text), [
    'Gen. Abdel Fattah Burhan met the U.S. envoy in Port Sudan',
    'The talks lasted until 9 p.m. Monday',
    'We are ready," he said',
    'Fighting resumed',
    'A second line',
  ]);
});

test('classes: function words, names (mid-sentence or known), numbers, content words', () => {
  const text =
    'Drones hit Kharkiv overnight and Ukraine said 14 people died. Officials in Kharkiv blamed Russia.';
  const t = tokenize(text);
  const cls = new Map(words(text).map((w, i) => [`${w}@${i}`, t.cls[i]]));
  assert.equal(cls.get('Drones@0'), CONTENT, 'a capitalised first word is a content word…');
  assert.equal(cls.get('Kharkiv@2'), NAME);
  assert.equal(cls.get('and@4'), FUNCTION);
  assert.equal(cls.get('14@7'), NUMBER);
  assert.equal(cls.get('people@8'), CONTENT);
  assert.equal(cls.get('Officials@10'), CONTENT);
  assert.equal(cls.get('Ukraine@5'), NAME);
  const t2 = tokenize('Hamas rejected the plan. Mediators said Hamas would reply.');
  assert.equal(t2.cls[0], NAME, '…unless the text also uses it as a name mid-sentence');
});

test('quotation marks: curly and straight, closed at line breaks', () => {
  const text =
    'He said “we will not leave” and left. She said "never again" twice.\n"Unclosed quote\nNext line';
  const t = tokenize(text);
  const quoted = words(text).filter((_, i) => t.quoted[i] === 1);
  assert.deepEqual(quoted, ['we', 'will', 'not', 'leave', 'never', 'again', 'Unclosed', 'quote']);
});

test('paragraph starts are marked at line breaks', () => {
  const text = 'First paragraph here.\n\nSecond one starts.\nThird.';
  const t = tokenize(text);
  const starts = words(text).filter((_, i) => t.paraStart[i] === 1);
  assert.deepEqual(starts, ['First', 'Second', 'Third']);
});

test('empty and punctuation-only texts give no tokens and no sentences', () => {
  for (const text of ['', '   \n\n ', '— … —']) {
    const t = tokenize(text);
    assert.equal(t.hash.length, 0);
    assert.deepEqual([...t.sentStart], [0]);
  }
});

test('property: tokens are in order, inside the text, and sentences partition them', () => {
  const news = fc.constantFrom(
    'Gen.',
    'U.S.',
    '“We',
    'left,”',
    'said',
    'Kyiv',
    '14',
    'p.m.',
    'the',
    '\n\n',
    '. ',
    'Öcalan',
    '—',
    '"',
    'it’s',
  );
  const text = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.array(news, { maxLength: 60 }).map((w) => w.join(' ')),
  );
  fc.assert(
    fc.property(text, (s) => {
      const t = tokenize(s);
      for (let i = 0; i < t.hash.length; i++) {
        assert.ok(t.start[i] < t.end[i] && t.end[i] <= s.length);
        if (i > 0) assert.ok(t.start[i] >= t.end[i - 1]);
      }
      assert.equal(t.sentStart[0], 0);
      assert.equal(t.sentStart[t.sentStart.length - 1], t.hash.length);
      for (let k = 1; k < t.sentStart.length; k++) assert.ok(t.sentStart[k] >= t.sentStart[k - 1]);
    }),
  );
});
