/**
 * Authoring helpers for the demo corpus gold (examples/gold/, format of spec/GOLD.md): alias
 * lists written once and small constructors, so that the per-document annotations in
 * make-demo-gold.ts stay readable. The committed JSON files are the gold; this only writes them.
 */

export type Names = (string | null)[];
export type Day = string;

export interface GoldFigure {
  evidence: string;
  measure: 'killed' | 'wounded' | 'missing' | 'displaced' | 'captured' | 'destroyed';
  group: 'civilians' | 'military' | 'people' | 'children' | 'equipment' | 'buildings';
  low: number;
  high: number | null;
  qualifier: 'exact' | 'at-least' | 'more-than' | 'nearly' | 'about' | 'up-to' | 'range';
  reporter: Names;
  side?: Names;
  asOf?: Day;
  period_start?: Day;
}
export interface GoldClaim {
  evidence: string;
  speaker: Names;
  kind: 'assertion' | 'accusation' | 'denial' | 'appeal' | 'statement';
}
export type EventType =
  | 'attack'
  | 'shootdown'
  | 'territory-change'
  | 'ceasefire-agreed'
  | 'ceasefire-effective'
  | 'ceasefire-violation'
  | 'talks'
  | 'appeal'
  | 'humanitarian'
  | 'statement';
export interface GoldEvent {
  evidence: string;
  type: EventType;
  date: Day | Day[] | null;
  place: Names | null;
  mode: 'missile' | 'rocket' | 'shelling' | 'airstrike' | 'drone' | 'ground' | 'unspecified' | null;
}
export interface GoldDoc {
  doc: string;
  published: Day | null;
  title: string | null;
  outlet: Names | null;
  url: string | null;
  keep: string[];
  drop: string[];
  figures: GoldFigure[];
  claims: GoldClaim[];
  events: GoldEvent[];
  contradictions: { a: string; b: string }[];
}

// Parties and sources (alias lists; `null` = the outlet's own voice).
export const SAF: Names = [
  'Sudanese army',
  'army',
  "Sudan's army",
  'Sudanese Armed Forces',
  'SAF',
  'military',
  'Sudanese military',
  'army spokesman',
  'army official',
];
export const RSF: Names = [
  'Rapid Support Forces',
  'RSF',
  'paramilitary Rapid Support Forces',
  'paramilitaries',
  'paramilitary group',
];
export const DAGALO: Names = [
  'Mohamed Hamdan Dagalo',
  'Mohammed Hamdan Dagalo',
  'Dagalo',
  'Hemedti',
  'Gen. Mohamed Hamdan Dagalo',
  'RSF commander Mohamed Hamdan Dagalo',
];
export const MEDIATORS: Names = [
  'Saudi Arabia and the United States',
  'mediators',
  'Saudi Arabia',
  'United States',
  'US',
  'U.S.',
  'Washington',
];
export const SAUDI: Names = [
  'Saudi Arabia',
  "Saudi Arabia's foreign ministry",
  'Saudi foreign ministry',
  'kingdom',
];
export const USA: Names = [
  'United States',
  'US',
  'U.S.',
  'Washington',
  'US officials',
  'Treasury Department',
];
export const BLINKEN: Names = [
  'Antony Blinken',
  'Blinken',
  'US Secretary of State Antony Blinken',
  'Secretary of State Antony Blinken',
];
export const WHO: Names = ['World Health Organization', 'WHO'];
export const MOH: Names = [
  "Sudan's health ministry",
  'Sudanese health ministry',
  'health ministry',
  'Ministry of Health',
  'Sudan health ministry',
];
export const SDU: Names = [
  "Sudan Doctors' Union",
  'Sudan Doctors Union',
  "doctors' union",
  'Sudanese Doctors Union',
];
export const IOM: Names = ['International Organization for Migration', 'IOM', 'UN migration agency'];
export const UNHCR: Names = ['UNHCR', 'UN refugee agency', 'United Nations High Commissioner for Refugees'];
export const UNICEF: Names = ['UNICEF', "United Nations Children's Fund"];
export const ACLED: Names = ['Armed Conflict Location and Event Data Project', 'ACLED'];
export const MSF: Names = [
  'Médecins Sans Frontières',
  'Medecins Sans Frontieres',
  'MSF',
  'Doctors Without Borders',
];
export const WFP: Names = ['World Food Programme', 'WFP', 'World Food Program'];
export const RESIDENTS: Names = ['residents', 'witnesses', 'resident', 'neighbours', 'neighbors'];
export const UN: Names = ['United Nations', 'UN', 'UN figures'];

// Places (alias lists for event places).
export const KHARTOUM: Names = ['Khartoum', 'greater Khartoum'];
export const OMDURMAN: Names = ['Omdurman'];
export const BAHRI: Names = ['Khartoum North', 'Bahri'];
export const JEDDAH: Names = ['Jeddah', 'Jiddah', 'Jidda'];
export const NYALA: Names = ['Nyala'];
export const GENEINA: Names = ['El Geneina', 'Geneina', 'Al Junaynah', 'El Ginena'];
export const OBEID: Names = ['El Obeid', 'El-Obeid', 'Al-Ubayyid', 'Al Ubayyid'];
export const SHAJARA: Names = ['al-Shajara', 'Shajara', 'Al Shajara', 'Khartoum'];
export const MAYO: Names = ['Mayo', 'Khartoum'];
export const SUDAN: Names = ['Sudan'];

export const fig = (
  evidence: string,
  measure: GoldFigure['measure'],
  group: GoldFigure['group'],
  low: number,
  qualifier: GoldFigure['qualifier'],
  reporter: Names,
  extra: Partial<GoldFigure> = {},
): GoldFigure => ({ evidence, measure, group, low, high: null, qualifier, reporter, ...extra });

export const claim = (evidence: string, speaker: Names, kind: GoldClaim['kind']): GoldClaim => ({
  evidence,
  speaker,
  kind,
});

export const ev = (
  evidence: string,
  type: EventType,
  date: Day | Day[] | null,
  place: Names | null = null,
  mode: GoldEvent['mode'] = null,
): GoldEvent => ({ evidence, type, date, place, mode });

export const attack = (
  evidence: string,
  date: Day | Day[] | null,
  place: Names | null,
  mode: NonNullable<GoldEvent['mode']>,
): GoldEvent => ({ evidence, type: 'attack', date, place, mode });

export const contra = (a: string, b: string): { a: string; b: string } => ({ a, b });

/** Every day from `from` to `to` inclusive (acceptable dates for an event spread over days). */
export function days(from: Day, to: Day): Day[] {
  const out: Day[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}
