/**
 * Writes the gold annotations of the demo corpus (examples/gold/*.json, format of
 * spec/GOLD.md): one file per document plus corpus.json. The annotations themselves live in
 * make-demo-gold-docs-a.ts / -b.ts; test/examples/corpus.test.ts checks every evidence string
 * against the raw demo files.
 * Run: node --import tsx scripts/make-demo-gold.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCS_A } from './make-demo-gold-docs-a.ts';
import { DOCS_B } from './make-demo-gold-docs-b.ts';

const OUT = join(import.meta.dirname, '..', 'examples', 'gold');

const corpus = {
  same_entity: [
    ['Mohamed Hamdan Dagalo', 'Dagalo', 'Hemedti'],
    ['Abdel Fattah Burhan', 'Burhan'],
    ['Rapid Support Forces', 'RSF'],
    ['World Health Organization', 'WHO'],
    ['UN refugee agency', 'UNHCR'],
    ['Khartoum North', 'Bahri'],
    ['Antony Blinken', 'Blinken'],
    ["Sudan Doctors' Union", 'Sudan Doctors’ Union'],
    ['United States', 'US'],
  ],
  different_entity: [
    ['Rapid Support Forces', "Sudan's army"],
    ['Mohamed Hamdan Dagalo', 'Abdel Fattah Burhan'],
    ['Khartoum', 'Khartoum North'],
    ['Khartoum', 'Omdurman'],
    ['Sudan', 'South Sudan'],
    ['Saudi Arabia', 'United States'],
    ['World Health Organization', 'World Food Programme'],
    ['International Organization for Migration', 'UNHCR'],
    ["Sudan Doctors' Union", 'Médecins Sans Frontières'],
    ['El Geneina', 'El Obeid'],
  ],
  reuse: [
    { a: '01-jeddah-truce-signed.txt', b: '02-jeddah-truce-signed-wire.txt', kind: 'wire-copy' },
    { a: '03-truce-takes-effect.md', b: '09-feed.rss#1', kind: 'paraphrase' },
  ],
  places: [
    { name: 'Khartoum', aliases: [], lat: 15.5007, lon: 32.5599 },
    { name: 'Omdurman', aliases: [], lat: 15.6445, lon: 32.4777 },
    { name: 'Khartoum North', aliases: ['Bahri'], lat: 15.6333, lon: 32.5333 },
    { name: 'Jeddah', aliases: ['Jiddah', 'Jidda'], lat: 21.4858, lon: 39.1925 },
    { name: 'Nyala', aliases: [], lat: 12.0489, lon: 24.8807 },
    { name: 'El Geneina', aliases: ['Geneina', 'Al Junaynah'], lat: 13.4526, lon: 22.4472 },
    { name: 'El Obeid', aliases: ['Al-Ubayyid'], lat: 13.1843, lon: 30.2167 },
    { name: 'Wad Madani', aliases: ['Wad Medani'], lat: 14.4012, lon: 33.5199 },
    { name: 'Riyadh', aliases: [], lat: 24.7136, lon: 46.6753 },
    { name: 'Cairo', aliases: [], lat: 30.0444, lon: 31.2357 },
  ],
  timeline: [
    { date: '2023-04-15', what: 'fighting erupts between the army and the Rapid Support Forces' },
    { date: '2023-05-06', what: 'Saudi- and US-facilitated talks open in Jeddah' },
    {
      date: '2023-05-11',
      what: 'the two delegations sign a declaration committing them to protect civilians',
    },
    {
      date: '2023-05-20',
      what: 'seven-day ceasefire signed in Jeddah; airstrikes and shelling in Khartoum and Omdurman',
    },
    {
      date: '2023-05-22',
      what: 'ceasefire takes effect at 21:45 Khartoum time; gunfire and warplanes reported soon after',
    },
    {
      date: '2023-05-23',
      what: 'airstrikes in Khartoum and clashes in Nyala; the two sides accuse each other of violations',
    },
    {
      date: '2023-05-24',
      what: 'mediators report violations by both sides; RSF claims to down an army jet, denied; drone strike in Omdurman',
    },
    { date: '2023-05-26', what: 'WFP begins food distribution in greater Khartoum' },
    { date: '2023-05-29', what: 'ceasefire extended by five days shortly before it expires' },
    { date: '2023-05-31', what: 'army suspends its participation in the Jeddah talks' },
    {
      date: '2023-06-01',
      what: 'shelling of Mayo market kills at least 18; US sanctions; mediators suspend the talks',
    },
  ],
};

mkdirSync(OUT, { recursive: true });
for (const doc of [...DOCS_A, ...DOCS_B]) {
  writeFileSync(join(OUT, `${doc.doc}.json`), `${JSON.stringify(doc, null, 2)}\n`);
}
writeFileSync(join(OUT, 'corpus.json'), `${JSON.stringify(corpus, null, 2)}\n`);
console.log(`wrote ${DOCS_A.length + DOCS_B.length} document gold files and corpus.json to examples/gold/`);
