/** Gold for demo documents 07–11 (see make-demo-gold.ts). Evidence is verbatim body text. */
import {
  attack,
  BLINKEN,
  claim,
  contra,
  DAGALO,
  days,
  ev,
  fig,
  GENEINA,
  type GoldDoc,
  IOM,
  JEDDAH,
  KHARTOUM,
  MAYO,
  MEDIATORS,
  MOH,
  NYALA,
  OBEID,
  OMDURMAN,
  RESIDENTS,
  RSF,
  SAF,
  SAUDI,
  SDU,
  SHAJARA,
  SUDAN,
  UN,
  UNHCR,
  USA,
  WFP,
  WHO,
} from './make-demo-gold-lib.ts';

const WAR_START = '2023-04-15';
const D20 = '2023-05-20';
const D22 = '2023-05-22';

const doc07a: GoldDoc = {
  doc: '07-briefs.json#1',
  published: '2023-05-21',
  title: 'What the Jeddah deal says, and who will police it',
  outlet: ['Gulf Wire Digest', 'gulfwiredigest.com'],
  url: 'https://www.gulfwiredigest.com/explainers/2023/05/21/sudan-jeddah-ceasefire-explained',
  keep: [
    'is the first truce of the five-week war to be put in writing by both parties',
    'Both sides still say they are winning.',
    'Neither general fully controls the men with guns in the neighborhoods',
  ],
  drop: [],
  figures: [],
  claims: [
    claim(
      'Analysts say the real test will be whether commanders on the ground obey',
      ['analysts'],
      'statement',
    ),
    claim(
      'A monitoring committee made up of Saudi and American officials and representatives of each of the warring parties will receive reports of violations, the two mediators said',
      MEDIATORS,
      'statement',
    ),
    claim(
      "Saudi Arabia's foreign ministry said in a statement that the kingdom hoped the deal would open the way to a lasting political settlement",
      SAUDI,
      'statement',
    ),
    claim('urged the two sides to honor their commitments', SAUDI, 'appeal'),
    claim('stressed that the new deal was not a permanent ceasefire', ['US officials', ...USA], 'statement'),
    claim(
      'The army says it controls most of the country and calls the RSF a rebel militia',
      SAF,
      'assertion',
    ),
    claim('the RSF says it holds most of Khartoum', RSF, 'assertion'),
    claim(
      'Neither general fully controls the men with guns in the neighborhoods',
      ['Western diplomat', 'a Western diplomat in Riyadh'],
      'statement',
    ),
  ],
  events: [
    ev('signed in Jeddah late on Saturday', 'ceasefire-agreed', D20, JEDDAH),
    ev('the seven-day ceasefire begins at 9:45 p.m. on Monday', 'ceasefire-effective', D22),
    ev('The talks in Jeddah began on May 6', 'talks', '2023-05-06', JEDDAH),
    ev(
      'Five days later the two delegations signed a declaration committing them to protect civilians and to allow aid through',
      'humanitarian',
      '2023-05-11',
      JEDDAH,
    ),
    attack(
      'fighting continued in Khartoum and in Darfur',
      ['2023-05-11', '2023-05-12'],
      KHARTOUM,
      'unspecified',
    ),
    ev('urged the two sides to honor their commitments', 'appeal', ['2023-05-21', D20]),
    ev('since April 15', 'attack', WAR_START, [...SUDAN, ...KHARTOUM], 'unspecified'),
  ],
  contradictions: [],
};

