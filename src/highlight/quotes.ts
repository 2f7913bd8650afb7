// Where a finding's quote stands in the page. The text rules read the page's text compacted (no whitespace, NFKC,
// one kind of quote, Traditional characters of the template folded) and quote it so; the page prints it with spaces,
// &nbsp;, full-width digits and tags in the middle ("收到 <span>申请</span>１４件"). So the page's text nodes are
// compacted the same way, node by node, the quote is looked for in that, and where its first and last characters
// came from is worked out for the words found.
import { compact, isSpaceCode } from '../text/normalize';

// Text that is not the page's prose: a text node whose parent is one of these (a template's content is not in the
// document's tree at all). Our own UI lives in a shadow root, which the walk does not enter.
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'OPTION', 'TITLE']);
// A report's text is some tens of thousands of characters; a page of many more is read only so far.
const MAX_CHARS = 200_000;
// A table this long holds no report's prose (the page reading judges it by its opening too): it is not read, so that
// a page with a table of 50,000 cells is not walked cell by cell (that took 120 ms in Chromium).
const LONG_TABLE_ROWS = 200;

/**
 * A text node as the rules would read it: compacted, and without quote marks (TEXT-OUTCOMES quotes "予以公开6件"
 * where the page prints “予以公开”6件; they are left out on both sides).
 */
