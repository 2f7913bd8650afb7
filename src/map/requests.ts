// Part 三: rows by their labels (the merged group labels come along through the resolved rowspans),
// columns by the header, or inferred for the second half of a table broken at a page break.
import { isValueLike } from '../cells/parse';
import type { Grid, GridCell } from '../grid/grid';
import { rowCells, rowLine } from '../grid/grid';
import type { Segment } from '../locate/tables';
import { REQUEST_COLUMNS } from '../model/keys';
import type { RequestColumn } from '../model/schema';
import { childPath, compareRepeat, printedLabel, put, putExtraRow, valueStart, type Mapping } from './types';

// Most specific first; "予以公开" last because "不予公开" rows are matched by their item.
const ROWS: [string, RegExp][] = [
  // "一、新收…" and "一、本年收到…" as some reports word the template's "一、本年新收…".
  ['newReceived', /新收|本年度?(?:收到|受理)/],
  ['carriedOver', /上年度?结转/],
  ['carriedForward', /结转(?:至|到)?下.{0,2}年/],
  ['outcomesTotal', /总计|合计/],
  ['partiallyGranted', /部分公开/],
  ['denied.stateSecret', /国家秘密/],
  ['denied.lawProhibited', /禁止公开/],
  ['denied.securityStability', /三安全一稳定|危及/],
  ['denied.thirdParty', /第三方/],
  ['denied.internalAffairs', /内部事务/],
  ['denied.processInformation', /过程性/],
  ['denied.enforcementFile', /执法案卷/],
  ['denied.administrativeQuery', /查询事项|行政查询/],
  ['unavailable.notHeld', /不掌握/],
  ['unavailable.needsCreation', /另行制作|现成信息/],
  ['unavailable.unclear', /不明确|补正[后後]申请/],
  ['notProcessed.complaint', /信访|举报投诉/],
  // "重复提出申请" as some reports word it.
  ['notProcessed.duplicate', /重复(?:提出)?申请/],
  ['notProcessed.publication', /出版物/],
  // "大量反复申请", and as some reports list it: "大量、反复申请".
  ['notProcessed.excessive', /大量[、,]?反[复覆]/],
  ['notProcessed.confirmation', /重新出具|确认或/],
  // Shortened as some reports print them: "逾期未补正", "逾期未缴费", "未缴纳信息处理费".
  ['otherHandling.noCorrection', /[不未]补正/],
  ['otherHandling.feeUnpaid', /缴纳|缴费|收费通知/],
  ['granted', /予以公开/],
];

const HEADER = /自然人|商业企业|科研机构|申请人情况|法律服务机构/;

const COLUMNS: [RequestColumn, RegExp][] = [
  ['commercial', /商业|^企业$/],
  ['research', /科研/],
  ['nonprofit', /公益|社会组织/],
  ['legal', /法律服务|律师/],
  // Some reports name natural persons as the Regulations' article 27 does, "公民", or "个人".
  ['natural', /自然人|^(?:公民|个人)$/],
  ['total', /总计|合计/],
  // Alone, or after its group's name in a header flattened to one row ("法人或其他组织-其他", "法人或其他组织（其他）").
  ['other', /(?:^|[-—:(])其他(?:组织)?\)?$/],
];

// The same labels come back in every audit of a page: their keys are kept (those that do not depend on the row
// before). Bounded, so a page that keeps changing cannot grow it.
const rowMemo = new Map<string, string | null>();

/** Matches a row's joined label ("三、本年度办理结果|(三)不予公开|1.属于国家秘密") to its key. */
export function matchRequestRow(label: string, previous: string | null): string | null {
  let key = rowMemo.get(label);
  if (key === undefined) {
    key = matchLabel(label);
    if (rowMemo.size >= 500) rowMemo.clear();
    rowMemo.set(label, key);
  }
  if (key !== OTHER) return key;
  return /其他处理|\(六\)/.test(label) || previous === 'otherHandling.feeUnpaid' ? 'otherHandling.other' : null;
}

// A bare "其他" row: which "其他" it is depends on the rows around it.
const OTHER = '\0other';

