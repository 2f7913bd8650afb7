// The CLI's page tree. A saved page is read once, in order, and never changed or rendered: the CLI needs no DOM, only
// the tree. htmlparser2 (the tokenizer linkedom, the CLI's DOM until stop 36, builds on) gives the page's tags and
// texts, with the same rules of which tag closes which, so the tree has the same shape as linkedom's; built here, each
// node is a plain object holding its links (parent, siblings, first and last child) and an element its attributes.
// Building a DOM cost the CLI more than reading the report from it (linkedom's parse was about two thirds of parse +
// audit); this tree takes about 60% of linkedom's parse (bench/cli.ts prints both).
// It answers what the page reading asks of a page, through the same names as the DOM's interface (the reading is
// shared with the extension, which reads the browser's DOM), and nothing else: no selectors, no mutation, no events.
// Where it differs from linkedom it reads as browsers do: attribute names in any case (<TD ROWSPAN=2>, which linkedom
// did not find under "rowspan"), and the page's <html> element where an element stands before it (a <meta> first:
// linkedom then took the <meta> for the page and read an empty body).
import { Parser } from 'htmlparser2';
import { ROW_GROUPS, type CellText } from '../grid/grid';
import { openingText, type DomShortcuts, type TableRead } from '../page/items';

type Attributes = Record<string, string>;

abstract class TreeNode {
  parentNode: TreeParent | null = null;
  parentElement: TreeElement | null = null;
  previousSibling: TreeNode | null = null;
  nextSibling: TreeNode | null = null;
  abstract readonly nodeType: number;

  get ownerDocument(): TreeDocument | null {
    let n: TreeNode = this;
    while (n.parentNode) n = n.parentNode;
    return n instanceof TreeDocument ? n : null;
  }
}

class TreeText extends TreeNode {
  readonly nodeType = 3;
  constructor(readonly data: string) {
    super();
  }
  get textContent(): string {
    return this.data;
  }
}

abstract class TreeParent extends TreeNode {
  firstChild: TreeNode | null = null;
  lastChild: TreeNode | null = null;
  firstElementChild: TreeElement | null = null;
  lastElementChild: TreeElement | null = null;

  append(child: TreeNode): void {
    child.parentNode = this;
    if (this.nodeType === 1) child.parentElement = this as unknown as TreeElement;
    const last = this.lastChild;
    if (last) (last.nextSibling = child), (child.previousSibling = last);
    else this.firstChild = child;
    this.lastChild = child;
    if (child.nodeType === 1) {
      const el = child as TreeElement;
      const lastElement = this.lastElementChild;
      if (lastElement) (lastElement.nextElementSibling = el), (el.previousElementSibling = lastElement);
      else this.firstElementChild = el;
      this.lastElementChild = el;
    }
  }

  get textContent(): string {
    return treeText(this);
  }

  /** Descendant elements named `name` (any name: "*"), in document order. */
  getElementsByTagName(name: string): TreeElement[] {
    const found: TreeElement[] = [];
    walk(this, (n) => {
      if (n.nodeType === 1 && (name === '*' || (n as TreeElement).localName === name)) found.push(n as TreeElement);
    });
    return found;
  }

  contains(other: TreeNode | null): boolean {
    for (let n = other; n; n = n.parentNode) if (n === this) return true;
    return false;
  }
}

