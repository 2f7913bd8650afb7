import type { CellReading } from '../cells/parse';
import { isValueLike, parseCell } from '../cells/parse';
import type { GridCell } from '../grid/grid';
import { canonicalPath } from '../model/paths';
import type { Format } from '../model/schema';

/** One template cell as read from the page. */
export interface MappedCell extends CellReading {
  /** The page element it was read from (absent for cells the page does not have). */
  el?: Element;
}

/** What the mapping stage produced for the whole page. */
export interface Mapping {
  /**
   * Every template cell read, by path, in the order read. A record without a prototype, not a Map: the rules look
   * cells up a few thousand times per audit, and read this very object (no copy per audit).
   */
  cells: Record<string, MappedCell>;
  /** Whether the cells carry their page elements: not for a reader that marks no page (the CLI). */
  withElements: boolean;
  /** Row paths whose label was found in a table. */
  rows: Set<string>;
  /** Parts for which a table was found. */
  tables: Set<'activeDisclosure' | 'requests' | 'reviewLitigation'>;
  /** Column keys of part 二 and part 三 seen in headers (or inferred). */
  columns: Set<string>;
  /**
   * Evidence for the template version, per part: counts of 2021-only and 2019-only labels (part 二's columns, part 三's
   * （六） rows). Kept apart because some reports mix the two templates, one part each.
   */
  formatVotes: Record<'activeDisclosure' | 'requests', FormatVotes>;
  /**
   * Part 三 tables after the first that start over at "一、本年新收" (a page holding several reports, or a copy):
   * only the first report's rows are read.
   */
  moreReports: number;
  /**
   * Rows of part 二's and part 三's tables that carry counts under a label no template row has ("其他主动公开文件", a
   * "小计" row): not read, and DOC-ROWS says so. The label as the page prints it, trimmed.
   */
  extraRows: ExtraRow[];
  /**
   * Template rows of parts 二, 三 and 四 printed again in the same report with other numbers: the first printing is
   * read (checked, exported, marked), and DOC-ROWS names the cells that differ. A row printed again with the same
   * numbers is a harmless copy and not kept here.
   */
  repeatedRows: RepeatedRow[];
  /** Parts read from a table laid out as lines of text (see src/grid/text-lines.ts), the page having no table for them. */
  textTables: Set<'activeDisclosure' | 'requests' | 'reviewLitigation'>;
}

/**
 * A row under a label no template row has, with counts in it: its label as printed, and its cells by the column key
 * of the header above them (part 三's natural…total, part 二's newlyMade…, part 四's upheld…total), as read (exported, not checked).
 */
export interface ExtraRow {
  part: 'activeDisclosure' | 'requests' | 'reviewLitigation';
  label: string;
  cells: [column: string, reading: CellReading][];
}

/** A template row printed again: its row path, and each cell whose numbers differ (the first reading, then the other). */
export interface RepeatedRow {
  part: 'activeDisclosure' | 'requests' | 'reviewLitigation';
  row: string;
  differing: { path: string; first: string; again: string }[];
}

export type FormatVotes = { '2021': number; '2019': number };

/** The template a report for `year` should use: the 2019 one for 2020 and before, the 2021 one after. */
export function formatOfYear(year: number): Format {
  return year <= 2020 ? '2019' : '2021';
}

/** The template other than `format`. */
export function otherFormat(format: Format): Format {
  return format === '2021' ? '2019' : '2021';
}

/** The template a part's tables are printed in, by their labels; null when they show neither or both equally. */
export function printedFormat(votes: FormatVotes): Format | null {
  if (votes['2021'] === votes['2019']) return null;
  return votes['2021'] > votes['2019'] ? '2021' : '2019';
}

/** A label cell's text as the page prints it, without its spaces (Word's "行政  许可", &nbsp;): for messages. */
export function printedLabel(cell: GridCell): string {
  return cell.rawText.replace(/\s+/g, '');
}

