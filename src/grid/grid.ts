// A <table> becomes a rectangular grid with rowspan/colspan resolved. Every position points at the cell it
// came from, so a finding can mark the element in the page.
import { compact } from '../text/normalize';

export interface GridCell {
  el: Element;
  /** Normalised text with all whitespace removed: what labels and numbers are matched on. */
  text: string;
  /** textContent as printed. */
  rawText: string;
  row: number;
  col: number;
  rowspan: number;
  colspan: number;
}

export interface Grid {
  table: Element;
  rowCount: number;
  colCount: number;
  /** rows[r][c]: the cell covering that position, or null where the table has a hole. */
  rows: (GridCell | null)[][];
  /** True when the table was longer than the cell budget and its later rows were not read. */
  truncated: boolean;
  /** Cells read. */
  cellCount: number;
  /** Memo of rowCells(): every stage asks for the same rows. */
  distinct?: GridCell[][];
  /** Memo of rowLine(). */
  lines?: string[];
}

// Word exports sometimes carry absurd spans; a span never reaches past the table, nor past this.
const MAX_SPAN = 1000;

/** The elements of a table that group its rows: a table's own rows are its tr children and theirs. */
export const ROW_GROUPS: ReadonlySet<string> = new Set(['tbody', 'thead', 'tfoot']);

/** The table's own rows, not those of tables nested in its cells; the first `max` of them. */
export function ownRows(table: Element, max = Infinity): Element[] {
  const rows: Element[] = [];
  for (let child = table.firstElementChild; child && rows.length < max; child = child.nextElementSibling) {
    const tag = child.localName;
    if (tag === 'tr') rows.push(child);
    else if (ROW_GROUPS.has(tag)) {
      for (let tr = child.firstElementChild; tr && rows.length < max; tr = tr.nextElementSibling) if (tr.localName === 'tr') rows.push(tr);
    }
  }
  return rows;
}

/**
 * Whether the DOM gives tables the HTML table API (rows, cells' rowSpan…), as browsers do. The CLI's page tree
 * does not (src/cli/tree.ts): there spans come from the attributes, and counts from walking (src/page/items.ts). Asked once per
 * table: a property missing from a long chain of prototypes is slow to look for on every cell.
 */
export function hasTableApi(table: Element): boolean {
  return 'rows' in table;
}

/**
 * A cell's span. Browsers parse the attribute natively (rowSpan/colSpan: one call, and the same answer, capped
 * below); without the table API the attribute is read, which most cells do not carry.
 */
function span(el: Element, name: 'rowspan' | 'colspan', native: boolean): number {
  let n: number;
  if (native) n = (el as HTMLTableCellElement)[name === 'rowspan' ? 'rowSpan' : 'colSpan'];
  else {
    const attr = el.getAttribute(name);
    if (attr === null) return 1;
    n = parseInt(attr, 10);
  }
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : name === 'rowspan' && n === 0 ? MAX_SPAN : 1;
}

// A row hidden by its markup (the hidden attribute, an inline display: none or visibility: hidden), as a CMS leaves a
// template's row or an old copy of one: read, a duplicate row with other numbers made false errors and a second
// report. Rows only: a look at every cell's style would cost the CLI more than the rare hidden cell is worth.
export const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/** Whether an element's own markup hides it: the hidden attribute, an inline display: none or visibility: hidden. */
export const hiddenByOwnMarkup = (el: Element) => el.hasAttribute('hidden') || HIDING_STYLE.test(el.getAttribute('style') ?? '');

/** A table cell and its text, as a DOM's faster reading gives them (see DomShortcuts in src/page/items.ts). */
export interface CellText {
  el: Element;
  text: string;
}

// "其它" is how many reports write the template's "其他" ("3、其它", "其它结果"): one spelling for the labels' patterns.
export const labelText = (rawText: string) => {
  const text = compact(rawText);
  return text.includes('其它') ? text.replace(/其它/g, '其他') : text;
};

