// Where a finding's quote stands in the page. The text rules read the page's text compacted (no whitespace, NFKC,
// one kind of quote, Traditional characters of the template folded) and quote it so; the page prints it with spaces,
// &nbsp;, full-width digits and tags in the middle ("收到 <span>申请</span>１４件"). So the page's text nodes are
// compacted the same way, character by character, remembering where each character came from, and the quote is
// looked for in that.
import { compact } from '../text/normalize';

// Text that is not the page's prose. Our own UI lives in a shadow root, which the walk does not enter.
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION']);
// A report's text is some tens of thousands of characters; a page of a million (a huge table) is read only so far.
const MAX_CHARS = 400_000;

/** The compacted text of a stretch of page, with the text node and offset of each of its characters. */
export class PageText {
  private text = '';
  private readonly nodes: Text[] = [];
  /** Per character of `text`: the index of its node in `nodes`, and its offset in that node's data. */
  private readonly nodeAt: number[] = [];
  private readonly offsetAt: number[] = [];
  /** Per character of `text`: how many code units of its node it stands for (a surrogate pair: 2). */
  private readonly widthAt: number[] = [];
  /** Where each text node's characters start in `text`. */
  private readonly startOf = new Map<Text, number>();

  constructor(private readonly root: Element) {
    const doc = root.ownerDocument;
    // NodeFilter.SHOW_TEXT, FILTER_REJECT, FILTER_ACCEPT: numbers, so that this runs where NodeFilter is not a global.
    const walker = doc.createTreeWalker(root, 4, {
      acceptNode: (n) => {
        for (let el = n.parentElement; el && el !== root; el = el.parentElement) if (SKIPPED.has(el.tagName.toUpperCase())) return 2;
        return 1;
      },
    });
    const parts: string[] = [];
    for (let n = walker.nextNode() as Text | null; n && parts.length < MAX_CHARS; n = walker.nextNode() as Text | null) {
      const data = n.data;
      const k = this.nodes.push(n) - 1;
      this.startOf.set(n, parts.length);
      for (let i = 0; i < data.length; i++) {
        const c = data.charCodeAt(i);
        const width = c >= 0xd800 && c <= 0xdbff && i + 1 < data.length ? 2 : 1;
        // Printable ASCII reads as itself.
        const read = c > 0x20 && c < 0x7f ? data[i] : compact(data.slice(i, i + width));
        for (let j = 0; j < read.length; j++) {
          // Quote marks are left out on both sides: TEXT-OUTCOMES quotes "予以公开6件" where the page prints “予以公开”6件.
          if (read[j] === '"') continue;
          parts.push(read[j]);
          this.nodeAt.push(k);
          this.offsetAt.push(i);
          this.widthAt.push(width);
        }
        i += width - 1;
      }
    }
    this.text = parts.join('');
  }

  /**
   * The first stretch of the page that reads as `quote` does, as a Range, among those whose first text node's
   * element `shown` accepts (a hidden print copy of the report before the one shown holds the same words), the
   * nearest to `span` (spanOf) when given; null when the page has none.
   */
  find(quote: string, shown: (el: Element) => boolean = () => true, span: [number, number] | null = null): Range | null {
    const wanted = compact(quote).replace(/"/g, '');
    if (!wanted) return null;
    // On a page holding several reports the same words may stand in each: the ones nearest the checked report's
    // tables (`span`, from its first cell to its last) are its own.
    let best = -1;
    let bestDistance = Infinity;
    for (let at = this.text.indexOf(wanted); at >= 0; at = this.text.indexOf(wanted, at + 1)) {
      const first = this.nodes[this.nodeAt[at]];
      if (first.parentElement && !shown(first.parentElement)) continue;
      const distance = span ? Math.max(span[0] - at, at - span[1], 0) : 0;
      if (distance < bestDistance) [best, bestDistance] = [at, distance];
      if (distance === 0) break;
    }
    if (best < 0) return null;
    const last = best + wanted.length - 1;
    const range = this.root.ownerDocument.createRange();
    range.setStart(this.nodes[this.nodeAt[best]], this.offsetAt[best]);
    range.setEnd(this.nodes[this.nodeAt[last]], this.offsetAt[last] + this.widthAt[last]);
    return range;
  }

  /** Where the elements' text stands in `text`, from the first of them to the last; null when none has any. */
  spanOf(elements: Iterable<Element>): [number, number] | null {
    let from = Infinity;
    let to = -Infinity;
    for (const el of elements) {
      const first = el.ownerDocument.createTreeWalker(el, 4).nextNode() as Text | null;
      const at = first ? this.startOf.get(first) : undefined;
      if (at === undefined) continue;
      from = Math.min(from, at);
      to = Math.max(to, at);
    }
    return from <= to ? [from, to] : null;
  }
}

// The element a quote is marked on: the paragraph (or list item, cell, heading) that holds it, when that is a
// paragraph's size. A quote in a page whose prose is one long block, or across paragraphs, is highlighted but has no
// element of its own to mark: outlining the whole article would say nothing.
const BLOCK = 'p,li,dd,dt,blockquote,h1,h2,h3,h4,h5,h6,td,th,div,section,article';
const MAX_BLOCK_CHARS = 800;

/** The paragraph-sized element that holds the whole range, if there is one. */
export function blockOf(range: Range): Element | null {
  const common = range.commonAncestorContainer;
  const from = common.nodeType === 1 ? (common as Element) : common.parentElement;
  const block = from?.closest(BLOCK);
  if (!block || block === block.ownerDocument.body || block.querySelector('table')) return null;
  return (block.textContent ?? '').length <= MAX_BLOCK_CHARS ? block : null;
}