const D26 = '2023-05-26';
const doc07b: GoldDoc = {
  doc: '07-briefs.json#2',
  published: D26,
  title: "Aid trickles into Khartoum as Sudan's warring sides trade blame over looting",
  outlet: ['Gulf Wire Digest', 'gulfwiredigest.com'],
  url: 'https://www.gulfwiredigest.com/africa/2023/05/26/sudan-aid-khartoum-looting',
  keep: [
    'The World Food Programme said on Friday it had started distributing food in parts of greater Khartoum',
    'Volunteers from neighborhood emergency rooms have been running kitchens and clinics',
    'The truce is due to expire on Monday evening unless the two sides agree to extend it.',
  ],
  drop: [],
  figures: [
    fig('24 people had been killed in clashes in El Geneina', 'killed', 'people', 24, 'exact', MOH, {
      asOf: D26,
      period_start: '2023-05-24',
    }),
  ],
  claims: [
    claim('It has said that about 17,000 tonnes of food were stolen from its stores', WFP, 'assertion'),
    claim(
      'Fighting eased in parts of the capital on Thursday and Friday, residents said',
      RESIDENTS,
      'assertion',
    ),
    claim(
      'The World Food Programme said on Friday it had started distributing food in parts of greater Khartoum',
      WFP,
      'assertion',
    ),
    claim('warned that insecurity and looting could still halt deliveries', WFP, 'statement'),
    claim('The army accused the RSF of looting aid warehouses and banks in Khartoum', SAF, 'accusation'),
    claim(
      'The RSF denied the accusations, blaming criminal gangs and people wearing its uniforms',
      RSF,
      'denial',
    ),
    claim('said its fighters were protecting aid convoys', RSF, 'assertion'),
    claim(
      'We saw the first trucks this morning, but people are afraid to queue in the open',
      ['Sara', 'volunteer'],
      'statement',
    ),
    claim(
      "Sudan's health ministry said on Friday that 24 people had been killed in clashes in El Geneina",
      MOH,
      'assertion',
    ),
    claim(
      'The ceasefire monitoring committee said it had received reports of violations from both sides',
      ['monitoring committee', 'ceasefire monitoring committee', ...MEDIATORS],
      'assertion',
    ),
    claim(
      "UN agencies say about 25 million people, more than half of Sudan's population, now need humanitarian aid",
      ['UN agencies', ...UN],
      'assertion',
    ),
  ],
  events: [
    ev(
      'had started distributing food in parts of greater Khartoum for the first time since the war began',
      'humanitarian',
      D26,
      KHARTOUM,
    ),
    ev('the week-long ceasefire that took effect on Monday', 'ceasefire-effective', D22),
    attack('artillery fire was heard in Omdurman', ['2023-05-25', D26], OMDURMAN, 'shelling'),
    attack(
      'a drone strike was reported near Khartoum airport on Thursday night',
      ['2023-05-25', D26],
      KHARTOUM,
      'drone',
    ),
    attack(
      '24 people had been killed in clashes in El Geneina',
      ['2023-05-24', '2023-05-25', D26],
      GENEINA,
      'ground',
    ),
    ev('had received reports of violations from both sides', 'ceasefire-violation', [D26, '2023-05-25']),
  ],
  contradictions: [
    contra(
      'The army accused the RSF of looting aid warehouses and banks in Khartoum',
      'The RSF denied the accusations, blaming criminal gangs and people wearing its uniforms',
    ),
  ],
};

