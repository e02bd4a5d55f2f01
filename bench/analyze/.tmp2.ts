import { findEntities } from '../../src/analyze/entities/index.ts';
import { tokenize } from '../../src/analyze/nlp/index.ts';
import { syntheticCorpus } from './corpus.ts';

const docs = syntheticCorpus(200);
const nl = docs.map((d) => tokenize(d));
for (let r = 0; r < 4; r++) {
  const t0 = performance.now();
  docs.forEach((d, i) => findEntities(d, nl[i]));
  console.log(performance.now() - t0);
}
