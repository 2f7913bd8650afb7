// Part 四: one data row of fifteen numbers under three groups. Each column is named by all header texts above it
// (group, then result), so the layout's spans decide, not the position. Laid out vertically, each row is named by
// the labels to its left the same way; as a matrix, a group per row and a result per column.
import { isValueLike } from '../cells/parse';
import { rowCells, rowLine, type GridCell } from '../grid/grid';
import type { Segment } from '../locate/tables';
import { rowOf } from '../model/paths';
import { CASE_COLUMNS } from '../model/keys';
import { childPath, compareRepeat, printedLabel, put, putExtraRow, valueStart, type Mapping } from './types';

const GROUPS: [string, RegExp][] = [
  ['litigationAfterReview', /复议[后後]起诉/],
  ['litigationDirect', /未经复议|直接起诉/],
  ['review', /行政复议/],
];
const RESULTS: [string, RegExp][] = [
  ['upheld', /维持/],
  ['corrected', /纠正/],
  ['other', /其他/],
  ['pending', /尚未|未审结/],
  ['total', /总计|合计/],
];
const HEADER = /行政复议|行政诉讼|复议[后後]起诉|未经复议|维持|纠正|其他结果|尚未审结|总计/;

// Every audit of a page names its fifteen columns from the same header texts: their paths are kept. Bounded, so a
// page that keeps changing cannot grow it.
const columnMemo = new Map<string, string | null>();

/** The column named by the header texts above it, top to bottom (the group anywhere, the result at the bottom). */
function columnPath(texts: string[]): string | null {
  const key = texts.join('\n');
  let path = columnMemo.get(key);
  if (path === undefined) {
    const group = GROUPS.find(([, re]) => texts.some((t) => re.test(t)))?.[0];
    const bottom = [...texts].reverse().find((t) => t) ?? '';
    const result = RESULTS.find(([, re]) => re.test(bottom))?.[0];
    path = group && result ? childPath(childPath('reviewLitigation', group), result) : null;
    if (columnMemo.size >= 500) columnMemo.clear();
    columnMemo.set(key, path);
  }
  return path;
}

