export function findWireCredits(_text: string): string[] {
  return [];
}