/**
 * `textOf` reads a cell's text (textContent, or a DOM's faster way: see DomShortcuts in src/page/items.ts).
 * `cellsRead`: the table's own cells row by row with their texts, where the page reading already has them (the
 * CLI's, read in the same walk as the table's text); else rows and cells are found through the DOM's interface.
 * `maxCells` bounds the work on a pathological table (a whole register pasted into the report's table): reading
 * stops at the end of the row where it is reached, and the grid says it is truncated. A cell counts once per
 * position it covers.
 */
export function buildGrid(
  table: Element,
  maxCells = Infinity,
  textOf: (el: Element) => string = (el) => el.textContent ?? '',
  cellsRead?: readonly (readonly CellText[])[],
  more?: readonly Element[],
): Grid {
  // The table's rows, and those of its further pieces (a header cut at a page break, see PageItem).
  const trs = cellsRead ? null : more ? [table, ...more].flatMap((t) => ownRows(t)) : ownRows(table);
  let rowCount = cellsRead ? cellsRead.length : trs!.length;
  const rows: (GridCell | null)[][] = [];
  for (let r = 0; r < rowCount; r++) rows.push([]);
  let colCount = 0;
  let cellCount = 0;
  let truncated = false;
  const native = hasTableApi(table);
  for (let r = 0; r < rowCount; r++) {
    // Positions count too: spans of 1000 columns must not make a grid of millions of holes.
    if (cellCount >= maxCells || r * colCount >= maxCells * 4) {
      truncated = true;
      rowCount = r;
      rows.length = r;
      break;
    }
    const line = rows[r];
    let c = 0;
    // The row's cells from either source: the cells read (k counts them), or the row's td and th children.
    const read = cellsRead?.[r];
    const tr = read ? read[0]?.el.parentElement : trs![r];
    // A row the markup hides is none of the reader's: its cells take no place (a span from above still covers it).
    if (tr && hiddenByOwnMarkup(tr)) continue;
    let k = 0;
    let next = read ? null : trs![r].firstElementChild;
    for (;;) {
      let el: Element;
      let rawText: string;
      if (read) {
        if (k === read.length) break;
        ({ el, text: rawText } = read[k++]);
      } else {
        while (next && next.localName !== 'td' && next.localName !== 'th') next = next.nextElementSibling;
        if (!next) break;
        el = next;
        rawText = textOf(el);
        next = next.nextElementSibling;
      }
      while (line[c]) c++;
      const rowspan = Math.min(span(el, 'rowspan', native), rowCount - r);
      const colspan = span(el, 'colspan', native);
      const cell: GridCell = { el, text: labelText(rawText), rawText, row: r, col: c, rowspan, colspan };
      cellCount += rowspan * colspan;
      for (let dr = 0; dr < rowspan; dr++) {
        const target = rows[r + dr];
        for (let dc = 0; dc < colspan; dc++) if (!target[c + dc]) target[c + dc] = cell;
      }
      c += colspan;
      if (c > colCount) colCount = c;
    }
  }
  for (const line of rows) {
    if (line.length > colCount) colCount = line.length;
  }
  // Fill holes (rows with missing cells) with null so every row has colCount positions.
  for (const line of rows) for (let c = 0; c < colCount; c++) line[c] ??= null;
  return { table, rowCount, colCount, rows, truncated, cellCount };
}

/** The distinct cells of one grid row, left to right (a colspan cell appears once). */
export function rowCells(grid: Grid, r: number): GridCell[] {
  const memo = (grid.distinct ??= []);
  if (memo[r]) return memo[r];
  const out: GridCell[] = (memo[r] = []);
  let last: GridCell | null = null;
  for (const cell of grid.rows[r]) {
    if (cell && cell !== last && !out.includes(cell)) out.push(cell);
    last = cell;
  }
  return out;
}

/**
 * A row's texts as one string, a cell per line: a pattern is tested once per row instead of once per cell, `^`/`$`
 * (with the m flag) anchor to a cell, and `.` does not reach into the next cell. Cell texts hold no whitespace, so
 * no line break of their own.
 */
export function rowLine(grid: Grid, r: number): string {
  const memo = (grid.lines ??= []);
  return (memo[r] ??= rowCells(grid, r).map((c) => c.text).join('\n'));
}