const readAs = (data: string) => {
  const read = compact(data);
  return read.includes('"') ? read.replace(/"/g, '') : read;
};

/**
 * The compacted text of a stretch of page, and where each text node's part of it starts. Which character of a node
 * a character of the text came from is worked out only for the words found (offsetIn): the reading is a walk and
 * compact() of each node, nothing per character (a map kept for each character cost 2-4 ms on a long report in
 * Chromium).
 */
export class PageText {
  private readonly text: string;
  private readonly nodes: Text[] = [];
  /** Where each node's characters start in `text`, in the order of `nodes`. */
  private readonly starts: number[] = [];
  private readonly startOf = new Map<Text, number>();

  constructor(private readonly root: Element) {
    const doc = root.ownerDocument;
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT: NodeFilter is no global in every engine */);
    // The long tables, in document order: the walk steps over each (to its last node) when it enters it.
    const long = [...root.getElementsByTagName('table')].filter((t) => (t as HTMLTableElement).rows.length > LONG_TABLE_ROWS);
    let skip = 0;
    const texts: string[] = [];
    let length = 0;
    for (let n = walker.nextNode() as Text | null; n && length < MAX_CHARS; n = walker.nextNode() as Text | null) {
      // The long tables the walk has passed: n follows them (DOCUMENT_POSITION_FOLLOWING) and is not inside.
      while (skip < long.length && !long[skip].contains(n) && long[skip].compareDocumentPosition(n) & 4) skip++;
      if (skip < long.length && long[skip].contains(n)) {
        let last: Node = long[skip];
        while (last.lastChild) last = last.lastChild;
        walker.currentNode = last;
        skip++;
        continue;
      }
      const parent = n.parentElement;
      if (parent && SKIPPED.has(parent.tagName.toUpperCase())) continue;
      const own = readAs(n.data);
      if (!own) continue;
      this.nodes.push(n);
      this.starts.push(length);
      this.startOf.set(n, length);
      texts.push(own);
      length += own.length;
    }
    this.text = texts.join('');
  }

  /** The index in `nodes` of the node that holds the text's character at `at`. */
  private nodeAt(at: number): number {
    // The last node starting at or before `at` (nodes with no text to read are not kept, so it holds it).
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The node that holds the text's character at `at`, and where in the node's data that character is. */
  private pointAt(at: number): { node: Text; offset: number; width: number } {
    const k = this.nodeAt(at);
    const node = this.nodes[k];
    return { node, ...offsetIn(node.data, at - this.starts[k]) };
  }

  /**
   * The first stretch of the page that reads as `quote` does, as a Range, among those whose first text node's
   * element `shown` accepts (a hidden print copy of the report before the one shown holds the same words), the
   * nearest to `span` (spanOf) when given; null when the page has none.
   */
  find(quote: string, shown: (el: Element) => boolean = () => true, span: [number, number] | null = null): Range | null {
    const wanted = readAs(quote);
    if (!wanted) return null;
    // On a page holding several reports the same words may stand in each: the ones nearest the checked report's
    // tables (`span`, from its first cell to its last) are its own.
    let bestAt = -1;
    let bestDistance = Infinity;
    for (let at = this.text.indexOf(wanted); at >= 0; at = this.text.indexOf(wanted, at + 1)) {
      const distance = span ? Math.max(span[0] - at, at - span[1], 0) : 0;
      // Past the tables the words only stand farther: a page repeating them thousands of times is not asked of each.
      if (distance >= bestDistance) {
        if (span && at > span[1]) break;
        continue;
      }
      // Only the node is needed to pass over words not shown; where in it they start, only for the words kept.
      const parent = this.nodes[this.nodeAt(at)].parentElement;
      if (parent && !shown(parent)) continue;
      [bestAt, bestDistance] = [at, distance];
      if (distance === 0) break;
    }
    if (bestAt < 0) return null;
    const best = this.pointAt(bestAt);
    const last = this.pointAt(bestAt + wanted.length - 1);
    const range = this.root.ownerDocument.createRange();
    range.setStart(best.node, best.offset);
    range.setEnd(last.node, last.offset + last.width);
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

/** The range's words still stand in the page and read as the quote does. */
export function stillReads(range: Range, quote: string): boolean {
  return range.startContainer.isConnected && range.endContainer.isConnected && !range.collapsed && readAs(range.toString()) === readAs(quote);
}

/**
 * Where the k-th character of a node's reading (readAs) stands in its data, and how many code units it spans.
 * compact() reads each character as one, or as none (whitespace), but where it falls back to the real NFKC (a
 * compatibility character, one beyond the BMP): when the counts agree, the k-th character read is the k-th kept;
 * otherwise the node is read a character at a time.
 */
function offsetIn(data: string, k: number): { offset: number; width: number } {
  const read = compact(data);
  let kept = 0;
  for (let i = 0; i < data.length; i++) if (!isSpaceCode(data.charCodeAt(i))) kept++;
  if (kept === read.length) {
    for (let i = 0, j = 0, seen = 0; i < data.length; i++) {
      if (isSpaceCode(data.charCodeAt(i)) || read[j++] === '"') continue;
      if (seen++ === k) return { offset: i, width: 1 };
    }
  } else {
    for (let i = 0, seen = 0; i < data.length; i++) {
      const c = data.charCodeAt(i);
      const width = c >= 0xd800 && c <= 0xdbff && i + 1 < data.length ? 2 : 1;
      const one = readAs(data.slice(i, i + width));
      if (k < seen + one.length) return { offset: i, width };
      seen += one.length;
      i += width - 1;
    }
  }
  return { offset: data.length, width: 0 };
}

/** The element that holds all of the range's words. */
export function holderOf(range: Range): Element | null {
  const common = range.commonAncestorContainer;
  return common.nodeType === 1 ? (common as Element) : common.parentElement;
}

// The element a quote is marked on: the paragraph (or list item, cell, heading) that holds it, when that is a
// paragraph's size. A quote in a page whose prose is one long block, or across paragraphs, is highlighted but has no
// element of its own to mark: outlining the whole article would say nothing.
const BLOCK = 'p,li,dd,dt,blockquote,h1,h2,h3,h4,h5,h6,td,th,div,section,article';
const MAX_BLOCK_CHARS = 800;

/** The paragraph-sized element that holds the whole range, if there is one. */
export function blockOf(range: Range): Element | null {
  const block = holderOf(range)?.closest(BLOCK);
  if (!block || block === block.ownerDocument.body || block.querySelector('table')) return null;
  return (block.textContent ?? '').length <= MAX_BLOCK_CHARS ? block : null;
}
