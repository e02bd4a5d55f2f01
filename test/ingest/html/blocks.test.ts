import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isBoilerplateText, stopwordDensity } from '../../../src/ingest/html/boilerplate.ts';
import { isBylineOrDateLine, isCaption } from '../../../src/ingest/html/extract.ts';
import { readHtml } from '../../../src/ingest/html/index.ts';

test('isBoilerplateText: whole-block, prefix and contained furniture phrases, in several languages', () => {
  for (const t of [
    'Advertisement',
    'ADVERTISEMENT',
    'Story continues below advertisement',
    'Read more: Drone attacks on the grain port',
    'Sign up for our newsletter to get the briefing every morning',
    '© 2024 Example Media. All rights reserved.',
    'Lire aussi : les négociations reprennent à Genève',
    'Lesen Sie auch: Waffenruhe gebrochen',
    'Реклама',
    'Tempo de leitura: 3 minutos',
  ]) {
    assert.equal(isBoilerplateText(t), true, t);
  }
  for (const t of [
    'The advertisement campaign by the ministry urged residents to stay indoors during the curfew.',
    'Read the full statement, the spokesman told reporters, before asking questions about the talks.',
    'Troops withdrew from the northern districts on Sunday, according to the United Nations mission.',
  ]) {
    assert.equal(isBoilerplateText(t), false, t);
  }
});

test('stopwordDensity is high for prose and low for lists of names', () => {
  assert.ok(
    stopwordDensity(
      'The convoy was stopped at the checkpoint for two hours and then it was sent back.',
      'en',
    ) > 0.3,
  );
  assert.ok(stopwordDensity('Home World Politics Business Sport Culture Travel', 'en') < 0.1);
  assert.ok(stopwordDensity('Les habitants de la ville ont fui vers le sud pendant la nuit.', 'fr') > 0.3);
});

test('isBylineOrDateLine and isCaption recognise bylines, datelines and photo captions only', () => {
  assert.equal(isBylineOrDateLine('By Hamza Idris and Ngozi Eze'), true);
  assert.equal(isBylineOrDateLine('Updated 5:27 am EAT, Wednesday, March 6, 2024'), true);
  assert.equal(isBylineOrDateLine('3 hours ago'), true);
  assert.equal(isBylineOrDateLine('12 March 2024'), true);
  assert.equal(isBylineOrDateLine('By nightfall the shelling had stopped, residents said.'), false);
  assert.equal(
    isBylineOrDateLine('On 12 March 2024 the army said it had retaken the bridge over the Nile.'),
    false,
  );

  assert.equal(
    isCaption('In this March 3, 2024, file photo, displaced families queue for water in Rafah.'),
    true,
  );
  assert.equal(isCaption('Smoke rises over the port after an air strike on Monday.Reuters'), true);
  assert.equal(isCaption('Soldiers patrol a street in the capital Getty Images'), true);
  assert.equal(isCaption('The talks will resume on Monday in Addis Ababa. AFP'), false);
  assert.equal(
    isCaption('Officials said the strike killed at least nine people, according to Reuters.'),
    false,
  );
});

test('short lines next to body text are kept (subheads, list lines); short furniture at the edges is not', () => {
  const p = (s: string) => `<p>${s}</p>`;
  const long1 =
    'Aid workers in Port Sudan said on Friday that the first ships carrying grain had docked, after weeks of delays caused by fighting on the main road.';
  const long2 =
    'The World Food Programme said it hoped to reach a million people in the coming month, though access to the western regions remained uncertain.';
  const html = `<html><body><div class="main">
    <p><a href="/sudan">Sudan</a></p>
    ${p(long1)}
    <h2>What happens next</h2>
    ${p(long2)}
    <ul><li>Port Sudan: 3 ships</li><li>Kosti: 40 lorries</li></ul>
    <p><a href="/share">Share</a></p>
  </div></body></html>`;
  const doc = readHtml(html, 'short.html');
  assert.deepEqual(doc.text.split('\n\n'), [
    long1,
    'What happens next',
    long2,
    'Port Sudan: 3 ships',
    'Kosti: 40 lorries',
  ]);
});

test('an embedded social post quoted in the article is kept, with its signature line', () => {
  const long1 =
    'The interior ministry said on Sunday that the curfew in the capital would be extended for another week after renewed clashes in the eastern districts.';
  const long2 =
    'Residents said they had heard gunfire through the night and that several shops near the central market had been set on fire by unidentified men.';
  const html = `<html><body><article>
    <p>${long1}</p>
    <div class="social-media-embed"><blockquote class="embedded-post"><p>The curfew stays in place until further notice. Stay home and stay safe. <a href="https://t.example/abc">t.example/abc</a></p>— Interior Ministry (@interior_min) June 2, 2024</blockquote></div>
    <p>${long2}</p>
    <div class="social-share"><a href="#">Share on X</a> <a href="#">Copy link</a></div>
  </article></body></html>`;
  const doc = readHtml(html, 'embed.html');
  assert.deepEqual(doc.text.split('\n\n'), [
    long1,
    'The curfew stays in place until further notice. Stay home and stay safe. t.example/abc',
    '— Interior Ministry (@interior_min) June 2, 2024',
    long2,
  ]);
});

test('a short line starting with "By" and a lower-case word is not a byline', () => {
  assert.equal(isBylineOrDateLine('By nightfall, the road was closed'), false);
  assert.equal(isBylineOrDateLine('BY MARTA KOWALSKA'), true);
});

test('a leading <h1> headline is not body text, even when the page title words it differently', () => {
  const long1 =
    'Fighters seized the town hall and the radio station early on Thursday, according to residents reached by telephone, before the army sent reinforcements.';
  const long2 =
    'The regional administration said the situation was under control by the evening, although sporadic gunfire could still be heard near the river.';
  const headline =
    'Gunmen briefly seize town hall and radio station in northern provincial capital, residents say';
  const html = `<html><head><title>Town seized - Provincial Monitor</title></head><body><article>
    <h1>${headline}</h1><p>${long1}</p><p>${long2}</p></article></body></html>`;
  const doc = readHtml(html, 'h1.html');
  assert.deepEqual(doc.text.split('\n\n'), [long1, long2]);
});
