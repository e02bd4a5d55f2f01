/** Gold for demo documents 01–06 (see make-demo-gold.ts). Evidence is verbatim body text. */
import {
  ACLED,
  attack,
  BAHRI,
  BLINKEN,
  claim,
  contra,
  DAGALO,
  ev,
  fig,
  type GoldClaim,
  type GoldDoc,
  type GoldEvent,
  type GoldFigure,
  IOM,
  JEDDAH,
  KHARTOUM,
  MEDIATORS,
  MOH,
  MSF,
  NYALA,
  OMDURMAN,
  RESIDENTS,
  RSF,
  SAF,
  SDU,
  SHAJARA,
  SUDAN,
  UN,
  UNHCR,
  UNICEF,
  WHO,
} from './make-demo-gold-lib.ts';

const D20 = '2023-05-20';
const WAR_START = '2023-04-15';

/** Paragraphs the AP-style wire story shares between 01 and 02. */
const wireFigures: GoldFigure[] = [
  fig('at least 705 people have been killed', 'killed', 'people', 705, 'at-least', WHO, {
    asOf: D20,
    period_start: WAR_START,
  }),
  fig('more than 5,200 wounded since the fighting began', 'wounded', 'people', 5200, 'more-than', WHO, {
    asOf: D20,
    period_start: WAR_START,
  }),
  fig(
    'more than 840,000 people have been displaced inside Sudan',
    'displaced',
    'people',
    840000,
    'more-than',
    IOM,
    {
      asOf: D20,
    },
  ),
  fig(
    'about 250,000 have crossed into Egypt, Chad, South Sudan',
    'displaced',
    'people',
    250000,
    'about',
    IOM,
    {
      asOf: D20,
    },
  ),
];
const wireClaims: GoldClaim[] = [
  claim(
    'will be policed by a monitoring mechanism that includes representatives of the two forces as well as Saudi and American officials, the statement said',
    MEDIATORS,
    'statement',
  ),
  claim('said in a statement that it would abide by the truce', RSF, 'statement'),
  claim('accused the army of continuing to bomb residential areas of the capital', RSF, 'accusation'),
  claim('The army has rejected such accusations in the past', SAF, 'denial'),
  claim('the paramilitaries are using civilians as human shields', SAF, 'accusation'),
  claim(
    'Aid agencies have complained for weeks that fighters have looted their warehouses',
    ['aid agencies'],
    'accusation',
  ),
  claim('The World Health Organization says at least 705 people have been killed', WHO, 'assertion'),
  claim(
    "doctors' groups say the real toll is far higher",
    ["doctors' groups", 'doctors', ...SDU],
    'assertion',
  ),
  claim(
    'The International Organization for Migration estimates that more than 840,000 people',
    IOM,
    'assertion',
  ),
];
const wireEvents: GoldEvent[] = [
  ev('since the fighting erupted on April 15', 'attack', WAR_START, [...SUDAN, ...KHARTOUM], 'unspecified'),
];
const wireContradictions = [
  contra(
    'accused the army of continuing to bomb residential areas of the capital',
    'The army has rejected such accusations in the past',
  ),
];
const effective = (evidence: string): GoldEvent => ev(evidence, 'ceasefire-effective', '2023-05-22', null);

const doc01: GoldDoc = {
  doc: '01-jeddah-truce-signed.txt',
  published: D20,
  title: null,
  outlet: null,
  url: null,
  keep: [
    "Sudan's army and the paramilitary Rapid Support Forces signed a seven-day ceasefire",
    'Previous truces, including a 72-hour ceasefire brokered by the United States in late April',
    'The conflict grew out of a power struggle between Burhan and Dagalo',
  ],
  drop: ['date 2023-05-20'],
  figures: [
    fig('driven more than 1 million from their homes', 'displaced', 'people', 1000000, 'more-than', [null], {
      asOf: D20,
    }),
    ...wireFigures,
  ],
  claims: [
    claim('with each side blaming the other', SAF, 'accusation'),
    claim('with each side blaming the other', RSF, 'accusation'),
    claim(
      'The truce is due to take effect at 9:45 p.m. Khartoum time on Monday, 48 hours after the signing, and to last a week, according to a joint statement from Saudi Arabia and the United States',
      MEDIATORS,
      'statement',
    ),
    ...wireClaims,
    claim(
      'residents of Khartoum and the neighboring city of Omdurman reported airstrikes and heavy artillery fire on Saturday',
      RESIDENTS,
      'assertion',
    ),
  ],
  events: [
    ev(
      'signed a seven-day ceasefire in the Saudi city of Jeddah on Saturday',
      'ceasefire-agreed',
      D20,
      JEDDAH,
    ),
    effective('The truce is due to take effect at 9:45 p.m. Khartoum time on Monday'),
    ...wireEvents,
    ev('Even as the delegations met in Jeddah', 'talks', D20, JEDDAH),
    attack(
      'reported airstrikes and heavy artillery fire on Saturday',
      D20,
      [...KHARTOUM, ...OMDURMAN],
      'airstrike',
    ),
    ev('including a 72-hour ceasefire brokered by the United States in late April', 'ceasefire-agreed', [
      '2023-04-24',
      '2023-04-25',
    ]),
    ev('collapsed within hours, with each side blaming the other', 'ceasefire-violation', [
      '2023-04-25',
      '2023-04-24',
    ]),
  ],
  contradictions: wireContradictions,
};