class TreeElement extends TreeParent {
  readonly nodeType = 1;
  previousElementSibling: TreeElement | null = null;
  nextElementSibling: TreeElement | null = null;
  constructor(
    readonly localName: string,
    private readonly attributes: Attributes,
  ) {
    super();
  }
  get tagName(): string {
    return this.localName.toUpperCase();
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
  readonly nodeType = 9;
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

/** The node after `n` in document order within `root`, without recursion (a page can nest deeper than the stack). */
function following(n: TreeNode, root: TreeParent): TreeNode | null {
  if (n.nodeType !== 3) {
    const first = (n as TreeParent).firstChild;
    if (first) return first;
  }
  for (let up: TreeNode | null = n; up && up !== root; up = up.parentNode) if (up.nextSibling) return up.nextSibling;
  return null;
}

/** Every node under `root` in document order. */
function walk(root: TreeParent, visit: (n: TreeNode) => void): void {
  for (let n = root.firstChild; n; n = following(n, root)) visit(n);
}

/** An element's text, as textContent reads it; a cell of one text node (most) gives that node's own string. */
function treeText(el: TreeParent): string {
  let text: string | undefined;
  let parts = 0;
  for (let n = el.firstChild; n; n = following(n, el)) {
    if (n.nodeType === 3) text = parts++ ? text + (n as TreeText).data : (n as TreeText).data;
  }
  return text ?? '';
}

/** A saved page as the CLI's tree; it stands in for the DOM's Document the page reading takes. */
export function parseTree(html: string): Document {
  const doc = new TreeDocument();
  let parent: TreeParent = doc;
  // htmlparser2's defaults are HTML's: tag and attribute names in lower case, entities decoded; a void element and
  // an element closed by another's tag get their closing call too, so every open is closed.
  const parser = new Parser({
    onopentag(name, attributes) {
      const el = new TreeElement(name, attributes);
      parent.append(el);
      parent = el;
    },
    onclosetag() {
      parent = parent.parentNode ?? doc;
    },
    ontext(text) {
      parent.append(new TreeText(text));
    },
  });
  parser.end(html);
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
  let text = '';
  let rows = 0;
  const cells: CellText[][] = [];
  let row: CellText[] | null = null;
  let rowEl: TreeElement | null = null;
  // The cell being read and its text so far.
  let cellEl: TreeElement | null = null;
  let cellText = '';
  let cellParts = 0;
  let n = table.firstChild;
  while (n) {
    const type = n.nodeType;
    if (type === 3) {
      const data = (n as TreeText).data;
      text += data;
      if (cellEl) cellText = cellParts++ ? cellText + data : data;
    } else {
      const el = n as TreeElement;
      const name = el.localName;
      if (name === 'table') return null;
      if (name === 'tr') {
        if (++rows > maxRows) return el.getElementsByTagName('table').length || hasTableAfter(el, table) ? null : openingText(tableEl);
        const parent = el.parentElement;
        // Rows (and so cells) are kept only when asked for.
        if (read && (parent === table || (parent?.parentElement === table && ROW_GROUPS.has(parent.localName)))) {
          rowEl = el;
          cells.push((row = []));
        }
      } else if ((name === 'td' || name === 'th') && !cellEl && rowEl && el.parentElement === rowEl) {
        cellEl = el;
        cellText = '';
        cellParts = 0;
      }
    }
    let next = type === 3 ? null : (n as TreeElement).firstChild;
    for (let up: TreeNode | null = n; !next && up && up !== table; up = up.parentNode) {
      // Leaving the cell: its text is complete.
      if (up === cellEl) row!.push({ el: cellEl as unknown as Element, text: cellText }), (cellEl = null);
      next = up.nextSibling;
    }
    n = next;
  }
  if (read) read.cells = cells;
  return text;
}

/** Whether a table follows `from` (after it, not inside it) within `table`. */
function hasTableAfter(from: TreeElement, table: TreeElement): boolean {
  for (let up: TreeNode | null = from; up && up !== table; up = up.parentNode) {
    for (let s = up.nextSibling; s; s = s.nextSibling) {
      if (s instanceof TreeElement && (s.localName === 'table' || s.getElementsByTagName('table').length)) return true;
    }
  }
  return false;
}

/** The CLI's shortcuts for the page reading: tables and texts read along the tree (DomShortcuts). */
export const treeShortcuts: DomShortcuts = {
  tableText: treeTableText,
  text: (el) => (el instanceof TreeElement ? treeText(el) : (el.textContent ?? '')),
};
