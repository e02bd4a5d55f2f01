/** Short test articles written for these tests, in several conflicts' wire styles. */
import type { IngestedDocument } from '../../src/ingest/types.ts';

const LEADS = [
  'Shelling hit a market in Kharkiv on Tuesday, killing at least four civilians, regional officials said.',
  'An air strike on a school in Rafah killed 12 people, the health ministry in Gaza said on Monday.',
  'Fighting between the army and the Rapid Support Forces displaced 3,000 families near El Fasher, the UN said.',
  'Houthi forces said they fired drones at a ship in the Red Sea on Sunday; the US military denied any damage.',
  'Federal troops and Fano militia clashed near Bahir Dar on Friday, residents told reporters.',
  'The junta in Myanmar said rebels attacked a police post in Sagaing, killing two officers.',
  'Gunmen killed 20 villagers in northern Burkina Faso, a local official said on Wednesday.',
  'Somali forces said they recaptured a town from al-Shabaab fighters after two days of fighting.',
];

/** `n` distinct documents (distinct texts, sources doc-000 …). */
export function testDocuments(n: number, tag = ''): IngestedDocument[] {
  return Array.from({ length: n }, (_, i) => ({
    source: `doc-${String(i).padStart(3, '0')}${tag}.txt`,
    format: 'text' as const,
    title: `Report ${i}${tag}`,
    outlet: 'Test Wire',
    url: null,
    authors: [],
    published: '2025-03-0' + ((i % 9) + 1),
    language: 'en',
    text: `${LEADS[i % LEADS.length]}\n\nUpdate ${i}${tag}: ${LEADS[(i + 3) % LEADS.length]}`,
    wire: [],
    description: null,
  }));
}