const doc02: GoldDoc = {
  doc: '02-jeddah-truce-signed-wire.txt',
  published: D20,
  title: "Sudan's warring sides sign week-long ceasefire in Saudi Arabia",
  outlet: ['The Meridian Post', 'Meridian Post'],
  url: null,
  keep: [
    "Sudan's warring generals have agreed to a week-long ceasefire after talks in Saudi Arabia",
    'Unlike several earlier ceasefires announced since the fighting erupted on April 15',
    'The conflict grew out of a power struggle between Burhan and Dagalo',
  ],
  drop: [
    'Get breaking news alerts from The Meridian Post',
    'You can switch alerts off at any time in your browser settings.',
    'Via AP news wire',
    '21:40 GMT',
    'Copyright 2023 The Associated Press. All rights reserved',
    'Reporting like this depends on readers like you',
    'Our correspondents cover wars, elections and disasters without a paywall',
    'A gift of any size keeps our reporters in the field.',
    'Support The Meridian Post today.',
    '___',
    'Registration complete',
    'Reload the page or open any other article to stay signed in to your account.',
  ],
  figures: wireFigures,
  claims: [
    claim(
      'The truce is due to take effect at 9:45 p.m. local time (1945 GMT) on Monday, 48 hours after the signing, and to last a week, according to a joint statement from Saudi Arabia and the United States',
      MEDIATORS,
      'statement',
    ),
    ...wireClaims,
  ],
  events: [
    ev(
      "Sudan's warring generals have agreed to a week-long ceasefire after talks in Saudi Arabia",
      'ceasefire-agreed',
      D20,
      [...JEDDAH, 'Saudi Arabia'],
    ),
    effective('The truce is due to take effect at 9:45 p.m. local time (1945 GMT) on Monday'),
    ...wireEvents,
  ],
  contradictions: wireContradictions,
};