function matchLabel(label: string): string | null {
  const segs = label.split('|').filter(Boolean);
  const item = segs[segs.length - 1] ?? '';
  // The bare item is looked for in every label cell: a row that a miscounted rowspan shifted left comes with its
  // group label after it ("3.其他|（六）其他处理").
  // Numbered as the template does ("3.其他") or otherwise ("3、其他", "(3)其他").
  if (segs.some((s) => /^(?:\d[.、]?|\(\d\))?其他$/.test(s))) return OTHER;
  // …or after its group's name in one label cell ("（六）其他处理 3.其他").
  if (/其他处理(?:\d[.、]?|\(\d\))其他$/.test(item)) return OTHER;
  if (/其他处理$/.test(item)) return 'otherHandling.all';
  for (const [key, re] of ROWS) if (re.test(label)) return key;
  return null;
}

type ColumnMap = Map<RequestColumn, number>;

/**
 * A row's path and its cells' paths in REQUEST_COLUMNS order (childPath's strings), made once per row key: the row
 * looks its paths up once, where childPath's two lookups for each of part 三's two hundred cells had taken 0.8% of the
 * CLI's parse and audit (a CPU profile over the seven bodies).
 */
const rowPathsMemo = new Map<string, { row: string; cells: string[] }>();
function requestPaths(key: string): { row: string; cells: string[] } {
  let paths = rowPathsMemo.get(key);
  if (!paths) {
    const row = childPath('requests', key);
    rowPathsMemo.set(key, (paths = { row, cells: REQUEST_COLUMNS.map((col) => childPath(row, col)) }));
  }
  return paths;
}
const COLUMN_INDEX = new Map(REQUEST_COLUMNS.map((col, k) => [col, k]));

function headerColumns(grid: Grid, headerRows: number[]): ColumnMap {
  const map: ColumnMap = new Map();
  for (let c = 0; c < grid.colCount; c++) {
    // The bottom-most header text at this column names it ("法人或其他组织" above "商业企业"). A name Word broke
    // over two header rows ("科研" above "机构") is read whole: the cells above are joined on until the text names
    // a column, or a cell that spans several columns (a group such as 法人或其他组织) is reached.
    let text = '';
    let bottom: GridCell | null = null;
    let last: GridCell | null = null;
    for (let i = headerRows.length - 1; i >= 0; i--) {
      const cell = grid.rows[headerRows[i]][c];
      if (!cell || !cell.text || cell === last) continue;
      if (bottom && cell.colspan > 1) break;
      last = cell;
      bottom ??= cell;
      text = cell.text + text;
      const hit = COLUMNS.find(([, re]) => re.test(text));
      if (!hit) continue;
      if (!map.has(hit[0]) && bottom.col === c) map.set(hit[0], c);
      break;
    }
  }
  return map;
}

// The seven columns' names as one header cell holds them, all in a row (see namedInOneCell).
const NAMED_IN_ONE: [RequestColumn, RegExp][] = [
  ['natural', /自然人|公民|个人/],
  ['commercial', /企业/],
  ['research', /科研/],
  ['nonprofit', /公益|社会组织/],
  ['legal', /法律服务|律师/],
  ['total', /总计|合计/],
  ['other', /其他/],
];

/**
 * The seven columns named in one header cell, by where each name stands (a header laid out as a line of text, whose
 * names do not line up with the counts: "项目 总计 自然人 商业企业…"); null unless one cell names all seven. The
 * template's two header rows ("自然人 法人或其他组织 总计" over the five kinds) name them in no single cell.
 */
function namedInOneCell(grid: Grid, headerRows: number[]): ColumnMap | null {
  for (const r of headerRows) {
    for (const cell of rowCells(grid, r)) {
      const text = cell.text.replace(/法人或其他组织/g, '');
      const at = NAMED_IN_ONE.map(([col, re]) => [col, text.search(re)] as const);
      if (at.every(([, i]) => i >= 0)) return new Map(at);
    }
  }
  return null;
}

/**
 * Whether the header's columns line up with the rows': not when most rows hold a label where the header put its first
 * column. A table whose spans were stripped (a CMS that drops rowspan and colspan, a converter that never wrote them)
 * leaves "自然人 法人或其他组织 总计" over the rows' labels; its rows' counts still end every row, and are read as such.
 */
function linesUp(grid: Grid, rows: number[], map: ColumnMap): boolean {
  const first = Math.min(...map.values());
  let labels = 0;
  for (const r of rows) {
    const cell = grid.rows[r][first];
    if (cell && cell.col === first && cell.text !== '' && !isValueLike(cell.rawText)) labels++;
  }
  return labels * 2 <= rows.length;
}

