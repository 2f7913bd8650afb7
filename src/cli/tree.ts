// The CLI's page tree. A saved page is read once, in order, and never changed or rendered: the CLI needs no DOM, only
// the tree. htmlparser2 (the tokenizer linkedom, the CLI's DOM until stop 36, builds on) gives the page's tags and
// texts, with the same rules of which tag closes which, so the tree has the same shape as linkedom's. Building a DOM
// cost the CLI more than reading the report from it (linkedom's parse was about two thirds of parse + audit); this
// tree takes about 60% of linkedom's parse (bench/cli.ts prints both).
// It answers what the page reading asks of a page, through the same names as the DOM's interface (the reading is
// shared with the extension, which reads the browser's DOM), and nothing else: no selectors, no mutation, no events.
// Where it differs from linkedom it reads as browsers do: attribute names in any case (<TD ROWSPAN=2>, which linkedom
// did not find under "rowspan"), and the page's <html> element where an element stands before it (a <meta> first:
// linkedom then took the <meta> for the page and read an empty body).
import { Parser } from 'htmlparser2';
import { ROW_GROUPS, type CellText } from '../grid/grid';
import { openingText, type DomShortcuts, type TableRead } from '../page/items';
import { PDF_TEXT_LAYER } from '../page/pdf-layer';

type Attributes = Record<string, string>;

// Few fields a node, the rest derived (a page of 25,000 cells is 130,000 nodes, copied by every minor collection while
// it is young, and walked): a parent, the previous sibling, the next node in document order, and of a node that
// holds others its last child and its last descendant. The first child is the next node in document order, when
// there is one inside; the next sibling is the node after its last descendant, when it has the same parent. With
// a DOM's every link kept as well (first child, next sibling, the element links) the audit of a page of 1,000 tables
// took twice as long right after its parse; kept in arrays in document order instead, twice as long too. A walk of an element's text, a table's text and cells, or the elements of
// a name follows one link from the element to its last descendant (as linkedom's chain did), where a walk by child
// and sibling links climbs back up at the end of every subtree.

abstract class TreeNode {
  parentNode: TreeParent | null = null;
  previousSibling: TreeNode | null = null;
  /** The next node in document order: the node made after this one. */
  following: TreeNode | null = null;
  abstract readonly nodeType: number;
  /** The last node of this one in document order: its last descendant, or itself. */
  abstract last(): TreeNode;

  get parentElement(): TreeElement | null {
    const parent = this.parentNode;
    return parent !== null && parent.nodeType === 1 ? (parent as TreeElement) : null;
  }
  get nextSibling(): TreeNode | null {
    const after = this.last().following;
    return after !== null && after.parentNode === this.parentNode ? after : null;
  }
  get nextElementSibling(): TreeElement | null {
    let n = this.nextSibling;
    while (n !== null && n.nodeType !== 1) n = n.nextSibling;
    return n as TreeElement | null;
  }
  get ownerDocument(): TreeDocument | null {
    let n: TreeNode = this;
    while (n.parentNode) n = n.parentNode;
    return n instanceof TreeDocument ? n : null;
  }
}

class TreeText extends TreeNode {
  constructor(readonly data: string) {
    super();
  }
  get nodeType(): 3 {
    return 3;
  }
  last(): TreeNode {
    return this;
  }
  get textContent(): string {
    return this.data;
  }
}

abstract class TreeParent extends TreeNode {
  lastChild: TreeNode | null = null;
  /** Its last descendant in document order; itself when it holds none. */
  lastDescendant: TreeNode = this;

  last(): TreeNode {
    return this.lastDescendant;
  }
  append(child: TreeNode): void {
    child.parentNode = this;
    child.previousSibling = this.lastChild;
    this.lastChild = child;
  }
  get firstChild(): TreeNode | null {
    return this.lastDescendant === this ? null : this.following;
  }
  get firstElementChild(): TreeElement | null {
    let n = this.firstChild;
    while (n !== null && n.nodeType !== 1) n = n.nextSibling;
    return n as TreeElement | null;
  }