const D22 = '2023-05-22';
const doc03: GoldDoc = {
  doc: '03-truce-takes-effect.md',
  published: D22,
  title: 'Sudan Truce Takes Effect as Gunfire Rattles Khartoum',
  outlet: ['The Horn Dispatch', 'Horn Dispatch', 'thehorndispatch.com'],
  url: 'https://www.thehorndispatch.com/2023/05/22/sudan-truce-takes-effect-as-gunfire-rattles-khartoum',
  keep: [
    "A week-long ceasefire between Sudan's army and the paramilitary Rapid Support Forces formally took effect on Monday evening",
    'said a resident of the Kalakla district who asked not to be named for safety reasons',
    'US Secretary of State Antony Blinken said in a video message on Monday',
    'The fighting has killed at least 705 people and wounded 5,287',
  ],
  drop: [
    '# Sudan Truce Takes Effect',
    'Nour Haddad for AFP',
    'May 22, 2023',
    'Salma Osman / AFP',
    'Related article:',
    "Sudan's Warring Sides Sign Seven-Day Ceasefire in Jeddah",
    '](#)',
    '**',
    'Original url:',
    'https://www.thehorndispatch.com/2023/05/22',
  ],
  figures: [
    fig('The fighting has killed at least 705 people', 'killed', 'people', 705, 'at-least', WHO, {
      asOf: D22,
      period_start: WAR_START,
    }),
    fig(
      'wounded 5,287, according to the World Health Organization',
      'wounded',
      'people',
      5287,
      'exact',
      WHO,
      {
        asOf: D22,
        period_start: WAR_START,
      },
    ),
    fig(
      'has displaced more than one million, according to UN figures',
      'displaced',
      'people',
      1000000,
      'more-than',
      UN,
      {
        asOf: D22,
      },
    ),
  ],
  claims: [
    claim(
      'The fighting has killed at least 705 people and wounded 5,287, according to the World Health Organization',
      WHO,
      'assertion',
    ),
    claim('has displaced more than one million, according to UN figures', UN, 'assertion'),
    claim(
      'witnesses in southern Khartoum and in Omdurman, across the Nile, told AFP they could hear clashes and artillery fire',
      RESIDENTS,
      'assertion',
    ),
    claim(
      'We heard the planes again tonight, as if nothing had been signed',
      ['resident', ...RESIDENTS],
      'assertion',
    ),
    claim('urged his fighters to respect the truce', DAGALO, 'appeal'),
    claim('warned that they would respond to any attack', DAGALO, 'statement'),
    claim(
      'The army said in a statement that it was committed to the agreement as long as the rebels did the same',
      SAF,
      'statement',
    ),
    claim(
      'Washington would know if the truce was broken and would hold violators to account through sanctions and other tools',
      BLINKEN,
      'statement',
    ),
  ],
  events: [
    ev('formally took effect on Monday evening', 'ceasefire-effective', D22),
    ev(
      'reported sporadic gunfire and the roar of warplanes soon after the deadline passed',
      'ceasefire-violation',
      D22,
      KHARTOUM,
    ),
    ev('signed on Saturday in Jeddah under Saudi and US mediation', 'ceasefire-agreed', D20, JEDDAH),
    attack('they could hear clashes and artillery fire', D22, [...KHARTOUM, ...OMDURMAN], 'shelling'),
    ev('urged his fighters to respect the truce', 'appeal', D22),
    ev('since the war began on April 15', 'attack', WAR_START, [...SUDAN, ...KHARTOUM], 'unspecified'),
  ],
  contradictions: [],
};

