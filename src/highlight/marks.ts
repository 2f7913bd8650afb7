// Marks the cells a finding names with a stable attribute, outlined by one page-level stylesheet: outlines
// follow scrolling and layout by themselves and never move anything. The words a text finding quotes are
// highlighted where they stand (the CSS Custom Highlight API: no node is added or split), and the paragraph that
// holds them is marked as a cell is, for its explanation. Clearing restores the page exactly.
import type { Finding, Severity } from '../model/schema';
import { holderOf } from './quotes';
import { adoptStyles } from './styles';

export const ATTR = 'data-disclosure-lens';
export const RELATED_ATTR = 'data-disclosure-lens-related';
export const FLASH_ATTR = 'data-disclosure-lens-flash';
/** The names of our highlights, one per level ("disclosure-lens-warning"), and one for a quote being revealed. */
export const HIGHLIGHT = 'disclosure-lens';
/** On the element that holds words being highlighted: the highlight's style applies there (see HIGHLIGHT_CSS). */
export const WORDS_ATTR = 'data-disclosure-lens-words';

export type MarkLevel = Exclude<Severity, 'info'>;
const RANK: Record<MarkLevel, number> = { error: 3, warning: 2, review: 1 };

// The words' highlights are styled only inside the element that holds them (WORDS_ATTR; what it holds inherits the
// style): a ::highlight rule for the whole page makes Chromium work out highlight styles for every element, which
// on a page of 50,000 cells froze the tab for 200-400 ms more (tests/e2e/hostile.test.ts); scoped so, it cost nothing.
const HIGHLIGHT_CSS = `
[${WORDS_ATTR}]::highlight(${HIGHLIGHT}-error) { background-color: rgba(217,45,32,.28); text-decoration: underline wavy #d92d20; }
[${WORDS_ATTR}]::highlight(${HIGHLIGHT}-warning) { background-color: rgba(220,104,3,.28); text-decoration: underline wavy #dc6803; }
[${WORDS_ATTR}]::highlight(${HIGHLIGHT}-review) { background-color: rgba(14,112,144,.18); text-decoration: underline dashed #0e7090; }
[${WORDS_ATTR}]::highlight(${HIGHLIGHT}-flash) { background-color: rgba(255,200,0,.75); }
`;

// Outlines take no space: the layout of the page does not change.
export const PAGE_CSS = `
[${ATTR}] { outline-offset: -2px !important; cursor: help; }
[${ATTR}="error"] { outline: 2px solid #d92d20 !important; background-color: rgba(217,45,32,.10) !important; }
[${ATTR}="warning"] { outline: 2px solid #dc6803 !important; background-color: rgba(220,104,3,.10) !important; }
[${ATTR}="review"] { outline: 2px dashed #0e7090 !important; }
[${RELATED_ATTR}] { outline: 2px dotted #6941c6 !important; outline-offset: -3px !important; background-color: rgba(105,65,198,.10) !important; }
[${FLASH_ATTR}] { animation: disclosure-lens-flash 1.2s ease-out 2 !important; }
@keyframes disclosure-lens-flash { 0% { box-shadow: 0 0 0 6px rgba(217,45,32,.55); } 100% { box-shadow: 0 0 0 0 rgba(217,45,32,0); } }
@media (prefers-reduced-motion: reduce) { [${FLASH_ATTR}] { animation: none !important; outline-width: 4px !important; } }
${HIGHLIGHT_CSS}`;

/** A text finding's words in the page, and the paragraph that holds them when it is a paragraph's size. */
export interface QuotedText {
  range: Range;
  block: Element | null;
}

type Highlights = { set(name: string, h: unknown): void; delete(name: string): boolean };

/** The page's highlight registry and the constructor of its entries, where the engine has them. */
function highlightApi(doc: Document): { registry: Highlights; Highlight: new (...ranges: Range[]) => unknown } | null {
  const win = doc.defaultView as (Window & { CSS?: { highlights?: Highlights }; Highlight?: new (...ranges: Range[]) => unknown }) | null;
  const registry = win?.CSS?.highlights;
  return registry && win.Highlight ? { registry, Highlight: win.Highlight } : null;
}

interface Saved {
  tabindex: string | null;
}

export class Marks {
  /** Findings per marked element. */
  readonly byElement = new Map<Element, Finding[]>();
  private saved = new Map<Element, Saved>();
  /** Set while our page stylesheet is installed: takes it away. */
  private removeStyles: (() => void) | null = null;
  private related: Element[] = [];
  /** The highlights set now, by name. */
  private highlighted: string[] = [];
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  /** The elements given WORDS_ATTR: those of the highlights, and the one of the words flashed. */
  private holders: Element[] = [];
  private flashHolder: Element | null = null;

  constructor(private readonly doc: Document) {}

  get count(): number {
    return this.byElement.size;
  }