/**
 * Without a header naming the columns: the value columns are the trailing run of number-like cells, in the order of
 * `before` when it has as many (the columns of the table part 三 continues, or those one header cell names), else the
 * template's.
 */
function inferColumns(grid: Grid, rows: number[], before: ColumnMap | null): ColumnMap | null {
  // Per start column: how many rows start their values there, and how far right those rows reach. A row pushed
  // out by a miscounted rowspan above it widens the grid, not the columns of the rows that agree.
  const starts = new Map<number, { rows: number; end: number }>();
  for (const r of rows) {
    const cells = rowCells(grid, r);
    const i = valueStart(cells);
    if (i === cells.length || i === 0) continue;
    const s = cells[i].col;
    const last = cells[cells.length - 1];
    const seen = starts.get(s) ?? { rows: 0, end: 0 };
    starts.set(s, { rows: seen.rows + 1, end: Math.max(seen.end, last.col + last.colspan) });
  }
  if (!starts.size) return null;
  const [first, { end }] = [...starts.entries()].sort((a, b) => b[1].rows - a[1].rows || a[0] - b[0])[0];
  const cols: number[] = [];
  for (let c = first; c < end; c++) cols.push(c);
  const blankEverywhere = (c: number) =>
    rows.every((r) => {
      const cell = grid.rows[r][c];
      return !cell || cell.text === '';
    });
  // An extra column from the page break carries nothing: drop empty edge columns until seven remain.
  while (cols.length > REQUEST_COLUMNS.length && blankEverywhere(cols[0])) cols.shift();
  while (cols.length > REQUEST_COLUMNS.length && blankEverywhere(cols[cols.length - 1])) cols.pop();
  // One count per row: the totals alone, as some small agencies print part 三. They are read as 总计, and
  // DOC-ROWS says which columns the table lacks.
  if (cols.length === 1) return new Map([['total', cols[0]]]);
  if (cols.length !== REQUEST_COLUMNS.length) return null;
  // A table whose header put 总计 first keeps that order after a page break.
  const order = before?.size === cols.length ? [...before.entries()].sort((a, b) => a[1] - b[1]).map(([k]) => k) : REQUEST_COLUMNS;
  return new Map(order.map((k, i) => [k, cols[i]]));
}

/**
 * How a data row lines up with the mapped columns. A rowspan that Word miscounted (or a table broken in two by
 * hand) shifts a row's cells left or right of the header's columns: a row whose values are exactly `width` cells,
 * starting elsewhere, is read by position (`shifted`: the index of its first value cell), its labels being what
 * precedes them. Most rows line up (a cell starts at the first value column with a value, and at least `width`
 * cells from it): only the others are read cell by cell to find where their values start. A row pushed right by
 * empty cells after its label (Word leaves one where a cell was split) ends past the header's last column
 * (`lastValue`) with a count: its last `width` cells are its counts, the empty ones before them none.
 */
function lineUp(cells: GridCell[], r: number, firstValue: number, lastValue: number, width: number): { labelCells: GridCell[]; shifted: number | null } {
  let aligned = cells.length - width;
  while (aligned >= 0 && cells[aligned].col > firstValue) aligned--;
  const lined = aligned >= 0 && cells[aligned].col === firstValue && isValueLike(cells[aligned].rawText);
  const last = cells[cells.length - 1];
  const pushed = lined && last.col > lastValue && last.text !== '' && pushedRight(cells, aligned, width);
  const start = pushed ? cells.length - width : lined ? -1 : valueStart(cells);
  const labelCells: GridCell[] = [];
  if (start > 0 && start < cells.length && cells[start].col !== firstValue && cells.length - start === width) {
    for (let i = 0; i < start; i++) if (cells[i].text) labelCells.push(cells[i]);
    // Pulled left, a row's own label can stand before the group label spanning down from above: groups first.
    labelCells.sort((a, b) => Number(a.row === r) - Number(b.row === r));
    return { labelCells, shifted: start };
  }
  for (const cell of cells) if (cell.col < firstValue && cell.text) labelCells.push(cell);
  return { labelCells, shifted: null };
}

/** Whether the cells from `from` are empty ones and then `width` counts. */
function pushedRight(cells: GridCell[], from: number, width: number): boolean {
  const counts = cells.length - width;
  if (counts <= from) return false;
  for (let i = from; i < counts; i++) if (cells[i].text !== '') return false;
  for (let i = counts; i < cells.length; i++) if (!isValueLike(cells[i].rawText)) return false;
  return true;
}