const D29 = '2023-05-29';
const doc08a: GoldDoc = {
  doc: '08-wire-updates.jsonl.gz#1',
  published: D29,
  title: 'Sudan ceasefire extended by five days as fighting rumbles on',
  outlet: ['Nile Wire', 'nilewire.net'],
  url: 'https://news.nilewire.net/2023/05/29/sudan-ceasefire-extended-five-days',
  keep: [
    'agreed on Monday to extend their week-long ceasefire by five days',
    'In the city of El Obeid, capital of North Kordofan state',
  ],
  drop: [],
  figures: [
    fig(
      'more than 350,000 people had now fled Sudan to neighboring countries',
      'displaced',
      'people',
      350000,
      'more-than',
      UNHCR,
      {
        asOf: D29,
        period_start: WAR_START,
      },
    ),
  ],
  claims: [
    claim(
      'agreed on Monday to extend their week-long ceasefire by five days, Saudi Arabia and the United States said',
      MEDIATORS,
      'assertion',
    ),
    claim('residents reported artillery fire on the outskirts on Monday', RESIDENTS, 'assertion'),
    claim(
      'the mediators said the ceasefire had been imperfect but had allowed aid to reach an estimated 2 million people',
      MEDIATORS,
      'assertion',
    ),
    claim('They said both sides had committed violations', MEDIATORS, 'accusation'),
    claim('urged them to stop using the truce to rearm or reposition', MEDIATORS, 'appeal'),
    claim('it had accepted the extension to ease the suffering of civilians', RSF, 'statement'),
    claim('accusing the army of breaching the truce dozens of times', RSF, 'accusation'),
    claim('the military had signed the extension but would respond to any attack', SAF, 'statement'),
    claim(
      'accused the RSF of refusing to leave homes and hospitals it had seized in the capital',
      SAF,
      'accusation',
    ),
    claim(
      'residents said fighter jets struck RSF positions near the state broadcaster',
      RESIDENTS,
      'assertion',
    ),
    claim(
      'The UN refugee agency said on Monday that more than 350,000 people had now fled Sudan',
      UNHCR,
      'assertion',
    ),
  ],
  events: [
    ev('agreed on Monday to extend their week-long ceasefire by five days', 'ceasefire-agreed', D29),
    ev('accusing the army of breaching the truce dozens of times', 'ceasefire-violation', days(D22, D29)),
    ev('They said both sides had committed violations', 'ceasefire-violation', [D29, '2023-05-28']),
    ev('urged them to stop using the truce to rearm or reposition', 'appeal', D29),
    attack(
      "fighter jets struck RSF positions near the state broadcaster's headquarters on Sunday",
      '2023-05-28',
      OMDURMAN,
      'airstrike',
    ),
    attack('residents reported artillery fire on the outskirts on Monday', D29, OBEID, 'shelling'),
  ],
  contradictions: [],
};

const D31 = '2023-05-31';
const doc08b: GoldDoc = {
  doc: '08-wire-updates.jsonl.gz#2',
  published: D31,
  title: 'Sudan army suspends Jeddah talks, accusing RSF of breaking truce',
  outlet: ['Nile Wire', 'nilewire.net'],
  url: 'https://news.nilewire.net/2023/05/31/sudan-army-suspends-jeddah-talks',
  keep: [
    "Sudan's army said on Wednesday that it had suspended its participation in the Jeddah talks",
    'The suspension deepens fears that the war could drag on for months.',
  ],
  drop: [],
  figures: [
    fig(
      'displaced more than 1.2 million people inside Sudan',
      'displaced',
      'people',
      1200000,
      'more-than',
      IOM,
      { asOf: D31 },
    ),
  ],
  claims: [
    claim('residents reported heavy fighting in southern Khartoum and in Omdurman', RESIDENTS, 'assertion'),
    claim(
      'Witnesses said tanks had been deployed near the Armoured Corps headquarters in al-Shajara',
      RESIDENTS,
      'assertion',
    ),
    claim(
      'The fighting has displaced more than 1.2 million people inside Sudan, according to the International Organization for Migration',
      IOM,
      'assertion',
    ),
    claim(
      'Diplomats in Jeddah said the Saudi and American delegations were trying to persuade the army to return',
      ['diplomats', 'Diplomats in Jeddah'],
      'statement',
    ),
    claim(
      "Sudan's army said on Wednesday that it had suspended its participation in the Jeddah talks",
      SAF,
      'statement',
    ),
    claim(
      'accusing the paramilitary group of failing to honor the terms of the ceasefire',
      SAF,
      'accusation',
    ),
    claim(
      'the RSF had not withdrawn from hospitals and residential neighborhoods and had kept attacking army positions',
      SAF,
      'accusation',
    ),
    claim('The RSF denied breaching the truce', RSF, 'denial'),
    claim('said it remained committed to the talks', RSF, 'statement'),
    claim('accusing army commanders of looking for a pretext to walk away', RSF, 'accusation'),
    claim(
      'Washington was prepared to impose sanctions on whichever side blocked progress',
      ['US official', ...USA],
      'statement',
    ),
  ],
  events: [
    ev('it had suspended its participation in the Jeddah talks', 'talks', D31, JEDDAH),
    ev('in breach of the agreement signed on May 20', 'ceasefire-agreed', D20),
    ev(
      'accusing the paramilitary group of failing to honor the terms of the ceasefire',
      'ceasefire-violation',
      days(D22, D31),
    ),
    attack(
      'residents reported heavy fighting in southern Khartoum and in Omdurman',
      D31,
      [...KHARTOUM, ...OMDURMAN],
      'airstrike',
    ),
    attack(
      'tanks had been deployed near the Armoured Corps headquarters in al-Shajara',
      D31,
      SHAJARA,
      'ground',
    ),
  ],
  contradictions: [
    contra(
      'accusing the paramilitary group of failing to honor the terms of the ceasefire',
      'The RSF denied breaching the truce',
    ),
  ],
};