  get textContent(): string {
    return treeText(this);
  }

  /** Descendant elements named `name` (any name: "*"), in document order. */
  getElementsByTagName(name: string): TreeElement[] {
    const found: TreeElement[] = [];
    const last = this.lastDescendant;
    for (let n = this.firstChild; n; n = n === last ? null : n.following) {
      if (n.nodeType === 1 && (name === '*' || (n as TreeElement).localName === name)) found.push(n as TreeElement);
    }
    return found;
  }

  /** Descendant elements whose class names `name` (one class), in document order. */
  getElementsByClassName(name: string): TreeElement[] {
    const found: TreeElement[] = [];
    const last = this.lastDescendant;
    for (let n = this.firstChild; n; n = n === last ? null : n.following) {
      // The class attribute split only where it holds the name: the CLI asks this of every page (a PDF.js layer?).
      if (n.nodeType === 1 && (n as TreeElement).getAttribute('class')?.includes(name) && (n as TreeElement).classList.includes(name)) found.push(n as TreeElement);
    }
    return found;
  }

  contains(other: TreeNode | null): boolean {
    for (let n = other; n; n = n.parentNode) if (n === this) return true;
    return false;
  }
}

class TreeElement extends TreeParent {
  /** Whether a table stands inside it: set as the page is parsed, so a layout table is told without a walk. */
  holdsTable = false;
  constructor(
    readonly localName: string,
    private readonly attributes: Attributes,
  ) {
    super();
  }
  get nodeType(): 1 {
    return 1;
  }
  getAttribute(name: string): string | null {
    // An own string: an attribute object is a plain one, and "constructor" is no attribute.
    const value = this.attributes[name];
    return typeof value === 'string' && Object.hasOwn(this.attributes, name) ? value : null;
  }
  hasAttribute(name: string): boolean {
    return this.getAttribute(name) !== null;
  }
  getAttributeNode(name: string): { value: string } | null {
    const value = this.getAttribute(name);
    return value === null ? null : { value };
  }
  get id(): string {
    return this.getAttribute('id') ?? '';
  }
  get classList(): string[] {
    return (this.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
  }
}

class TreeDocument extends TreeParent {
  /** The elements of class "textLayer" (a PDF.js page's text), in document order. */
  readonly textLayers: TreeElement[] = [];
  get nodeType(): 9 {
    return 9;
  }
  get ownerDocument(): null {
    return null;
  }
  /** The <html> element (the first element, when there is none). */
  get documentElement(): TreeElement | null {
    return this.html() ?? this.firstElementChild;
  }
  // Under <html>, or where a page has none, at the top ("<head>…</head><body>…").
  get head(): TreeElement | null {
    return childNamed(this.html() ?? this, 'head');
  }
  get body(): TreeElement | null {
    return childNamed(this.html() ?? this, 'body');
  }
  private html(): TreeElement | null {
    return childNamed(this, 'html');
  }
  /** The <title>'s text, as the document's title (linkedom's: untrimmed). */
  get title(): string {
    return this.head?.getElementsByTagName('title')[0]?.textContent ?? '';
  }
}

function childNamed(parent: TreeParent, name: string): TreeElement | null {
  for (let e = parent.firstElementChild; e; e = e.nextElementSibling) if (e.localName === name) return e;
  return null;
}

/** An element's text, as textContent reads it; a cell of one text node (most) gives that node's own string. */
function treeText(el: TreeParent): string {
  const last = el.lastDescendant;
  let text: string | undefined;
  let parts = 0;
  for (let n = el.firstChild; n; n = n === last ? null : n.following) {
    if (n.nodeType === 3) text = parts++ ? text + (n as TreeText).data : (n as TreeText).data;
  }
  return text ?? '';
}

/** A saved page as the CLI's tree; it stands in for the DOM's Document the page reading takes. */
export function parseTree(html: string): Document {
  const doc = new TreeDocument();
  let parent: TreeParent = doc;
  // The node made last: the next one made follows it in document order.
  let last: TreeNode = doc;
  const add = (node: TreeNode) => {
    parent.append(node);
    last.following = node;
    last = node;
  };
  // htmlparser2's defaults are HTML's: tag and attribute names in lower case, entities decoded; a void element and
  // an element closed by another's tag get their closing call too, so every open is closed.
  const parser = new Parser({
    onopentag(name, attributes) {
      const el = new TreeElement(name, attributes);
      // PDF.js's text layers, kept as the page is parsed: the page reading asks for them on every page.
      const cls = attributes.class;
      if (cls !== undefined && cls.includes(PDF_TEXT_LAYER) && cls.split(/\s+/).includes(PDF_TEXT_LAYER)) doc.textLayers.push(el);
      if (name === 'table') {
        // Its ancestors hold a table, up to the first already known to.
        for (let up = parent; up.nodeType === 1 && !(up as TreeElement).holdsTable; up = up.parentNode!) (up as TreeElement).holdsTable = true;
      }
      add(el);
      parent = el;
    },
    onclosetag() {
      parent.lastDescendant = last;
      parent = parent.parentNode ?? doc;
    },
    ontext(text) {
      add(new TreeText(text));
    },
  });
  parser.end(html);
  doc.lastDescendant = last;
  return doc as unknown as Document;
}

/**
 * A table's text (its text nodes', as textContent reads it) when it holds no table; null when it does (a layout
 * table). Of a table longer than `maxRows` rows that holds none, its opening rows' text, read as the page reading
 * reads it (openingText). Given `read`, a table read whole gives there its own cells with their texts (those
 * buildGrid reads: td and th children of its own rows, as ownRows finds them), so that its grid needs no second walk.
 */
function treeTableText(tableEl: Element, maxRows: number, read?: TableRead): string | null | undefined {
  const table = tableEl as unknown as TreeElement;
  if (!(table instanceof TreeElement)) return undefined;
  if (table.holdsTable) return null;
  let text = '';
  let rows = 0;
  const cells: CellText[][] = [];
  let row: CellText[] | null = null;
  let rowEl: TreeElement | null = null;
  // The cell being read and its text so far.
  let cellEl: TreeElement | null = null;
  let cellText = '';
  let cellParts = 0;
  const end = table.lastDescendant;
  // The cell being read ends at its last descendant.
  let cellEnd: TreeNode | null = null;
  for (let n = table.firstChild; n; n = n === end ? null : n.following) {
    if (n.nodeType === 3) {
      const data = (n as TreeText).data;
      text += data;
      if (cellEl) cellText = cellParts++ ? cellText + data : data;
    } else {
      const el = n as TreeElement;
      const name = el.localName;
      if (name === 'tr') {
        if (++rows > maxRows) return openingText(tableEl);
        const parent = el.parentElement;
        // Rows (and so cells) are kept only when asked for.
        if (read && (parent === table || (parent?.parentElement === table && ROW_GROUPS.has(parent.localName)))) {
          rowEl = el;
          cells.push((row = []));
        }
      } else if ((name === 'td' || name === 'th') && !cellEl && rowEl && el.parentElement === rowEl) {
        cellEl = el;
        cellEnd = el.lastDescendant;
        cellText = '';
        cellParts = 0;
      }
    }
    // The cell's last node: its text is complete.
    if (n === cellEnd) row!.push({ el: cellEl as unknown as Element, text: cellText }), (cellEl = null), (cellEnd = null);
  }
  if (read) read.cells = cells;
  return text;
}

/** The CLI's shortcuts for the page reading: tables and texts read along the tree (DomShortcuts). */
export const treeShortcuts: DomShortcuts = {
  tableText: treeTableText,
  textLayers(root) {
    let top: Node = root;
    while (top.parentNode) top = top.parentNode;
    return top instanceof TreeDocument ? (top.textLayers.filter((l) => root.contains(l as unknown as Node)) as unknown as Element[]) : root.getElementsByClassName(PDF_TEXT_LAYER);
  },
  text: (el) => (el instanceof TreeElement ? treeText(el) : (el.textContent ?? '')),
};
