/**
 * Small texts written for these tests (invented incidents in general news style; not sources):
 * an article, its edited wire copy, a hand-spun copy, an unrelated report of the same story,
 * and a report that only shares a quotation.
 */

export const ORIGINAL = `Insurgents linked to the Islamic State attacked the town of Macomia in northern Mozambique before dawn on Friday, burning houses and a health centre and forcing thousands of residents to flee into the bush, local officials said.

The fighters arrived in several groups from the coast and clashed for hours with Mozambican soldiers and Rwandan troops stationed near the market, according to two officials who asked not to be named.

At least 12 civilians were killed, the district administrator told state radio on Saturday. He said the army had regained control of the town centre by midday.

"We ran with the children and hid in the forest until the shooting stopped," said Amina Saide, a trader who reached the provincial capital Pemba on Sunday.

The Islamic State group claimed the raid in a statement on its Amaq news agency, saying its fighters had killed soldiers and seized weapons and ammunition.

The insurgency in Cabo Delgado province has killed more than 4,000 people and displaced nearly a million since it began in 2017, according to the conflict monitor ACLED.`;

/** Same wire text in another outlet: new headline and intro, a paragraph cut, furniture added. */
export const WIRE_COPY = `Mozambique: militants storm northern town

A fresh raid in Cabo Delgado, the latest in a long insurgency, has emptied a district capital.

The fighters arrived in several groups from the coast and clashed for hours with Mozambican soldiers and Rwandan troops stationed near the market, according to two officials who asked not to be named.

At least 12 civilians were killed, the district administrator told state radio on Saturday. He said the army had regained control of the town centre by midday.

Subscribe to our newsletter for daily updates.

The Islamic State group claimed the raid in a statement on its Amaq news agency, saying its fighters had killed soldiers and seized weapons and ammunition.

The insurgency in Cabo Delgado province has killed more than 4,000 people and displaced nearly a million since it began in 2017, according to the conflict monitor ACLED.`;

/** The original run through a synonym spinner by hand: content words swapped, the rest kept. */
export const SPUN_COPY = `Insurgents connected to the Islamic State assaulted the township of Macomia in northern Mozambique before sunrise on Friday, torching homes and a wellness facility and compelling thousands of inhabitants to escape into the shrubland, regional officers stated.

The combatants came in numerous teams from the shoreline and fought for hours with Mozambican troopers and Rwandan forces posted near the bazaar, in accordance with two officers who requested not to be identified.

At least 12 civilians were slain, the district manager informed state radio on Saturday. He stated the military had recovered command of the township core by noon.

"We fled with the kids and concealed in the woodland until the gunfire ceased," stated Amina Saide, a merchant who arrived at the regional capital Pemba on Sunday.

The Islamic State group asserted the assault in a declaration on its Amaq information outlet, stating its combatants had slain troopers and grabbed arms and munitions.

The rebellion in Cabo Delgado province has slain over 4,000 individuals and uprooted almost a million since it started in 2017, in accordance with the battle tracker ACLED.`;

/** Another outlet's own report of the same attack: same facts and names, its own sentences. */
export const SAME_STORY = `Thousands of people fled Macomia district in Mozambique's Cabo Delgado province at the weekend after Islamist militants overran parts of the district town on Friday, aid workers said.

The United Nations refugee agency said at least 8,000 people had arrived in Pemba and nearby villages by Sunday evening, many of them women and children who had walked for two days.

Government forces, backed by soldiers from Rwanda, said they had repelled the attack and killed 15 insurgents. The figure could not be independently verified.

The Islamic State's local affiliate has carried out a string of raids on towns along the coast this year, despite a regional military deployment that pushed it out of its strongholds in 2021.

Work on a multibillion-dollar gas project led by TotalEnergies near Palma remains suspended because of the violence.`;

/** A report on something else that quotes the same statement at length. */
export const QUOTING = `Mozambique's president, Filipe Nyusi, told parliament on Wednesday that the government would not negotiate with the insurgents in the north.

He repeated a statement his office issued after the attack on Macomia: "The terrorists will not be allowed to hold a single village of our country, and those who help them will answer before the law of the republic."

Opposition lawmakers accused the government of hiding the true scale of the conflict and called for an inquiry into the conduct of the security forces.

The session also approved a budget increase for the defence ministry and for reconstruction in the north.`;

/** A report that carries the same statement, quoted, in another context. */
export const QUOTING_OTHER = `Residents of Macomia began returning to their homes on Tuesday, local radio reported, as soldiers patrolled the streets of the town.

The presidency had said in a statement: "The terrorists will not be allowed to hold a single village of our country, and those who help them will answer before the law of the republic."

Humanitarian agencies said the health centre burned in the raid would take months to rebuild.`;