const D23 = '2023-05-23';
/** A content-farm "spun" copy of 03: synonyms swapped in, names and function words kept. */
const doc09a: GoldDoc = {
  doc: '09-feed.rss#1',
  published: D23,
  title: 'Sudan Truce Takes Impact as Gunfire Rattles Khartoum',
  outlet: ['WorldBuzz Daily', 'WorldBuzz Daily - Africa', 'worldbuzzdaily.net'],
  url: 'https://worldbuzzdaily.net/2023/05/23/sudan-truce-takes-impact-as-gunfire-rattles-khartoum/',
  keep: [
    'A week-lengthy truce between Sudan’s military and the paramilitary Rapid Support Forces officially took impact on Monday night',
    'Help businesses hope the pause will let them attain folks trapped in Khartoum',
  ],
  drop: ['appeared first on'],
  figures: [
    fig('The combating has killed not less than 705 folks', 'killed', 'people', 705, 'at-least', WHO, {
      asOf: D23,
      period_start: WAR_START,
    }),
    fig(
      'injured 5,287, in line with the World Health Organization',
      'wounded',
      'people',
      5287,
      'exact',
      WHO,
      { asOf: D23, period_start: WAR_START },
    ),
    fig(
      'has displaced greater than a million, in line with UN figures',
      'displaced',
      'people',
      1000000,
      'more-than',
      UN,
      { asOf: D23 },
    ),
  ],
  claims: [
    claim('instructed AFP they might hear skirmishes and artillery hearth', RESIDENTS, 'assertion'),
    claim(
      'We heard the aircraft once more tonight, as if nothing had been inked',
      ['resident', ...RESIDENTS],
      'assertion',
    ),
    claim('urged his fighters to honor the truce', DAGALO, 'appeal'),
    claim('cautioned that they’d reply to any assault', DAGALO, 'statement'),
    claim(
      'The military stated in an announcement that it was dedicated to the settlement so long as the rebels did the identical',
      SAF,
      'statement',
    ),
    claim(
      'Washington would know if the truce was damaged and would maintain violators to account',
      BLINKEN,
      'statement',
    ),
  ],
  events: [
    ev('officially took impact on Monday night', 'ceasefire-effective', D22),
    ev(
      'reported intermittent gunfire and the thunder of warplanes quickly after the cut-off date handed',
      'ceasefire-violation',
      D22,
      KHARTOUM,
    ),
    ev('inked on Saturday in Jeddah below Saudi and US arbitration', 'ceasefire-agreed', D20, JEDDAH),
    attack('they might hear skirmishes and artillery hearth', D22, [...KHARTOUM, ...OMDURMAN], 'shelling'),
    ev('urged his fighters to honor the truce', 'appeal', D22),
    ev(
      'because the struggle started on April 15',
      'attack',
      WAR_START,
      [...SUDAN, ...KHARTOUM],
      'unspecified',
    ),
  ],
  contradictions: [],
};