const D23 = '2023-05-23';
const doc04: GoldDoc = {
  doc: '04-clashes-despite-truce.md',
  published: D23,
  title: 'Fighting flares in Khartoum and Darfur despite Sudan ceasefire',
  outlet: ['East Africa Ledger', 'eastafricaledger.com'],
  url: null,
  keep: [
    'Airstrikes and artillery fire shook parts of Khartoum on Tuesday',
    'The RSF accused the army of violating the truce by launching airstrikes',
    'The figure could not be independently verified',
    'Diplomats in Jeddah said the coming days would show whether either commander was able, or willing',
  ],
  drop: [
    'Advertisement',
    'layout: story',
    'category: world/africa',
    'images.eastafricaledger.com',
    'title: >',
    'description: >',
    'date: 1684860131.274519',
  ],
  figures: [
    fig('captured 27 soldiers during the fighting in Nyala', 'captured', 'military', 27, 'exact', RSF, {
      side: SAF,
      asOf: D23,
    }),
    fig(
      'at least 30 civilians had been killed in Nyala since Sunday',
      'killed',
      'civilians',
      30,
      'at-least',
      SDU,
      {
        asOf: D23,
        period_start: '2023-05-21',
      },
    ),
    fig(
      'has killed at least 705 people, according to the World Health Organization',
      'killed',
      'people',
      705,
      'at-least',
      WHO,
      {
        asOf: D23,
        period_start: WAR_START,
      },
    ),
  ],
  claims: [
    claim(
      'residents described a calmer night than usual but said gunfire resumed at dawn',
      RESIDENTS,
      'assertion',
    ),
    claim('has killed at least 705 people, according to the World Health Organization', WHO, 'assertion'),
    claim('which has said the true toll is likely much higher', WHO, 'assertion'),
    claim(
      'Diplomats in Jeddah said the coming days would show whether either commander was able, or willing, to rein in forces on the ground',
      ['diplomats', 'Diplomats in Jeddah'],
      'statement',
    ),
    claim(
      'Airstrikes and artillery fire shook parts of Khartoum on Tuesday and clashes erupted in the Darfur city of Nyala, residents said',
      RESIDENTS,
      'assertion',
    ),
    claim(
      'The RSF accused the army of violating the truce by launching airstrikes on its positions',
      RSF,
      'accusation',
    ),
    claim('said its fighters had acted only in self-defense', RSF, 'statement'),
    claim(
      'the paramilitaries had attacked its garrison in Nyala and looted homes and a market in the city',
      SAF,
      'accusation',
    ),
    claim('insisted that its own forces had observed the ceasefire', SAF, 'denial'),
    claim('The RSF also said it had captured 27 soldiers during the fighting in Nyala', RSF, 'assertion'),
    claim('a claim an army spokesman dismissed as fabricated', SAF, 'denial'),
    claim(
      "The Sudan Doctors' Union said at least 30 civilians had been killed in Nyala since Sunday",
      SDU,
      'assertion',
    ),
    claim('The shooting stopped for a few hours and then started again', ['Amna', ...RESIDENTS], 'assertion'),
    claim(
      'Washington has warned that it will use sanctions against those who break the truce',
      ['Washington', 'United States', 'US'],
      'statement',
    ),
  ],
  events: [
    attack('Airstrikes and artillery fire shook parts of Khartoum on Tuesday', D23, KHARTOUM, 'airstrike'),
    attack('clashes erupted in the Darfur city of Nyala', D23, NYALA, 'ground'),
    ev(
      "a seven-day ceasefire between Sudan's army and the Rapid Support Forces came into force",
      'ceasefire-effective',
      D22,
    ),
    ev('The truce, agreed in Jeddah on Saturday after two weeks of talks', 'ceasefire-agreed', D20, JEDDAH),
    ev('took effect at 9:45 p.m. on Monday', 'ceasefire-effective', D22),
    ev('accused the army of violating the truce', 'ceasefire-violation', [D23, D22], null),
    attack(
      'launching airstrikes on its positions in Omdurman and in Khartoum North',
      [D23, D22],
      [...OMDURMAN, ...BAHRI],
      'airstrike',
    ),
    attack('the paramilitaries had attacked its garrison in Nyala', [D23, D22], NYALA, 'ground'),
    attack('gunfire resumed at dawn near the Armoured Corps base in al-Shajara', D23, SHAJARA, 'ground'),
    ev('The fighting, which began on April 15', 'attack', WAR_START, [...SUDAN, ...KHARTOUM], 'unspecified'),
  ],
  contradictions: [
    contra(
      'The RSF accused the army of violating the truce by launching airstrikes on its positions',
      'insisted that its own forces had observed the ceasefire',
    ),
    contra(
      'The RSF also said it had captured 27 soldiers during the fighting in Nyala',
      'a claim an army spokesman dismissed as fabricated',
    ),
  ],
};

