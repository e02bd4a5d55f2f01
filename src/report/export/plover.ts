/**
 * PLOVER-coded event records (Political Language Ontology for Verifiable Event Records): the
 * event_type/mode/context/actor/recipient/date/location layout of PLOVER's JSON, with the type
 * mapping of spec REPORT.md. Statements have no PLOVER counterpart and are left out.
 */
import type { AttackMode, Event, Report } from '../contract.ts';
import { countryAlpha3, eventPlace, indexReport, mentionWords, type ReportIndex } from './common.ts';

export const PLOVER_TYPES = ['ASSAULT', 'AGREE', 'CONSULT', 'REQUEST', 'AID', 'RETREAT'] as const;
export type PloverType = (typeof PLOVER_TYPES)[number];

/** PLOVER's quad classes: verbal/material × cooperation/conflict. */
export const PLOVER_QUAD: Record<PloverType, string> = {
  ASSAULT: 'material-conflict',
  AGREE: 'verbal-cooperation',
  CONSULT: 'verbal-cooperation',
  REQUEST: 'verbal-cooperation',
  AID: 'material-cooperation',
  RETREAT: 'material-cooperation',
};

/** Modes used for ASSAULT, from the attack's weapon. */
export const PLOVER_ASSAULT_MODES = ['aerial', 'drone', 'explosives', 'firearms'] as const;

const ASSAULT_MODE: Partial<Record<AttackMode, (typeof PLOVER_ASSAULT_MODES)[number]>> = {
  airstrike: 'aerial',
  drone: 'drone',
  missile: 'explosives',
  rocket: 'explosives',
  shelling: 'explosives',
  ground: 'firearms',
};

/** Words that make a territory change a withdrawal rather than a capture (general English). */
const WITHDRAWAL =
  /\b(withdr[ae]w|withdrawn|withdrawing|withdrawal|retreat(?:s|ed|ing)?|pull(?:s|ed|ing)? (?:out|back)|abandon(?:s|ed|ing)?|evacuat(?:es|ed|ing)|hand(?:s|ed|ing)? (?:over|back)|cede[sd]?)\b/i;

export interface PloverLocation {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  geonamesID: string | null;
}

export interface PloverSource {
  doc: string;
  outlet: string | null;
  title: string | null;
  url: string | null;
  published: string | null;
}

export interface PloverEvent {
  id: string;
  event_type: PloverType;
  mode: string | null;
  context: string[];
  quad_class: string;
  date: string | null;
  date_resolution: string | null;
  actor: string[];
  actor_country: (string | null)[];
  recipient: string[];
  recipient_country: (string | null)[];
  location: PloverLocation | null;
  status: string;
  sources: PloverSource[];
  text: string;
  sitrep_type: string;
}

/** The PLOVER type of an event (null for statements), with the mode and contexts PLOVER records. */
export function ploverCode(
  ev: Event,
  evidence: string,
): { type: PloverType; mode: string | null; context: string[] } | null {
  switch (ev.type) {
    case 'attack':
      return { type: 'ASSAULT', mode: (ev.mode && ASSAULT_MODE[ev.mode]) || null, context: ['military'] };
    case 'shootdown':
      return { type: 'ASSAULT', mode: 'aerial', context: ['military'] };
    case 'territory-change':
      return WITHDRAWAL.test(evidence)
        ? { type: 'RETREAT', mode: 'withdraw', context: ['military', 'territory'] }
        : {
            type: 'ASSAULT',
            mode: (ev.mode && ASSAULT_MODE[ev.mode]) || null,
            context: ['military', 'territory'],
          };
    case 'ceasefire-agreed':
      return { type: 'AGREE', mode: 'ceasefire', context: ['military', 'ceasefire'] };
    case 'ceasefire-effective':
      return { type: 'AGREE', mode: 'ceasefire', context: ['military', 'ceasefire'] };
    case 'ceasefire-violation':
      return {
        type: 'ASSAULT',
        mode: (ev.mode && ASSAULT_MODE[ev.mode]) || null,
        context: ['military', 'ceasefire'],
      };
    case 'talks':
      return { type: 'CONSULT', mode: null, context: ['diplomatic'] };
    case 'appeal':
      return { type: 'REQUEST', mode: null, context: ['diplomatic'] };
    case 'humanitarian':
      return { type: 'AID', mode: 'humanitarian', context: ['humanitarian'] };
    default:
      return null;
  }
}

function countryOf(ix: ReportIndex, id: string): string | null {
  const e = ix.entities.get(id);
  if (!e) return null;
  const own = e.geo?.country ?? null;
  if (own) return countryAlpha3(own);
  const aff = e.affiliation ? ix.entities.get(e.affiliation) : undefined;
  return countryAlpha3(aff?.geo?.country ?? null);
}

export function toPlover(report: Report): PloverEvent[] {
  const ix = indexReport(report);
  const out: PloverEvent[] = [];
  for (const ev of report.events) {
    const text = mentionWords(ix, ev.mentions[0], 1000);
    const code = ploverCode(ev, text);
    if (!code) continue;
    const place = eventPlace(ix, ev);
    out.push({
      id: ev.id,
      event_type: code.type,
      mode: code.mode,
      context: code.context,
      quad_class: PLOVER_QUAD[code.type],
      date: ev.date?.start ?? null,
      date_resolution: ev.date?.precision ?? null,
      actor: ev.actors.map((a) => ix.entities.get(a)?.name ?? a),
      actor_country: ev.actors.map((a) => countryOf(ix, a)),
      recipient: ev.targets.map((a) => ix.entities.get(a)?.name ?? a),
      recipient_country: ev.targets.map((a) => countryOf(ix, a)),
      location: place
        ? {
            name: place.name,
            country: countryAlpha3(place.geo?.country ?? null),
            lat: place.geo?.lat ?? null,
            lon: place.geo?.lon ?? null,
            geonamesID: place.geo?.ref?.startsWith('geonames:') ? place.geo.ref.slice(9) : null,
          }
        : null,
      status: ev.status,
      sources: ev.sources.map((id) => {
        const d = ix.documents.get(id);
        return {
          doc: id,
          outlet: d?.outlet ?? null,
          title: d?.title ?? null,
          url: d?.url ?? null,
          published: d?.published ?? null,
        };
      }),
      text,
      sitrep_type: ev.type,
    });
  }
  return out;
}