const J1 = '2023-06-01';
const doc09b: GoldDoc = {
  doc: '09-feed.rss#2',
  published: J1,
  title: 'Shelling of Khartoum market kills at least 18 as Sudan truce unravels',
  outlet: ['WorldBuzz Daily', 'WorldBuzz Daily - Africa', 'worldbuzzdaily.net'],
  url: 'https://worldbuzzdaily.net/2023/06/01/shelling-of-khartoum-market-kills-at-least-18/',
  keep: [
    'struck a crowded market in the Mayo neighborhood of southern Khartoum',
    'Aid agencies warned that the collapse of the talks would shut the narrow window',
  ],
  drop: [],
  figures: [
    fig(
      'At least 18 civilians were killed',
      'killed',
      'civilians',
      18,
      'at-least',
      ['local resistance committee', 'resistance committee', 'medics'],
      { asOf: J1 },
    ),
    fig(
      'more than 100 wounded on Thursday',
      'wounded',
      'civilians',
      100,
      'more-than',
      ['local resistance committee', 'resistance committee', 'medics'],
      { asOf: J1 },
    ),
    fig(
      '106 people had been taken to the nearby Bashair hospital',
      'wounded',
      'people',
      106,
      'exact',
      ['committee', 'local resistance committee', 'resistance committee'],
      { asOf: J1 },
    ),
    fig(
      'at least 958 civilians had been killed across the country since April 15',
      'killed',
      'civilians',
      958,
      'at-least',
      SDU,
      {
        asOf: '2023-05-31',
        period_start: WAR_START,
      },
    ),
  ],
  claims: [
    claim(
      'At least 18 civilians were killed and more than 100 wounded on Thursday when artillery shells and rockets struck a crowded market in the Mayo neighborhood of southern Khartoum, according to a local resistance committee and medics',
      ['local resistance committee', 'resistance committee', 'medics'],
      'assertion',
    ),
    claim('Residents blamed the army', RESIDENTS, 'accusation'),
    claim('The army denied firing on the market', SAF, 'denial'),
    claim('said RSF fighters sheltering among civilians had fired the rockets', SAF, 'accusation'),
    claim('The RSF accused the army of a “massacre”', RSF, 'accusation'),
    claim('the military had no intention of honoring the ceasefire', RSF, 'accusation'),
    claim(
      'The Sudan Doctors’ Union said late on Wednesday that at least 958 civilians had been killed',
      SDU,
      'assertion',
    ),
    claim('witnesses reported airstrikes', RESIDENTS, 'assertion'),
  ],
  events: [
    attack(
      'artillery shells and rockets struck a crowded market in the Mayo neighborhood of southern Khartoum',
      J1,
      MAYO,
      'shelling',
    ),
    ev('the army walked out of the US and Saudi-brokered talks in Jeddah', 'talks', '2023-05-31', JEDDAH),
    attack(
      'Fighting also raged on Thursday around the Armoured Corps headquarters in al-Shajara',
      J1,
      SHAJARA,
      'ground',
    ),
    attack('in parts of Omdurman, where witnesses reported airstrikes', J1, OMDURMAN, 'airstrike'),
  ],
  contradictions: [
    contra('Residents blamed the army', 'The army denied firing on the market'),
    contra('The RSF accused the army of a “massacre”', 'The army denied firing on the market'),
  ],
};

const doc10a: GoldDoc = {
  doc: '10-feed.atom#1',
  published: J1,
  title: "US sanctions firms tied to Sudan's army and RSF after truce breaches",
  outlet: ['Horn Report', 'hornreport.org'],
  url: 'https://hornreport.org/2023/06/01/us-sanctions-sudan-army-rsf-firms',
  keep: [
    'The Treasury Department named two firms connected to the military',
    'Sanctions experts said the measures were unlikely to change the calculations of either general quickly',
  ],
  drop: [],
  figures: [
    fig(
      'at least 18 people had been killed in the shelling of a market in southern Khartoum',
      'killed',
      'people',
      18,
      'at-least',
      MOH,
      { asOf: J1 },
    ),
  ],
  claims: [
    claim(
      'Rights groups welcomed the move but said the sanctions should also target the individual commanders',
      ['rights groups'],
      'appeal',
    ),
    claim(
      'Sanctions experts said the measures were unlikely to change the calculations of either general quickly',
      ['sanctions experts', 'experts'],
      'statement',
    ),
    claim('saying both sides had violated the Jeddah ceasefire', USA, 'accusation'),
    claim(
      'US officials said the measures were meant to push the two generals back to the negotiating table',
      ['US officials', ...USA],
      'statement',
    ),
    claim(
      'Secretary of State Antony Blinken called on both forces to return to the ceasefire and to let aid reach civilians',
      BLINKEN,
      'appeal',
    ),
    claim(
      'the sanctions wrongly treated a legitimate state institution and a rebel militia as equals',
      SAF,
      'statement',
    ),
    claim(
      'The RSF said it welcomed any pressure that would halt the army’s airstrikes on residential areas',
      RSF,
      'statement',
    ),
    claim(
      'Sudan’s health ministry said on Thursday that at least 18 people had been killed',
      MOH,
      'assertion',
    ),
  ],
  events: [
    ev('The United States on Thursday imposed sanctions on four companies', 'statement', J1),
    ev('saying both sides had violated the Jeddah ceasefire', 'ceasefire-violation', days(D22, J1)),
    ev('after the army quit the talks on Wednesday', 'talks', '2023-05-31', JEDDAH),
    ev('called on both forces to return to the ceasefire', 'appeal', J1),
    attack('the shelling of a market in southern Khartoum', J1, MAYO, 'shelling'),
  ],
  contradictions: [],
};

