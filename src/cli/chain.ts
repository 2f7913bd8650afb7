// linkedom, the CLI's DOM, keeps a document as one linked chain of nodes in document order: an element, its
// attributes, its descendants, then a node marking the element's end. Following the chain is a plain loop, where a
// walk through the DOM's interface (firstElementChild, nextElementSibling) searches sibling lists at every step. The
// chain's links are found on the nodes (linkedom does not export them) and checked against the DOM's interface before
// they are trusted; other DOMs have none and are read through the interface. Browsers never have one, so this stays
// out of the extension: the CLI hands it to the page reading (DomShortcuts).

import { ROW_GROUPS, type CellText } from '../grid/grid';
import { openingText, type DomShortcuts, type TableRead } from '../page/items';

type ChainNode = { nodeType: number; localName?: string; data?: string } & { [link: symbol]: ChainNode | undefined };

export interface Chain {
  next: symbol;
  end: symbol;
}

const chains = new WeakMap<Document, Chain | null>();

function findChain(el: Element): Chain | null {
  const links = Object.getOwnPropertySymbols(el);
  const next = links.find((s) => s.description === 'next');
  const end = links.find((s) => s.description === 'end');
  if (!next || !end) return null;
  const node = el as unknown as ChainNode;
  const last = node[end];
  // An element's links lead through its attributes to its first child or, when it has none, to its end.
  let first = node[next];
  while (first && first.nodeType === 2) first = first[next];
  return last && first === ((el.firstChild as unknown as ChainNode | null) ?? last) ? { next, end } : null;
}

/** The node chain of the element's document, when its DOM keeps one (linkedom); null otherwise. */
export function chainOf(el: Element): Chain | null {
  const doc = el.ownerDocument;
  let chain = chains.get(doc);
  if (chain === undefined) chains.set(doc, (chain = findChain(el)));
  return chain;
}

/**
 * Along the chain, a table's text (its text nodes', as textContent reads them) when it holds no table; null when it
 * does (a layout table). Of a table longer than `maxRows` rows that holds none, its opening rows' text, read as the
 * page reading reads it (openingText). Undefined when the DOM keeps no chain. Given `read`, a table read whole
 * gives there its own cells with their texts (those buildGrid reads: td and th children of its own rows, as
 * ownRows finds them), so that its grid needs no second walk (stop 23: a report
 * table was walked three times, for its text, through the interface, and along the chain for each cell).
 */
export function chainTableText(table: Element, maxRows: number, read?: TableRead): string | null | undefined {
  const chain = chainOf(table);
  if (!chain) return undefined;
  const { next, end } = chain;
  const node = table as unknown as ChainNode;
  const last = node[end];
  let text = '';
  let rows = 0;
  const cells: CellText[][] = [];
  let row: CellText[] | null = null;
  let rowEl: ChainNode | null = null;
  // The cell being read, where it ends, and its text so far (a cell of one text node keeps that node's string).
  let cellEl: ChainNode | null = null;
  let cellEnd: ChainNode | undefined;
  let cellText = '';
  let cellParts = 0;
  for (let n = node[next]; n && n !== last; n = n[next]) {
    if (n === cellEnd) {
      row!.push({ el: cellEl as unknown as Element, text: cellText });
      cellEl = null;
      cellEnd = undefined;
      continue;
    }
    const type = n.nodeType;
    if (type === 3 || type === 4) {
      const data = n.data!;
      text += data;
      if (cellEl) cellText = cellParts++ ? cellText + data : data;
    } else if (type === 1) {
      const name = n.localName;
      if (name === 'table') return null;
      if (name === 'tr') {
        if (++rows > maxRows) {
          for (let m: ChainNode | undefined = n; m && m !== last; m = m[next]) if (m.nodeType === 1 && m.localName === 'table') return null;
          return openingText(table);
        }
        const parent = (n as unknown as Node).parentNode;
        // Rows (and so cells) are kept only when asked for.
        if (read && (parent === table || (parent?.parentNode === table && ROW_GROUPS.has((parent as Element).localName)))) {
          rowEl = n;
          cells.push((row = []));
        }
      } else if ((name === 'td' || name === 'th') && !cellEl && rowEl && (n as unknown as Node).parentNode === (rowEl as unknown as Node)) {
        cellEl = n;
        cellEnd = n[end];
        cellText = '';
        cellParts = 0;
      }
    }
  }
  if (read) read.cells = cells;
  return text;
}

/**
 * An element's text, as textContent reads it, along the chain: a cell holding one text node (most do) gives that
 * node's string itself, where linkedom's textContent gathers an array and joins it.
 */
export function chainText(el: Element): string {
  const chain = chainOf(el);
  if (!chain) return el.textContent ?? '';
  const { next, end } = chain;
  const node = el as unknown as ChainNode;
  const last = node[end];
  let text: string | undefined;
  let parts = 0;
  for (let n = node[next]; n && n !== last; n = n[next]) {
    const type = n.nodeType;
    if (type === 3 || type === 4) text = parts++ ? text + n.data! : n.data;
  }
  return text ?? '';
}

/** The CLI's shortcuts for the page reading. */
export const chainShortcuts: DomShortcuts = { tableText: chainTableText, text: chainText };
