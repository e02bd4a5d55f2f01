export interface BlockContext {
  position?: number;
  total?: number;
  linkDensity?: number;
}
export function isBoilerplateBlock(text: string, _ctx?: BlockContext): boolean {
  return text.trim() === '';
}
export function cleanBlocks(blocks: string[]): string[] {
  return blocks.filter((b) => !isBoilerplateBlock(b));
}