  /**
   * Marks the cells of these findings, and the words of the text findings found in the page. Applied as a
   * difference from what is marked already: a re-audit that finds the same problems writes nothing to the page.
   */
  apply(findings: Finding[], elements: Map<string, Element>, quoted: ReadonlyMap<Finding, QuotedText> = new Map()): void {
    this.unemphasise();
    const next = new Map<Element, Finding[]>();
    const add = (el: Element, f: Finding) => {
      const list = next.get(el);
      if (!list) next.set(el, [f]);
      else if (!list.includes(f)) list.push(f);
    };
    const ranges: Record<MarkLevel, Range[]> = { error: [], warning: [], review: [] };
    for (const f of findings) {
      if (f.severity === 'info') continue;
      for (const path of f.cells) {
        const el = elements.get(path);
        if (el) add(el, f);
      }
      const words = quoted.get(f);
      if (!words) continue;
      ranges[f.severity].push(words.range);
      if (words.block) add(words.block, f);
    }
    this.highlight(ranges);
    for (const el of [...this.saved.keys()]) if (!next.has(el)) this.restore(el);
    this.byElement.clear();
    if (!next.size && !this.highlighted.length) {
      this.removeStyles?.();
      this.removeStyles = null;
      return;
    }
    this.installStyles();
    for (const [el, list] of next) {
      this.byElement.set(el, list);
      let level: MarkLevel = 'review';
      for (const f of list) if (RANK[f.severity as MarkLevel] > RANK[level]) level = f.severity as MarkLevel;
      if (!this.saved.has(el)) this.saved.set(el, { tabindex: el.getAttribute('tabindex') });
      if (el.getAttribute(ATTR) !== level) el.setAttribute(ATTR, level);
      // Reachable by keyboard, so the explanation is too.
      if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '0');
    }
  }

  emphasise(paths: string[], elements: Map<string, Element>): void {
    this.unemphasise();
    for (const p of paths) {
      const el = elements.get(p);
      if (el && !this.related.includes(el)) {
        el.setAttribute(RELATED_ATTR, '');
        this.related.push(el);
      }
    }
  }

  unemphasise(): void {
    for (const el of this.related) el.removeAttribute(RELATED_ATTR);
    this.related = [];
  }

  /** Draws attention to a quote's words for a moment (a highlight of their own, where the engine has them). */
  flashRange(range: Range): void {
    const api = highlightApi(this.doc);
    if (!api) return;
    this.installStyles();
    clearTimeout(this.flashTimer);
    this.unflash();
    this.flashHolder = holderOf(range);
    if (this.flashHolder && !this.flashHolder.hasAttribute(WORDS_ATTR)) this.flashHolder.setAttribute(WORDS_ATTR, '');
    else this.flashHolder = null;
    api.registry.set(`${HIGHLIGHT}-flash`, new api.Highlight(range));
    this.flashTimer = setTimeout(() => this.unflash(), 2600);
  }

  private unflash(): void {
    highlightApi(this.doc)?.registry.delete(`${HIGHLIGHT}-flash`);
    if (this.flashHolder && !this.holders.includes(this.flashHolder)) this.flashHolder.removeAttribute(WORDS_ATTR);
    this.flashHolder = null;
  }

  flash(el: Element): void {
    el.removeAttribute(FLASH_ATTR);
    this.installStyles();
    el.setAttribute(FLASH_ATTR, '');
    setTimeout(() => el.removeAttribute(FLASH_ATTR), 2600);
  }

  /** Removes every attribute and style this added: the page is as it was. */
  clear(): void {
    this.unemphasise();
    this.highlight({ error: [], warning: [], review: [] });
    clearTimeout(this.flashTimer);
    this.unflash();
    for (const el of [...this.saved.keys()]) this.restore(el);
    this.byElement.clear();
    this.removeStyles?.();
    this.removeStyles = null;
  }

  private restore(el: Element): void {
    const saved = this.saved.get(el);
    if (!saved) return;
    el.removeAttribute(ATTR);
    el.removeAttribute(FLASH_ATTR);
    if (saved.tabindex === null) el.removeAttribute('tabindex');
    else el.setAttribute('tabindex', saved.tabindex);
    this.saved.delete(el);
  }

  /** Sets one highlight per level that has ranges, and takes away those that have none now. */
  private highlight(ranges: Record<MarkLevel, Range[]>): void {
    const api = highlightApi(this.doc);
    if (!api) return;
    const now: string[] = [];
    const holders: Element[] = [];
    for (const level of Object.keys(ranges) as MarkLevel[]) {
      const name = `${HIGHLIGHT}-${level}`;
      if (ranges[level].length) {
        api.registry.set(name, new api.Highlight(...ranges[level]));
        now.push(name);
        for (const range of ranges[level]) {
          const holder = holderOf(range);
          if (holder) holders.push(holder);
        }
      } else if (this.highlighted.includes(name)) api.registry.delete(name);
    }
    for (const el of this.holders) if (!holders.includes(el) && el !== this.flashHolder) el.removeAttribute(WORDS_ATTR);
    for (const el of holders) if (!el.hasAttribute(WORDS_ATTR)) el.setAttribute(WORDS_ATTR, '');
    this.highlighted = now;
    this.holders = holders;
  }

  private installStyles(): void {
    this.removeStyles ??= adoptStyles(this.doc, PAGE_CSS);
  }
}