const D24 = '2023-05-24';
const doc05: GoldDoc = {
  doc: '05-tolls-diverge.html',
  published: D24,
  title: 'As Sudan truce frays, nobody agrees how many have died',
  outlet: ['Red Sea Chronicle', 'redseachronicle.com'],
  url: 'https://www.redseachronicle.com/africa/2023/05/24/sudan-truce-frays-death-tolls-diverge',
  keep: [
    "Saudi Arabia and the United States said on Wednesday that both of Sudan's warring parties had broken the week-long ceasefire",
    'The question of how many people the war has killed since it began on April 15 has proved as contested as the ceasefire itself.',
    'Every number you hear is too low',
    'The displacement figures are less disputed.',
  ],
  drop: [
    'We use cookies to personalise content',
    'Accept all',
    'Business & Markets',
    'Share this story',
    'Photo: Khalid Mansour',
    'Get the Africa Briefing',
    'Sign up for our free newsletter',
    'Related stories',
    'Refugees pour into eastern Chad from Darfur',
    'All rights reserved',
    'Privacy settings',
  ],
  figures: [
    fig('puts the toll at 705 killed and 5,287 injured', 'killed', 'people', 705, 'exact', WHO, {
      asOf: D24,
      period_start: WAR_START,
    }),
    fig('705 killed and 5,287 injured', 'wounded', 'people', 5287, 'exact', WHO, {
      asOf: D24,
      period_start: WAR_START,
    }),
    fig(
      'more than 1,000 people had been killed across the country',
      'killed',
      'people',
      1000,
      'more-than',
      MOH,
      {
        asOf: D23,
        period_start: WAR_START,
      },
    ),
    fig('at least 866 civilians have been killed', 'killed', 'civilians', 866, 'at-least', SDU, {
      asOf: D24,
      period_start: WAR_START,
    }),
    fig('866 civilians have been killed and 3,721 wounded', 'wounded', 'civilians', 3721, 'exact', SDU, {
      asOf: D24,
      period_start: WAR_START,
    }),
    fig('estimates that more than 1,800 people have died', 'killed', 'people', 1800, 'more-than', ACLED, {
      asOf: D24,
      period_start: WAR_START,
    }),
    fig('at least 190 children had been killed', 'killed', 'children', 190, 'at-least', UNICEF, {
      asOf: D24,
      period_start: WAR_START,
    }),
    fig('190 children had been killed and 1,700 injured', 'wounded', 'children', 1700, 'exact', UNICEF, {
      asOf: D24,
      period_start: WAR_START,
    }),
    fig(
      'more than 1 million people had fled their homes within Sudan',
      'displaced',
      'people',
      1000000,
      'more-than',
      IOM,
      { asOf: D24 },
    ),
    fig(
      'more than 300,000 had crossed into neighboring countries',
      'displaced',
      'people',
      300000,
      'more-than',
      UNHCR,
      { asOf: D24 },
    ),
  ],
  claims: [
    claim('puts the toll at 705 killed and 5,287 injured', WHO, 'assertion'),
    claim('estimates that more than 1,800 people have died, fighters included', ACLED, 'assertion'),
    claim(
      'The International Organization for Migration said more than 1 million people had fled their homes within Sudan',
      IOM,
      'assertion',
    ),
    claim('UNHCR, said more than 300,000 had crossed into neighboring countries', UNHCR, 'assertion'),
    claim(
      'Aid workers said the first days of the truce had brought little relief',
      ['aid workers'],
      'assertion',
    ),
    claim(
      "both of Sudan's warring parties had broken the week-long ceasefire they signed in Jeddah",
      MEDIATORS,
      'accusation',
    ),
    claim(
      'the monitoring committee had recorded violations by the army and by the paramilitary Rapid Support Forces',
      MEDIATORS,
      'assertion',
    ),
    claim('urged both sides to respect the agreement and let aid through', MEDIATORS, 'appeal'),
    claim(
      'Sudan’s health ministry said on Tuesday that more than 1,000 people had been killed across the country',
      MOH,
      'assertion',
    ),
    claim('says at least 866 civilians have been killed and 3,721 wounded', SDU, 'assertion'),
    claim(
      'UNICEF said it had received reports that at least 190 children had been killed',
      UNICEF,
      'assertion',
    ),
    claim('Every number you hear is too low', ['doctor', 'a doctor at a clinic in Omdurman'], 'statement'),
    claim(
      "The doctors' union accused the RSF of turning several Khartoum hospitals into bases and of detaining medical staff",
      SDU,
      'accusation',
    ),
    claim('The RSF denied occupying any hospital', RSF, 'denial'),
    claim('said army aircraft had bombed medical facilities in the capital', RSF, 'accusation'),
    claim('An army spokesman said the air force struck only military targets', SAF, 'denial'),
    claim(
      'the RSF had set up positions inside hospitals and homes, using civilians as shields',
      SAF,
      'accusation',
    ),
    claim(
      'Convoys remained stuck outside the capital and the warehouses of several agencies had been looted, they said',
      ['aid workers'],
      'assertion',
    ),
  ],
  events: [
    ev(
      "said on Wednesday that both of Sudan's warring parties had broken the week-long ceasefire",
      'ceasefire-violation',
      [D24, D23, D22],
      null,
    ),
    attack(
      'citing reports of artillery fire, airstrikes and drone attacks in Khartoum',
      [D22, D23, D24],
      KHARTOUM,
      'shelling',
    ),
    ev('since the truce took effect on Monday night', 'ceasefire-effective', D22),
    ev('urged both sides to respect the agreement and let aid through', 'appeal', D24),
    ev('since it began on April 15', 'attack', WAR_START, [...SUDAN, ...KHARTOUM], 'unspecified'),
    attack('army aircraft had bombed medical facilities in the capital', null, KHARTOUM, 'airstrike'),
  ],
  contradictions: [
    contra(
      "The doctors' union accused the RSF of turning several Khartoum hospitals into bases and of detaining medical staff",
      'The RSF denied occupying any hospital',
    ),
    contra(
      'said army aircraft had bombed medical facilities in the capital',
      'An army spokesman said the air force struck only military targets',
    ),
  ],
};