/**
 * A data row's cells under the mapped columns, each named by `names` (in REQUEST_COLUMNS order: the columns' keys, or
 * a row's cell paths): by position for a row out of line (`shifted`), else the cell standing in each column (none
 * where a label spans into it).
 */
function byColumn(grid: Grid, r: number, cells: GridCell[], shifted: number | null, inOrder: RequestColumn[], map: ColumnMap, firstValue: number, names: readonly string[]): [string, GridCell | null][] {
  const out: [string, GridCell | null][] = [];
  if (shifted !== null) inOrder.forEach((col, k) => out.push([names[COLUMN_INDEX.get(col)!], cells[shifted + k]]));
  else {
    for (let k = 0; k < REQUEST_COLUMNS.length; k++) {
      const c = map.get(REQUEST_COLUMNS[k]);
      if (c === undefined) continue;
      const cell = grid.rows[r][c];
      out.push([names[k], cell && cell.col >= firstValue ? cell : null]);
    }
  }
  return out;
}

export function mapRequests(segments: Segment[], mapping: Mapping): void {
  let lastMap: { colCount: number; map: ColumnMap } | null = null;
  let previous: string | null = null;
  // Whether a second 一、本年新收 was met: the rows after it are another report's.
  let restarted = false;
  for (const seg of segments) {
    if (seg.part !== 'requests') continue;
    mapping.tables.add('requests');
    const { grid } = seg;
    const headerRows = seg.rows.filter((r) => HEADER.test(rowLine(grid, r)));
    const dataRows = seg.rows.filter((r) => !headerRows.includes(r));
    let map: ColumnMap | null = headerRows.length ? headerColumns(grid, headerRows) : null;
    // A header naming 自然人 and 总计 is one even without the five kinds of 法人或其他组织 (some agencies merge them
    // into one column): the columns it names are read, and DOC-ROWS says which are missing.
    if (map && map.size < 3 && !(map.has('natural') && map.has('total'))) map = null;
    if (map && !linesUp(grid, dataRows, map)) map = null;
    if (!map && lastMap && lastMap.colCount === grid.colCount) map = lastMap.map;
    map ??= inferColumns(grid, dataRows, (headerRows.length && namedInOneCell(grid, headerRows)) || (lastMap?.map ?? null));
    if (!map) continue;
    lastMap = { colCount: grid.colCount, map };
    for (const k of map.keys()) mapping.columns.add(k);
    const firstValue = Math.min(...map.values());
    const lastValue = Math.max(...map.values());
    // The mapped columns left to right: a row out of line with them is read cell by cell in this order.
    const inOrder = [...map.entries()].sort((a, b) => a[1] - b[1]).map(([col]) => col);
    for (const r of dataRows) {
      const cells = rowCells(grid, r);
      const { labelCells, shifted } = lineUp(cells, r, firstValue, lastValue, inOrder.length);
      const key = matchRequestRow(labelCells.map((c) => c.text).join('|'), previous);
      if (!key) {
        // Counts under a label of no template row (a "小计" row): the last two label cells name it.
        if (labelCells.length && cells.some((c) => !labelCells.includes(c) && c.text !== '' && isValueLike(c.rawText))) {
          putExtraRow(mapping, 'requests', labelCells.slice(-2).map(printedLabel).join('·'), byColumn(grid, r, cells, shifted, inOrder, map, firstValue, REQUEST_COLUMNS));
        }
        continue;
      }
      previous = key;
      const paths = requestPaths(key);
      const rowPath = paths.row;
      const again = mapping.rows.has(rowPath);
      if (again && (key === 'newReceived' || restarted)) {
        // The table starts over: another report's part 三 (the reader is told only the first was checked), whose rows
        // are no repeats of this report's.
        if (key === 'newReceived') mapping.moreReports++;
        restarted = true;
        continue;
      }
      // The row's cells by path, as printed: read the first time, compared with that reading when printed again.
      const rowRead = byColumn(grid, r, cells, shifted, inOrder, map, firstValue, paths.cells);
      if (again) {
        compareRepeat(mapping, 'requests', rowPath, rowRead);
        continue;
      }
      mapping.rows.add(rowPath);
      if (key === 'otherHandling.all') mapping.formatVotes.requests['2019'] += 1;
      else if (key.startsWith('otherHandling.')) mapping.formatVotes.requests['2021'] += 1;
      for (const [path, cell] of rowRead) put(mapping, path, cell);
    }
  }
}
