/** A report whose untrusted texts carry markup, for the escaping tests. */
import type { Report } from '../../src/report/contract.ts';
import { fixtureReport } from '../export/fixture.ts';

export const SCRIPT = '<script>window.__pwned=1</script>';
export const IMG = '<img src=x onerror="window.__pwned=1">';

/** The fixture report with markup in an article's text, a title, an outlet, a name and a claim. */
export function hostileReport(): Report {
  const r = fixtureReport();
  const d1 = r.documents[0];
  const start = d1.text.length + 2;
  d1.text = `${d1.text}\n\nA witness wrote ${SCRIPT} and then ${IMG} on a wall.`;
  const end = d1.text.length;
  d1.title = `Breaking ${IMG}`;
  d1.outlet = `Outlet ${SCRIPT}`;
  r.entities[0].name = `Forces ${IMG}`;
  r.entities[1].name = `Kharkiv ${IMG}`; // a place on the map
  r.documents[1].url = 'javascript:window.__pwned=1';
  r.claims[0].text = `They said ${SCRIPT}`;
  r.timeline[0].summary = `Shelling ${IMG}`;
  r.events.push({
    id: 'v99',
    type: 'statement',
    mode: null,
    date: { start: '2025-03-03', end: null, time: null, precision: 'day' },
    actors: ['e1'],
    targets: [],
    place: null,
    status: 'reported',
    claims: [],
    mentions: [{ doc: 'd1', start, end }],
    sources: ['d1'],
  });
  return r;
}
