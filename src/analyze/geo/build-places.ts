/** Build step for the merged place index (see scripts/build-gazetteer.ts). */
export function buildPlaces(_root: string): { data: unknown; count: number } {
  return { data: [], count: 0 };
}
