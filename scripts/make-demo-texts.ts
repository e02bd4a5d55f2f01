/**
 * Article texts for the generated demo files (see make-demo-files.ts). Written for sitrep in
 * news-wire style; facts follow public reporting on Sudan's May 2023 Jeddah truces, while the
 * outlets, reporters, residents and their words are invented. No sentence is copied from an article.
 */

export const OMDURMAN_PARAGRAPHS: readonly string[] = [
  'OMDURMAN, Sudan — For three nights running, residents of Omdurman’s Ombada district say, the hum of drones has woken them before dawn, followed by the thud of explosions somewhere in the neighbourhood.',
  'On Wednesday a drone strike hit a house near the Souq Libya market, killing five members of one family, neighbours said. “They were sleeping. There was no fighter in that house,” said Hassan, a café owner whose shop stands two streets away.',
  'Residents blamed the army, whose drones have become a common sight over the city since the war began on April 15. The army did not comment on the strike but has repeatedly denied targeting civilians, saying it hits only RSF fighters and their supply lines.',
  'The Rapid Support Forces said in a statement that army drones and artillery had killed 12 civilians in Omdurman since the ceasefire began on Monday night, and called on the truce monitors to “document these crimes.”',
  'The army said the RSF was shelling residential districts of Omdurman from positions in Khartoum North and had used the truce to move reinforcements into the capital — a charge the paramilitary group rejected as “lies meant to cover up the army’s own violations.”',
  'Across the river in southern Khartoum, Médecins Sans Frontières said its team at Bashair Teaching Hospital had treated 21 wounded people on Wednesday, most of them hit by shrapnel from shelling.',
  '“The ceasefire has not changed much for our patients,” the group’s emergency coordinator said in a statement. “Every day we receive people with blast injuries… and we are running out of supplies.”',
  'Many families have used the relative lull to leave. At the bus station on the road to Wad Madani, ticket prices have tripled since April, and hundreds of people queued on Thursday for seats on buses heading south and east.',
  'The truce, agreed in Jeddah on Saturday and monitored by Saudi Arabia and the United States, runs until Monday night. The mediators said on Wednesday that they had recorded violations by both sides.',
  '“We don’t need a piece of paper,” Hassan said. “We need them to stop.”',
];

export interface Update {
  headline: string;
  paragraphs: readonly string[];
  link: string;
  date: string;
  byline: string;
  publisher: string;
}

export const UPDATES: readonly Update[] = [
  {
    headline: 'Sudan ceasefire extended by five days as fighting rumbles on',
    link: 'https://news.nilewire.net/2023/05/29/sudan-ceasefire-extended-five-days',
    date: '2023-05-29T23:10:00+03:00',
    byline: 'Nile Wire staff',
    publisher: 'Nile Wire',
    paragraphs: [
      "Sudan's army and the Rapid Support Forces agreed on Monday to extend their week-long ceasefire by five days, Saudi Arabia and the United States said, shortly before the truce was due to expire at 9:45 p.m. Khartoum time.",
      'In a joint statement, the mediators said the ceasefire had been imperfect but had allowed aid to reach an estimated 2 million people. They said both sides had committed violations, including the use of military aircraft and heavy weapons in Khartoum, and urged them to stop using the truce to rearm or reposition.',
      "The extension came after a weekend of heavy clashes in Omdurman, where residents said fighter jets struck RSF positions near the state broadcaster's headquarters on Sunday.",
      'The RSF said in a statement that it had accepted the extension to ease the suffering of civilians, while accusing the army of breaching the truce dozens of times.',
      'An army official in Jeddah said the military had signed the extension but would respond to any attack, and accused the RSF of refusing to leave homes and hospitals it had seized in the capital.',
      'In the city of El Obeid, capital of North Kordofan state, residents reported artillery fire on the outskirts on Monday as the two sides fought for control of roads leading west to Darfur.',
      'The UN refugee agency said on Monday that more than 350,000 people had now fled Sudan to neighboring countries since the war began on April 15.',
      'Relief agencies said the extra days gave them a chance to move medical supplies into the capital, where most hospitals near the front lines have closed and those still open are short of staff, fuel and blood.',
    ],
  },
  {
    headline: 'Sudan army suspends Jeddah talks, accusing RSF of breaking truce',
    link: 'https://news.nilewire.net/2023/05/31/sudan-army-suspends-jeddah-talks',
    date: '2023-05-31T16:45:00+03:00',
    byline: 'Nile Wire staff',
    publisher: 'Nile Wire',
    paragraphs: [
      "Sudan's army said on Wednesday that it had suspended its participation in the Jeddah talks with the Rapid Support Forces, accusing the paramilitary group of failing to honor the terms of the ceasefire.",
      'An army official said the RSF had not withdrawn from hospitals and residential neighborhoods and had kept attacking army positions, in breach of the agreement signed on May 20.',
      'The RSF denied breaching the truce and said it remained committed to the talks, accusing army commanders of looking for a pretext to walk away while they pursued a military victory.',
      'Shortly after the announcement, residents reported heavy fighting in southern Khartoum and in Omdurman, with army warplanes striking targets and RSF fighters firing anti-aircraft guns from residential streets.',
      'Witnesses said tanks had been deployed near the Armoured Corps headquarters in al-Shajara, where the RSF has repeatedly attacked army positions since the war began.',
      'Saudi Arabia and the United States, which have been facilitating the talks, did not immediately comment. A US official said last week that Washington was prepared to impose sanctions on whichever side blocked progress.',
      'The suspension deepens fears that the war could drag on for months. The fighting has displaced more than 1.2 million people inside Sudan, according to the International Organization for Migration.',
      'For residents of the capital the news was a blow after a week in which the truce, however imperfect, had let some families leave and a few shops and bakeries reopen.',
      'Diplomats in Jeddah said the Saudi and American delegations were trying to persuade the army to return, and that the record of violations kept by the monitoring committee would be shared with both sides.',
    ],
  },
];

export const JET_CLAIM_PARAGRAPHS: readonly string[] = [
  "Sudan's Rapid Support Forces said on Wednesday that they had shot down an army MiG fighter jet over Omdurman, a claim the military swiftly denied as fighting marred the third day of a fragile ceasefire.",
  "The paramilitary group posted a video showing a column of smoke rising over the city's northern districts and said the aircraft had been bombing residential areas. The footage could not be independently verified.",
  'An army spokesman said no aircraft had been lost and accused the RSF of spreading false information to cover up its own attacks on civilians.',
  'The army also said it had repelled an RSF assault on the Armoured Corps headquarters in al-Shajara, in southern Khartoum, overnight, killing more than 40 attackers and destroying 11 of their combat vehicles.',
  'The RSF denied losing any fighters in the area and said its forces had only responded to army shelling of their positions.',
  'Residents of the nearby Kalakla and al-Sahafa neighborhoods said they had heard heavy artillery exchanges from around 2 a.m. until after sunrise.',
  'In Darfur, fighting continued in Nyala for a second day. Local activists said at least 14 people were killed on Tuesday when shells struck a neighborhood near the city’s main market.',
  'The RSF has made similar claims about downed aircraft since the war began, and none of them could be independently confirmed. The army rarely comments on its losses.',
  'Saudi Arabia and the United States, which monitor the truce, said on Wednesday that both sides had violated it. Under the Jeddah agreement, which took effect on Monday night, the two forces committed to refrain from seeking military advantage during the seven-day truce.',
];