const J2 = '2023-06-02';
const doc10b: GoldDoc = {
  doc: '10-feed.atom#2',
  published: J2,
  title: 'Mediators suspend Sudan talks in Jeddah, citing serious violations',
  outlet: ['Horn Report', 'hornreport.org'],
  url: 'https://hornreport.org/2023/06/02/mediators-suspend-sudan-talks-jeddah',
  keep: [
    'Saudi Arabia and the United States said late on Thursday that they had suspended the Jeddah talks',
    'Diplomats said the suspension was meant as a warning rather than a final break',
  ],
  drop: [],
  figures: [
    fig(
      'nearly 1.3 million people had been displaced inside Sudan',
      'displaced',
      'people',
      1300000,
      'nearly',
      IOM,
      { asOf: J2 },
    ),
    fig(
      'more than 425,000 had fled to neighboring countries',
      'displaced',
      'people',
      425000,
      'more-than',
      IOM,
      { asOf: J2 },
    ),
  ],
  claims: [
    claim('Aid agencies said the breakdown threatened the limited deliveries', ['aid agencies'], 'statement'),
    claim(
      'Diplomats said the suspension was meant as a warning rather than a final break',
      ['diplomats'],
      'statement',
    ),
    claim('citing repeated serious violations of the ceasefire by both sides', MEDIATORS, 'accusation'),
    claim('The mediators said they were ready to resume the negotiations', MEDIATORS, 'statement'),
    claim('urged both sides to stop fighting', MEDIATORS, 'appeal'),
    claim(
      'Residents of Khartoum said on Friday that clashes had continued overnight',
      RESIDENTS,
      'assertion',
    ),
    claim(
      'The RSF said it was committed to the talks and would return to Jeddah whenever the army did',
      RSF,
      'statement',
    ),
    claim(
      'the military would not go back until the RSF left civilian homes and public buildings',
      SAF,
      'statement',
    ),
    claim(
      'The International Organization for Migration said on Friday that nearly 1.3 million people',
      IOM,
      'assertion',
    ),
  ],
  events: [
    ev('they had suspended the Jeddah talks', 'talks', J1, JEDDAH),
    ev('Since they opened on May 6', 'talks', '2023-05-06', JEDDAH),
    ev('repeated serious violations of the ceasefire by both sides', 'ceasefire-violation', days(D22, J1)),
    attack(
      'clashes had continued overnight in the south of the city and in Omdurman',
      [J2, J1],
      [...KHARTOUM, ...OMDURMAN],
      'ground',
    ),
    ev('urged both sides to stop fighting', 'appeal', J1),
    attack('with the army carrying out airstrikes', [J2, J1], [...KHARTOUM, ...OMDURMAN], 'airstrike'),
    attack('the RSF firing heavy artillery', [J2, J1], [...KHARTOUM, ...OMDURMAN], 'shelling'),
  ],
  contradictions: [],
};