export function emptyMapping(withElements = true): Mapping {
  return { cells: Object.create(null) as Record<string, MappedCell>, withElements, rows: new Set(), tables: new Set(), columns: new Set(), formatVotes: { activeDisclosure: { '2021': 0, '2019': 0 }, requests: { '2021': 0, '2019': 0 } }, moreReports: 0, extraRows: [], repeatedRows: [], textTables: new Set() };
}

/** Adds what `from` read (of parts `into` has not read: its cells are taken as they are) to `into`. */
export function mergeMapping(into: Mapping, from: Mapping): void {
  Object.assign(into.cells, from.cells);
  for (const r of from.rows) into.rows.add(r);
  for (const t of from.tables) into.tables.add(t);
  for (const c of from.columns) into.columns.add(c);
  for (const t of from.textTables) into.textTables.add(t);
  for (const part of ['activeDisclosure', 'requests'] as const) {
    into.formatVotes[part]['2019'] += from.formatVotes[part]['2019'];
    into.formatVotes[part]['2021'] += from.formatVotes[part]['2021'];
  }
  into.moreReports += from.moreReports;
  into.extraRows.push(...from.extraRows);
  into.repeatedRows.push(...from.repeatedRows);
}

function readCell(cell: GridCell | null, withElement: boolean): MappedCell {
  if (!cell) return { value: null, state: 'missing', raw: null };
  // Without its element, the cell is its reading as parsed: no second object.
  if (!withElement) return parseCell(cell.rawText);
  const { value, state, raw, unit } = parseCell(cell.rawText);
  // One object shape for every mapped cell (no property added afterwards): the rules read hundreds of them.
  return unit === undefined ? { value, state, raw, el: cell.el } : { value, state, raw, unit, el: cell.el };
}

const children = new Map<string, Map<string, string>>();

/** "requests.granted" + "natural": the same string every audit, so the maps keyed by paths find it fast. */
export function childPath(parent: string, key: string): string {
  let byKey = children.get(parent);
  if (!byKey) children.set(parent, (byKey = new Map()));
  let path = byKey.get(key);
  if (path === undefined) byKey.set(key, (path = canonicalPath(`${parent}.${key}`)));
  return path;
}

/** Keeps a row no template row names (`cells`: its cells by column key) for DOC-ROWS and the export. */
export function putExtraRow(mapping: Mapping, part: ExtraRow['part'], label: string, cells: [string, GridCell | null][]): void {
  // Read as a cell of the CLI's reading is (no element kept): the export alone reads them.
  mapping.extraRows.push({ part, label, cells: cells.map(([column, cell]) => [column, readCell(cell, false)]) });
}

/** Reads a grid cell into a path once: the first reading of a path wins (a duplicated row does not overwrite). */
export function put(mapping: Mapping, path: string, cell: GridCell | null): void {
  if (mapping.cells[path] === undefined) mapping.cells[path] = readCell(cell, mapping.withElements);
}

/**
 * A template row met again (`cells`: its cell paths and the page's cells, as `put` would take them): kept in
 * `repeatedRows` when a count in it differs from the first printing's. A cell the second printing lacks, or holds no
 * count in, is no difference: a row repeated as a label alone, or cut short, says nothing against the first.
 */
export function compareRepeat(mapping: Mapping, part: RepeatedRow['part'], row: string, cells: [string, GridCell | null][]): void {
  const differing: RepeatedRow['differing'] = [];
  for (const [path, cell] of cells) {
    const first = mapping.cells[path];
    if (!cell || !first) continue;
    const again = parseCell(cell.rawText);
    if (again.state !== 'number' || first.state !== 'number' || again.value === first.value) continue;
    differing.push({ path, first: first.raw ?? '', again: again.raw ?? '' });
  }
  if (differing.length) mapping.repeatedRows.push({ part, row, differing });
}

/** Where a row's trailing run of number-like cells (its values) starts: an index into its cells. */
export function valueStart(cells: GridCell[]): number {
  let i = cells.length;
  while (i > 0 && isValueLike(cells[i - 1].rawText)) i--;
  return i;
}
