// Minimal typing of the part of jsdom the benchmark uses (the package ships no types; @types/jsdom is not installed).
declare module 'jsdom' {
  export class VirtualConsole {}
  export class JSDOM {
    constructor(html: string, options?: { url?: string; virtualConsole?: VirtualConsole });
    readonly window: Window & typeof globalThis;
  }
}
