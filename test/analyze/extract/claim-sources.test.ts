import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

// Sources that speak without a name: websites and newspapers, a source carrying another's words,
// a plural source opening the sentence, a speaker set off by a relative clause.

/** Each claim as { speaker name, text } through the whole analysis. */
function said(text: string) {
  const a = analyzeDocument({ text, published: '2024-03-12' });
  return a.claims.map((c) => ({
    name: a.entities.find((x) => x.key === c.speaker)?.name ?? null,
    text: text.slice(c.start, c.end),
  }));
}

/** The contents (what was said) of each claim. */
function contents(text: string): string[] {
  const a = analyzeDocument({ text, published: '2024-03-12' });
  return a.claims.map((c) => text.slice(c.content.start, c.content.end));
}

test('a website or a newspaper speaks, and the figures it gives are its own', () => {
  const text =
    'A separatist website reported 16 police officers had been killed in the ambush. A pro-government newspaper claimed that nine gunmen died. Two armoured trucks were burned out, the website added.';
  const a = analyzeDocument({ text, published: '2024-03-12' });
  const name = (key: string | null) => a.entities.find((e) => e.key === key)?.name ?? key;
  const reporters = a.figures.map((f) => [f.low, name(f.reporter)]);
  assert.deepEqual(
    reporters,
    [
      [16, 'separatist website'],
      [9, 'pro-government newspaper'],
      [2, 'separatist website'],
    ],
    JSON.stringify(reporters),
  );
});

test('"sources mention 30 villagers killed" and "gave the toll as 57 dead" attribute the count', () => {
  const one = analyzeDocument({
    text: 'Local sources mention at least 30 herders killed near the wells.',
    published: '2024-03-12',
  });
  assert.ok(one.figures[0]?.reporter, JSON.stringify(one.figures));
  const two = analyzeDocument({
    text: 'Reached by telephone, the district chief gave the toll as 57 dead.',
    published: '2024-03-12',
  });
  assert.ok(two.figures[0]?.reporter, JSON.stringify(two.figures));
});

test('"According to X, the governor says …": X only carries the governor\'s words, no claim of its own', () => {
  const r = said('According to the ministry, the district governor says 31 people died in the raid.');
  assert.deepEqual(
    r.map((c) => [c.name, c.text]),
    [['district governor', 'the district governor says 31 people died in the raid']],
    JSON.stringify(r),
  );
});

test('"The magazine, which first told of the killings, said …": a magazine speaks', () => {
  const r = said('The magazine, which first told of the killings, said marines had shot nine farmers.');
  assert.deepEqual(
    r.map((c) => c.name),
    ['magazine'],
    JSON.stringify(r),
  );
});

test('"Residents gathered outside the morgue, saying …": a one-word source opening the sentence speaks', () => {
  const r = said('Residents gathered outside the morgue, saying police had shot four students.');
  assert.deepEqual(
    r.map((c) => c.name),
    ['Residents'],
    JSON.stringify(r),
  );
});

test('"a police officer who reportedly drove to the scene told …": the subject before its relative clause', () => {
  const r = said(
    'A police officer who reportedly drove to the scene told the Reuters news agency that nine guards had died.',
  );
  assert.deepEqual(
    r.map((c) => c.name?.toLowerCase()),
    ['police officer'],
    JSON.stringify(r),
  );
  // (The one told, name and common noun, is no part of what was said.)
  assert.equal(
    contents(
      'A police officer who reportedly drove to the scene told the Reuters news agency that nine guards had died.',
    )[0],
    'nine guards had died',
  );
  const s = said('A nurse whose clinic took in the wounded said 14 people had been hurt.');
  assert.deepEqual(
    s.map((c) => c.name?.toLowerCase()),
    ['nurse'],
    JSON.stringify(s),
  );
});

test('"The army\'s information team said …" and "gave the same toll" are claims', () => {
  const r = said('The army information team said claims about the raid were false.');
  assert.deepEqual(
    r.map((c) => c.name?.toLowerCase()),
    ['army information team'],
    JSON.stringify(r),
  );
  const s = said('A district official gave the same toll.');
  assert.deepEqual(
    s.map((c) => c.name?.toLowerCase()),
    ['district official'],
    JSON.stringify(s),
  );
});

test('"could not independently confirm", "was unable to verify", "asking to remain anonymous": nothing said', () => {
  assert.deepEqual(said('The agency could not independently confirm the toll given by the rebels.'), []);
  assert.deepEqual(said('The news agency was unable to verify the footage.'), []);
  assert.deepEqual(said('The nurse spoke to reporters, asking to remain anonymous for her safety.'), []);
});

test('"told a daily military briefing": the briefing is where it was told, not a verb of its own', () => {
  const text =
    '“The column has pulled back,” General Ivan Sokolov told the nightly official military briefing.';
  const r = said(text);
  assert.deepEqual(
    r.map((c) => c.name),
    ['Ivan Sokolov'],
    JSON.stringify(r),
  );
  assert.equal(
    contents('The general told a daily military briefing in Rostov that the column had pulled back.')[0],
    'the column had pulled back',
  );
});

test('"have in the past denied", "has on several occasions rejected": the speaker before the phrase', () => {
  assert.deepEqual(
    said('The police have in the past denied shooting at protesters.').map((c) => c.name?.toLowerCase()),
    ['police'],
  );
  assert.deepEqual(
    said('The junta has on several occasions rejected reports of massacres.').map((c) =>
      c.name?.toLowerCase(),
    ),
    ['junta'],
  );
});

test('"the two sides" of a war between two states are the states, not a state and an armed group it blames', () => {
  const r = said(
    'India and Pakistan traded fire across the frontier. India said Pakistan shelled its posts. Pakistan said India fired first. The Pakistani army said it had killed five fighters of Hizbul Mujahideen. Hizbul Mujahideen denied it, and Hizbul Mujahideen vowed revenge. India accused Pakistan of arming Hizbul Mujahideen, which Pakistan denied. India and Pakistan later met. The two sides said they had each lost four soldiers.',
  );
  const both = r.filter((c) => /lost four soldiers/.test(c.text)).map((c) => c.name);
  assert.deepEqual(both.sort(), ['India', 'Pakistan'], JSON.stringify(r));
});