const D25 = '2023-05-25';
const doc06: GoldDoc = {
  doc: '06-omdurman-drones.html',
  published: D25,
  title: '“Drones before dawn”: Omdurman counts the cost of a truce in name only',
  outlet: ['The Continental Review', 'Continental Review', 'continentalreview.org'],
  url: 'https://continentalreview.org/news/2023/05/25/omdurman-drones-truce',
  keep: [
    'For three nights running, residents of Omdurman’s Ombada district say',
    'said Hassan, a café owner whose shop stands two streets away',
    'Médecins Sans Frontières said its team at Bashair Teaching Hospital had treated 21 wounded people on Wednesday',
    '“We don’t need a piece of paper,” Hassan said.',
  ],
  drop: ['Filed under: Sudan', 'Reproduction without permission is prohibited', 'By Idris Abakar', 'Donate'],
  figures: [
    fig('killing five members of one family, neighbours said', 'killed', 'civilians', 5, 'exact', RESIDENTS, {
      asOf: D24,
    }),
    fig(
      'army drones and artillery had killed 12 civilians in Omdurman since the ceasefire began on Monday night',
      'killed',
      'civilians',
      12,
      'exact',
      RSF,
      {
        asOf: D25,
        period_start: D22,
      },
    ),
    fig('had treated 21 wounded people on Wednesday', 'wounded', 'people', 21, 'exact', MSF, { asOf: D24 }),
  ],
  claims: [
    claim('We don’t need a piece of paper', ['Hassan', ...RESIDENTS], 'statement'),
    claim(
      'On Wednesday a drone strike hit a house near the Souq Libya market, killing five members of one family, neighbours said',
      RESIDENTS,
      'assertion',
    ),
    claim('They were sleeping. There was no fighter in that house', ['Hassan', ...RESIDENTS], 'statement'),
    claim('Residents blamed the army', RESIDENTS, 'accusation'),
    claim('has repeatedly denied targeting civilians', SAF, 'denial'),
    claim('army drones and artillery had killed 12 civilians in Omdurman', RSF, 'accusation'),
    claim('called on the truce monitors to “document these crimes.”', RSF, 'appeal'),
    claim(
      'the RSF was shelling residential districts of Omdurman from positions in Khartoum North',
      SAF,
      'accusation',
    ),
    claim('had used the truce to move reinforcements into the capital', SAF, 'accusation'),
    claim(
      'a charge the paramilitary group rejected as “lies meant to cover up the army’s own violations.”',
      RSF,
      'denial',
    ),
    claim(
      'Médecins Sans Frontières said its team at Bashair Teaching Hospital had treated 21 wounded people',
      MSF,
      'assertion',
    ),
    claim(
      'The ceasefire has not changed much for our patients',
      [...MSF, 'emergency coordinator'],
      'statement',
    ),
    claim(
      'The mediators said on Wednesday that they had recorded violations by both sides',
      MEDIATORS,
      'accusation',
    ),
  ],
  events: [
    attack('the hum of drones has woken them before dawn', ['2023-05-23', D24, D25], OMDURMAN, 'drone'),
    attack('On Wednesday a drone strike hit a house near the Souq Libya market', D24, OMDURMAN, 'drone'),
    attack(
      'army drones and artillery had killed 12 civilians in Omdurman',
      [D22, D23, D24, D25],
      OMDURMAN,
      'drone',
    ),
    attack('the RSF was shelling residential districts of Omdurman', null, OMDURMAN, 'shelling'),
    attack('most of them hit by shrapnel from shelling', D24, KHARTOUM, 'shelling'),
    ev('since the ceasefire began on Monday night', 'ceasefire-effective', D22),
    ev('The truce, agreed in Jeddah on Saturday', 'ceasefire-agreed', D20, JEDDAH),
    ev(
      'The mediators said on Wednesday that they had recorded violations by both sides',
      'ceasefire-violation',
      [D24, D23, D22],
    ),
    ev('called on the truce monitors', 'appeal', D25),
  ],
  contradictions: [
    contra('Residents blamed the army', 'has repeatedly denied targeting civilians'),
    contra(
      'the RSF was shelling residential districts of Omdurman from positions in Khartoum North',
      'a charge the paramilitary group rejected as “lies meant to cover up the army’s own violations.”',
    ),
  ],
};

export const DOCS_A: GoldDoc[] = [doc01, doc02, doc03, doc04, doc05, doc06];
