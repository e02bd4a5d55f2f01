/** A text's events as `type/mode day`, for the events-narrative-*.test.ts files. */
import { analyzeDocument } from '../../../../src/analyze/index.ts';

/** Full analysis of one text; events as `type/mode day`, in order. */
export function events(text: string, published: string) {
  const a = analyzeDocument({ text, published });
  const name = (k: string) => a.entities.find((e) => e.key === k)?.name ?? k;
  return {
    a,
    text,
    list: a.events.map((e) => `${e.type}/${e.mode ?? '-'} ${e.date?.start ?? '?'}`),
    actors: a.events.map((e) => e.actors.map(name)),
  };
}
