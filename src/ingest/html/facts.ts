/**
 * Collects the page facts metadata is read from while the page streams through the parser:
 * <html lang>, <title>, <meta>, <link rel=canonical>, <time datetime>, author links.
 */

export interface TimeFact {
  datetime: string;
  /** itemprop, class and pubdate marker of the element, to tell publication from update times. */
  marker: string;
}

export interface PageFacts {
  htmlLang: string | null;
  title: string | null;
  /** Meta values by lower-cased name/property/itemprop/http-equiv, in page order. */
  metas: Map<string, string[]>;
  canonical: string | null;
  times: TimeFact[];
  /** Text of rel=author links and itemprop=author elements. */
  authorTexts: string[];
  /** Text of the page's <h1> elements (first few). */
  h1: string[];
  jsonLd: string[];
}

const MAX_METAS = 2_000;
const MAX_TIMES = 50;
const MAX_CAPTURE = 300;

interface Capture {
  depth: number;
  parts: string[];
  chars: number;
  into: string[];
}

export class FactCollector {
  readonly facts: PageFacts;
  private metaCount = 0;
  private inTitle = false;
  private titleParts: string[] = [];
  private captures: Capture[] = [];

  constructor(jsonLd: string[]) {
    this.facts = {
      htmlLang: null,
      title: null,
      metas: new Map(),
      canonical: null,
      times: [],
      authorTexts: [],
      h1: [],
      jsonLd,
    };
  }

  open(name: string, attrs: Record<string, string>, depth: number): void {
    switch (name) {
      case 'html':
        if (this.facts.htmlLang === null) this.facts.htmlLang = attrs.lang || attrs['xml:lang'] || null;
        break;
      case 'title':
        if (this.facts.title === null) this.inTitle = true;
        break;
      case 'meta':
        this.meta(attrs);
        break;
      case 'link':
        if (this.facts.canonical === null && /(^|\s)canonical(\s|$)/i.test(attrs.rel ?? '') && attrs.href) {
          this.facts.canonical = attrs.href;
        }
        break;
      case 'time':
        if (attrs.datetime && this.facts.times.length < MAX_TIMES) {
          const marker = `${attrs.itemprop ?? ''} ${attrs.class ?? ''} ${'pubdate' in attrs ? 'pubdate' : ''}`;
          this.facts.times.push({ datetime: attrs.datetime, marker });
        }
        break;
      case 'h1':
        if (this.facts.h1.length < 3) this.captures.push({ depth, parts: [], chars: 0, into: this.facts.h1 });
        break;
    }
    if (name !== 'meta' && name !== 'link' && this.facts.authorTexts.length < 10) {
      const rel = attrs.rel ?? '';
      const itemprop = attrs.itemprop ?? '';
      if ((name === 'a' && /(^|\s)author(\s|$)/i.test(rel)) || /(^|\s)author(\s|$)/i.test(itemprop)) {
        this.captures.push({ depth, parts: [], chars: 0, into: this.facts.authorTexts });
      }
    }
    if (attrs.itemprop && attrs.content && name !== 'meta')
      this.meta({ itemprop: attrs.itemprop, content: attrs.content });
  }

  text(t: string): void {
    if (this.inTitle) this.titleParts.push(t);
    for (const c of this.captures) {
      if (c.chars < MAX_CAPTURE) {
        c.parts.push(t);
        c.chars += t.length;
      }
    }
  }

  close(name: string, depth: number): void {
    if (name === 'title' && this.inTitle) {
      this.inTitle = false;
      const t = this.titleParts.join('').replace(/\s+/g, ' ').trim();
      this.facts.title = t || null;
    }
    while (this.captures.length > 0 && this.captures[this.captures.length - 1].depth >= depth) {
      const c = this.captures.pop()!;
      const t = c.parts.join('').replace(/\s+/g, ' ').trim();
      if (t && c.chars < MAX_CAPTURE) c.into.push(t);
    }
  }

  private meta(attrs: Record<string, string>): void {
    if (this.metaCount >= MAX_METAS) return;
    const content = attrs.content ?? attrs.value;
    if (content === undefined) return;
    const value = content.trim();
    if (!value) return;
    this.metaCount++;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = attrs[attr];
      if (!key) continue;
      for (const k of key.toLowerCase().split(/\s+/)) {
        if (!k) continue;
        const list = this.facts.metas.get(k);
        if (list) list.push(value);
        else this.facts.metas.set(k, [value]);
      }
    }
  }
}
