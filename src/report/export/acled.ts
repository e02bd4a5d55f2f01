/**
 * ACLED-style event table. Columns follow ACLED's export layout (event_id_cnty, event_date,
 * year, time_precision, disorder_type, event_type, sub_event_type, actor1, actor2, country,
 * location, latitude, longitude, geo_precision, source, notes, fatalities) plus sitrep's own
 * columns (sitrep_id, status, source_docs). Types map per the table in spec REPORT.md; events
 * with no ACLED counterpart (talks, appeals, humanitarian, statements) are left out.
 */
import type { AttackMode, Event, EventType, Precision, Report } from '../contract.ts';
import {
  countryAlpha3,
  countryName,
  eventPlace,
  indexReport,
  linkedFatalities,
  mentionWords,
  names,
  outlets,
} from './common.ts';
import { csvTable } from './csv.ts';

export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'country',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
  'sitrep_id',
  'status',
  'source_docs',
] as const;

export interface AcledType {
  disorder_type: string;
  event_type: string;
  sub_event_type: string;
}

const REMOTE = 'Explosions/Remote violence';
const STRATEGIC = 'Strategic developments';
const VIOLENCE = 'Political violence';

const REMOTE_SUB: Partial<Record<AttackMode, string>> = {
  airstrike: 'Air/drone strike',
  drone: 'Air/drone strike',
  missile: 'Shelling/artillery/missile attack',
  rocket: 'Shelling/artillery/missile attack',
  shelling: 'Shelling/artillery/missile attack',
};

/** ACLED disorder/event/sub-event type of a sitrep event, or null when ACLED has no counterpart. */
export function acledType(type: EventType, mode: AttackMode | null | undefined): AcledType | null {
  switch (type) {
    case 'attack': {
      const sub = mode ? REMOTE_SUB[mode] : undefined;
      if (sub) return { disorder_type: VIOLENCE, event_type: REMOTE, sub_event_type: sub };
      return { disorder_type: VIOLENCE, event_type: 'Battles', sub_event_type: 'Armed clash' };
    }
    case 'shootdown':
      return {
        disorder_type: VIOLENCE,
        event_type: REMOTE,
        sub_event_type: REMOTE_SUB[mode ?? 'missile'] ?? 'Shelling/artillery/missile attack',
      };
    case 'territory-change':
      return {
        disorder_type: STRATEGIC,
        event_type: STRATEGIC,
        sub_event_type: 'Non-violent transfer of territory',
      };
    case 'ceasefire-agreed':
    case 'ceasefire-effective':
    case 'ceasefire-violation':
      return { disorder_type: STRATEGIC, event_type: STRATEGIC, sub_event_type: 'Agreement' };
    default:
      return null;
  }
}

/** ACLED time_precision: 1 = the day, 2 = within a week, 3 = within a month or less precise. */
export function acledTimePrecision(p: Precision | undefined): number {
  return p === 'day' ? 1 : p === 'week' ? 2 : 3;
}

export function toAcledRows(report: Report): string[][] {
  const ix = indexReport(report);
  const rows: string[][] = [];
  for (const ev of report.events) {
    const t = acledType(ev.type, ev.mode);
    if (!t) continue;
    const place = eventPlace(ix, ev);
    const geo = place?.geo ?? null;
    const country = geo?.country ?? null;
    const day = ev.date?.start ?? '';
    const fatalities = linkedFatalities(report, ev.id);
    rows.push([
      `${countryAlpha3(country) ?? 'XXX'}-${ev.id}`,
      day,
      day.slice(0, 4),
      ev.date ? String(acledTimePrecision(ev.date.precision)) : '',
      t.disorder_type,
      t.event_type,
      t.sub_event_type,
      names(ix, ev.actors).join('; '),
      names(ix, ev.targets).join('; '),
      place?.type === 'country' && !country ? place.name : countryName(country),
      place?.name ?? '',
      geo ? String(geo.lat) : '',
      geo ? String(geo.lon) : '',
      geo ? String(geoPrecision(place?.type, geo.ref)) : '',
      outlets(ix, ev.sources).join('; '),
      notes(ix, ev),
      fatalities === null ? '' : String(fatalities),
      ev.id,
      ev.status,
      ev.sources.join(' '),
    ]);
  }
  return rows;
}

/** ACLED geo_precision: 1 = a named town with coordinates, 3 = a region or country. */
function geoPrecision(type: string | undefined, ref: string | null): number {
  if (type === 'country') return 3;
  return ref ? 1 : 3;
}

function notes(ix: ReturnType<typeof indexReport>, ev: Event): string {
  return mentionWords(ix, ev.mentions[0], 600);
}

/** The ACLED-style CSV (RFC 4180: CRLF, quoted fields) for a report. */
export function toAcledCsv(report: Report): string {
  return csvTable(ACLED_COLUMNS, toAcledRows(report));
}