/** The results a header text names, in the order they stand. */
function resultsIn(text: string): string[] {
  return RESULTS.map(([result, re]) => ({ result, at: text.search(re) }))
    .filter((n) => n.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((n) => n.result);
}

/**
 * Part 四 laid out vertically: a count per row, named by the labels before it, left to right as a column's header
 * texts are top to bottom ("行政诉讼 | 未经复议直接起诉 | 结果维持 | 1").
 */
function mapTransposed({ grid, rows }: Segment, mapping: Mapping): void {
  const read: [string, GridCell][] = [];
  const extra = new Map<string, [string, GridCell][]>();
  for (const r of rows) {
    const cells = rowCells(grid, r);
    const value = cells[cells.length - 1];
    const labels = cells.slice(0, -1).filter((c) => c.text);
    if (!labels.length || !isValueLike(value.rawText) || labels.some((c) => isValueLike(c.rawText))) continue;
    const path = columnPath(labels.map((c) => c.text));
    if (path) read.push([path, value]);
    else addExtra(extra, labels, value);
  }
  // Read together, so that part 四 printed again (another table) is compared with the first printing, not read.
  readRows(mapping, read);
  putExtraRows(mapping, extra);
}

/**
 * A count under or beside labels that name a result but no group of the template ("合计 | 结果维持", "行政诉讼 |
 * 合计 | 结果维持"): added to its group's row, the labels before the result naming it as printed.
 */
function addExtra(extra: Map<string, [string, GridCell][]>, labels: GridCell[], cell: GridCell): void {
  const texts = labels.map((h) => h.text);
  if (labels.length < 2 || GROUPS.some(([, re]) => texts.some((t) => re.test(t)))) return;
  const result = RESULTS.find(([, re]) => re.test(texts[texts.length - 1]))?.[0];
  if (!result) return;
  const label = [...new Set(labels.slice(0, -1).map(printedLabel))].join('·');
  extra.set(label, [...(extra.get(label) ?? []), [result, cell]]);
}

function putExtraRows(mapping: Mapping, extra: Map<string, [string, GridCell][]>): void {
  for (const [label, cells] of extra) putExtraRow(mapping, 'reviewLitigation', label, cells);
}

/**
 * Part 四 as a matrix: a row per group (行政复议, 未经复议直接起诉, 复议后起诉) named by the labels before its counts, a
 * column per result named by the header row above. `carried`: the results a header in an earlier table named, left
 * to right, for rows in a table of their own (a table converted row by row): their counts are read in that order
 * when there are as many. Returns whether it read any count, and the results its last header named.
 */
function mapMatrix({ grid, rows }: Segment, mapping: Mapping, carried: string[] | null): { read: boolean; results: string[] | null } {
  let header: number | null = null;
  let results = carried;
  let read = false;
  for (const r of rows) {
    const cells = rowCells(grid, r);
    // The counts are the row's trailing run of number-like cells; what precedes them labels the row.
    const start = valueStart(cells);
    // A row without counts that names three results or more is the header of the columns below it: each name over
    // its column, or, run together in one cell (a header laid out as a line of text), over the counts in its order.
    if (start === cells.length) {
      const perCell = cells.map((c) => resultsIn(c.text));
      const named = perCell.flat();
      if (named.length >= 3) {
        results = named;
        header = perCell.every((n) => n.length <= 1) ? r : null;
      }
      continue;
    }
    if (start === 0) continue;
    const labels = cells.slice(0, start);
    const group = GROUPS.find(([, re]) => labels.some((c) => re.test(c.text)))?.[0];
    const counts = cells.slice(start);
    // As many counts as the header names results: read in its order (the same as by column where the two line up, and
    // right where they do not: a table whose spans were stripped leaves 行政诉讼's rows a cell to the right).
    const byOrder = counts.length === results?.length;
    if (header === null && !byOrder) continue;
    const byResult: [string, GridCell][] = [];
    counts.forEach((cell, k) => {
      const result = byOrder ? results![k] : RESULTS.find(([, re]) => re.test(grid.rows[header!][cell.col]?.text ?? ''))?.[0];
      if (result) byResult.push([result, cell]);
    });
    // A row of no group under the results ("合计", "行政诉讼小计"): kept as printed for DOC-ROWS and the export.
    if (!group) {
      const label = labels.map(printedLabel).filter(Boolean).join('·');
      if (byResult.length && label) putExtraRow(mapping, 'reviewLitigation', label, byResult);
      continue;
    }
    readRows(mapping, byResult.map(([result, cell]) => [childPath(childPath('reviewLitigation', group), result), cell]));
    read ||= byResult.length > 0;
  }
  return { read, results };
}

/** A row's counts, after at most two labels some agencies put before them ("件数", "数量"); null if it holds none. */
function countsOf(cells: GridCell[]): GridCell[] | null {
  let lead = 0;
  while (lead < 2 && lead < cells.length && !isValueLike(cells[lead].rawText)) lead++;
  const counts = cells.slice(lead);
  return counts.length >= 5 && counts.every((c) => isValueLike(c.rawText)) ? counts : null;
}

/** A row of counts, each named by the header rows above its column. */
function mapBand({ grid }: Segment, headerRows: number[], dataRow: number, values: GridCell[], mapping: Mapping): void {
  const found: { path: string; col: number }[] = [];
  for (let c = 0; c < grid.colCount; c++) {
    const path = columnPath(headerRows.map((r) => grid.rows[r][c]?.text ?? ''));
    if (path && !found.some((f) => f.path === path)) found.push({ path, col: c });
  }
  // A header that does not name all fifteen columns (none at all, a group's colspan miscounted, a header row
  // without its placeholder cells, spans stripped), or a row of counts pushed right of the header's columns by empty
  // cells before them (Word leaves one where a cell was split): fifteen values in the template's order are still
  // unambiguous, after the blank cells of an empty leading column.
  const lead = values.length - 15;
  const last = values[values.length - 1];
  const pushed = lead > 0 && found.length > 0 && last.col > Math.max(...found.map((f) => f.col));
  if ((found.length < 15 || pushed) && lead >= 0 && values.slice(0, lead).every((c) => c.text === '')) {
    found.length = 0;
    ['review', 'litigationDirect', 'litigationAfterReview'].forEach((g, gi) =>
      CASE_COLUMNS.forEach((k, ki) => found.push({ path: childPath(childPath('reviewLitigation', g), k), col: values[lead + gi * 5 + ki].col })),
    );
  }
  readRows(mapping, found.map(({ path, col }) => [path, grid.rows[dataRow][col]]));
  // Columns of a group the template does not have, a result at their foot ("行政诉讼 | 合计 | 结果维持"): kept as
  // printed, a row per group, for DOC-ROWS and the export. A column under a template group is none (addExtra), even
  // where the reading placed its count elsewhere (pushed right).
  const extra = new Map<string, [string, GridCell][]>();
  const seen = new Set(found.map((f) => grid.rows[dataRow][f.col]));
  for (let c = 0; c < grid.colCount; c++) {
    const cell = grid.rows[dataRow][c];
    if (!cell || seen.has(cell) || !isValueLike(cell.rawText)) continue;
    seen.add(cell);
    addExtra(extra, headerRows.map((r) => grid.rows[r][c]).filter((h): h is GridCell => !!h?.text), cell);
  }
  putExtraRows(mapping, extra);
}

/**
 * A band's or a matrix row's cells by path: each group's row read, or, where an earlier table or band read that group
 * already (part 四 printed twice), compared with that reading (DOC-ROWS warns of numbers that differ).
 */
function readRows(mapping: Mapping, cells: [string, GridCell | null][]): void {
  const byRow = new Map<string, [string, GridCell | null][]>();
  for (const pair of cells) {
    const row = rowOf(pair[0]);
    let list = byRow.get(row);
    if (!list) byRow.set(row, (list = []));
    list.push(pair);
  }
  for (const [row, rowRead] of byRow) {
    if (mapping.rows.has(row)) {
      compareRepeat(mapping, 'reviewLitigation', row, rowRead);
      continue;
    }
    mapping.rows.add(row);
    for (const [path, cell] of rowRead) put(mapping, path, cell);
  }
}

export function mapReviewLitigation(segments: Segment[], mapping: Mapping): void {
  let matrixResults: string[] | null = null;
  for (const seg of segments) {
    if (seg.part !== 'reviewLitigation') continue;
    mapping.tables.add('reviewLitigation');
    // Bands of header rows, each with a row of counts under it. The template has one; a page too narrow for fifteen
    // columns stacks the review's band (five) above the lawsuits' (ten) in one table.
    let headerRows: number[] = [];
    // Whether a row taken for a header holds counts: a matrix's row, so that a row of counts after it (a "合计" row
    // some agencies add) is no band under a header.
    let countedHeader = false;
    let bands = 0;
    for (const r of seg.rows) {
      // A row of all fifteen counts is no header, whatever its label says (a header printed a character a line, as
      // a PDF shows its narrow columns, leaves "总计" before the counts it stood over). A shorter one may be: a
      // matrix's rows are named by their group (行政复议 1 0 0 0 1).
      const values = countsOf(rowCells(seg.grid, r));
      if (values?.length !== 15 && HEADER.test(rowLine(seg.grid, r))) {
        headerRows.push(r);
        countedHeader ||= values !== null;
        continue;
      }
      // Without a header above it (the header left in a table of its own before a page break), a row of fifteen
      // counts is still unambiguous: it is read in the template's order.
      if (!values || ((!headerRows.length || countedHeader) && values.length !== 15)) continue;
      mapBand(seg, headerRows, r, values, mapping);
      bands++;
      headerRows = [];
      countedHeader = false;
    }
    if (bands) continue;
    const matrix = mapMatrix(seg, mapping, matrixResults);
    matrixResults = matrix.results;
    if (!matrix.read) mapTransposed(seg, mapping);
  }
}