const D24 = '2023-05-24';
const doc11: GoldDoc = {
  doc: '11-jet-claim.warc.gz#2',
  published: D24,
  title: 'RSF says it downed army jet over Omdurman; army denies any loss',
  outlet: ['Africa Frontline', 'africafrontline.net'],
  url: 'https://www.africafrontline.net/sudan/rsf-says-it-downed-army-jet-army-denies',
  keep: [
    "Sudan's Rapid Support Forces said on Wednesday that they had shot down an army MiG fighter jet over Omdurman",
    'In Darfur, fighting continued in Nyala for a second day.',
  ],
  drop: [
    'Most read',
    'Thousands cross into Chad',
    'independent reporting from the continent',
    'Published 24 May 2023',
  ],
  figures: [
    fig('killing more than 40 attackers', 'killed', 'military', 40, 'more-than', SAF, {
      side: RSF,
      asOf: D24,
    }),
    fig('destroying 11 of their combat vehicles', 'destroyed', 'equipment', 11, 'exact', SAF, {
      side: RSF,
      asOf: D24,
    }),
    fig(
      'at least 14 people were killed on Tuesday',
      'killed',
      'people',
      14,
      'at-least',
      ['local activists', 'activists'],
      { asOf: '2023-05-23' },
    ),
  ],
  claims: [
    claim(
      "Sudan's Rapid Support Forces said on Wednesday that they had shot down an army MiG fighter jet over Omdurman",
      RSF,
      'assertion',
    ),
    claim('a claim the military swiftly denied', SAF, 'denial'),
    claim('said the aircraft had been bombing residential areas', RSF, 'accusation'),
    claim('An army spokesman said no aircraft had been lost', SAF, 'denial'),
    claim(
      'accused the RSF of spreading false information to cover up its own attacks on civilians',
      SAF,
      'accusation',
    ),
    claim(
      'The army also said it had repelled an RSF assault on the Armoured Corps headquarters in al-Shajara',
      SAF,
      'assertion',
    ),
    claim('The RSF denied losing any fighters in the area', RSF, 'denial'),
    claim('said its forces had only responded to army shelling of their positions', RSF, 'accusation'),
    claim(
      'Residents of the nearby Kalakla and al-Sahafa neighborhoods said they had heard heavy artillery exchanges',
      RESIDENTS,
      'assertion',
    ),
    claim(
      'Local activists said at least 14 people were killed on Tuesday',
      ['local activists', 'activists'],
      'assertion',
    ),
    claim('said on Wednesday that both sides had violated it', MEDIATORS, 'accusation'),
  ],
  events: [
    ev('they had shot down an army MiG fighter jet over Omdurman', 'shootdown', D24, OMDURMAN),
    ev('as fighting marred the third day of a fragile ceasefire', 'ceasefire-violation', D24),
    attack('said the aircraft had been bombing residential areas', D24, OMDURMAN, 'airstrike'),
    attack('responded to army shelling of their positions', [D24, '2023-05-23'], SHAJARA, 'shelling'),
    attack(
      'repelled an RSF assault on the Armoured Corps headquarters in al-Shajara',
      [D24, '2023-05-23'],
      SHAJARA,
      'ground',
    ),
    attack('heard heavy artillery exchanges from around 2 a.m.', D24, SHAJARA, 'shelling'),
    attack('fighting continued in Nyala for a second day', D24, NYALA, 'ground'),
    attack('shells struck a neighborhood near the city’s main market', '2023-05-23', NYALA, 'shelling'),
    ev('both sides had violated it', 'ceasefire-violation', [D24, '2023-05-23', D22]),
    ev('which took effect on Monday night', 'ceasefire-effective', D22),
  ],
  contradictions: [
    contra(
      "Sudan's Rapid Support Forces said on Wednesday that they had shot down an army MiG fighter jet over Omdurman",
      'An army spokesman said no aircraft had been lost',
    ),
    contra(
      'The army also said it had repelled an RSF assault on the Armoured Corps headquarters in al-Shajara',
      'The RSF denied losing any fighters in the area',
    ),
  ],
};

export const DOCS_B: GoldDoc[] = [doc07a, doc07b, doc08a, doc08b, doc09a, doc09b, doc10a, doc10b, doc11];
