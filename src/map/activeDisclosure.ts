// Part 二: blocks introduced by a "第二十条第（N）项" caption, a "信息内容" header naming the columns, then data rows.
// Column keys come from the header labels, so the 2019 and 2021 tables are told apart by what they print.
import { isValueLike } from '../cells/parse';
import { rowCells, type Grid, type GridCell } from '../grid/grid';
import type { Segment } from '../locate/tables';
import { childPath, compareRepeat, printedLabel, put, putExtraRow, type Mapping } from './types';

const ROWS: [string, RegExp][] = [
  ['normativeDocuments', /规范性文件/],
  // At the label's start (perhaps after its number, "1.规章"; or "地方政府规章"): "规章" inside other words names no row.
  ['regulations', /^(?:\(?[0-9一二三四五六七八九十]{1,2}[).、]?)?(?:地方)?(?:政府|部门)?规章/],
  ['otherServices', /其他对外管理服务/],
  ['licensing', /行政许可/],
  ['penalty', /行政处罚/],
  ['coercion', /行政强制/],
  ['adminFees', /事业性?收费/],
  ['procurement', /集中采购|政府采购/],
];

const COLUMNS: [string, RegExp, '2021' | '2019' | null][] = [
  ['issued', /制发/, '2021'],
  ['repealed', /废止/, '2021'],
  ['inForce', /现行有效|有效件数/, '2021'],
  ['amountWanYuan', /收费金额/, '2021'],
  ['newlyMade', /新制作/, '2019'],
  ['newlyPublished', /新公开/, '2019'],
  ['publishedTotal', /公开总数/, '2019'],
  ['previousItems', /上一年项目/, '2019'],
  ['change', /增.?减/, '2019'],
  ['decisions', /处理决定/, null],
  ['projects', /采购项目/, '2019'],
  ['amount', /采购总?金额|总金额/, '2019'],
];

// 2021's rows of one count each. Editors often drop their blocks' "信息内容" header row: a lone count on such a row
// can only be its one column.
const ONE_COUNT: Record<string, string> = { licensing: 'decisions', penalty: 'decisions', coercion: 'decisions', adminFees: 'amountWanYuan' };

// Any of the column labels above: most rows are data rows, and their numbers are rejected by one test.
const ANY_COLUMN = new RegExp(COLUMNS.map(([, re]) => re.source).join('|'));

export function matchActiveRow(label: string): string | null {
  // The label's own words, before a note in brackets: a 2020 report's "其他主动公开文件（含…除规范性文件以外的主动公开
  // 文件）" is no row of normative documents. A bracket opening the label is its number ("（一）").
  const note = label.search(/[（(]/);
  const head = note > 0 ? label.slice(0, note) : label;
  for (const [key, re] of ROWS) if (re.test(head)) return key;
  return null;
}

/**
 * A row's cells under the header's columns: by place among the cells after its label (`byPlace`), else the cell
 * standing in each column. Each named by its cell path under `rowPath`, or by its column key without one.
 */
function underColumns(columns: { key: string; col: number; index: number }[], byPlace: boolean, rest: GridCell[], grid: Grid, r: number, labelCell: GridCell, rowPath: string | null): [string, GridCell | null][] {
  return columns.map(({ key, col, index }) => {
    const cell = byPlace ? rest[index] : grid.rows[r][col];
    return [rowPath === null ? key : childPath(rowPath, key), cell && cell !== labelCell ? cell : null];
  });
}

export function mapActiveDisclosure(segments: Segment[], mapping: Mapping): void {
  // Each column's grid column and its place among the header's cells after the label (`width` of them), and the grid
  // the header was read in. A block goes on past its table: Word cuts a table at a page break, and the rows after the
  // cut come in a table of their own, under the header of the one before.
  let columns: { key: string; col: number; index: number }[] = [];
  let width = 0;
  let headerGrid: Grid | null = null;
  for (const seg of segments) {
    if (seg.part !== 'activeDisclosure') continue;
    mapping.tables.add('activeDisclosure');
    const { grid } = seg;
    for (const r of seg.rows) {
      const cells = rowCells(grid, r);
      // The label is the first cell with text: some tables carry an empty leading column on every row.
      const first = cells.findIndex((c) => c.text !== '');
      if (first < 0) continue;
      const labelCell = cells[first];
      const label = labelCell.text;
      const rest = cells.slice(first + 1);
      if (/^第二十条/.test(label)) {
        columns = [];
        continue;
      }
      if (/^信息内容/.test(label) || (rest.length > 0 && rest.every((c) => ANY_COLUMN.test(c.text)))) {
        columns = [];
        width = rest.length;
        headerGrid = grid;
        for (let index = 0; index < rest.length; index++) {
          const c = rest[index];
          const hit = COLUMNS.find(([, re]) => re.test(c.text));
          if (!hit) continue;
          columns.push({ key: hit[0], col: c.col, index });
          mapping.columns.add(hit[0]);
          if (hit[2]) mapping.formatVotes.activeDisclosure[hit[2]] += 1;
        }
        // The whole header in its one cell (a table laid out as lines of text, whose names do not line up with the
        // counts): its names are the columns in the order they stand, read by place.
        if (!rest.length) {
          const named = COLUMNS.map(([key, re, format]) => ({ key, format, at: label.search(re) }))
            .filter((n) => n.at >= 0)
            .sort((a, b) => a.at - b.at);
          named.forEach(({ key, format }, index) => {
            columns.push({ key, col: -1, index });
            mapping.columns.add(key);
            if (format) mapping.formatVotes.activeDisclosure[format] += 1;
          });
          width = named.length;
          headerGrid = null;
        }
        continue;
      }
      const key = matchActiveRow(label);
      // A row pushed right by empty cells after its label (Word leaves one where a cell was split) ends in a count:
      // its last `width` cells are its counts.
      const extra = rest.length - width;
      const counts = width && extra > 0 && rest[rest.length - 1].text !== '' && rest.slice(0, extra).every((c) => c.text === '') ? rest.slice(extra) : rest;
      // Word often merges a row's cells otherwise than its header's ("本年增/减" over two columns, the row's first
      // count over the two before it): a row with as many cells as the header is read cell by cell, in order.
      const byPlace = counts.length === width;
      // Under the header of another table, a grid column is the same column only in a grid as wide.
      const byColumn = grid === headerGrid || grid.colCount === headerGrid?.colCount;
      if (!key) {
        // Its counts by the header's columns; under no header that lines up with it, by their order.
        if (counts.some((c) => c.text !== '' && isValueLike(c.rawText))) {
          const lined = columns.length && (byPlace || byColumn);
          putExtraRow(mapping, 'activeDisclosure', printedLabel(labelCell), lined ? underColumns(columns, byPlace, counts, grid, r, labelCell, null) : counts.map((c, i) => [String(i + 1), c]));
        }
        continue;
      }
      const oneCount = counts.length === 1 && columns.length !== 1 ? ONE_COUNT[key] : undefined;
      if (!oneCount && !(columns.length && (byPlace || byColumn))) continue;
      const rowPath = childPath('activeDisclosure', key);
      // The row's cells by path, as printed: read the first time, compared with that reading when printed again.
      const rowRead = oneCount ? [[childPath(rowPath, oneCount), counts[0]] as [string, GridCell | null]] : underColumns(columns, byPlace, counts, grid, r, labelCell, rowPath);
      if (mapping.rows.has(rowPath)) {
        compareRepeat(mapping, 'activeDisclosure', rowPath, rowRead);
        continue;
      }
      mapping.rows.add(rowPath);
      if (oneCount) mapping.columns.add(oneCount);
      for (const [path, cell] of rowRead) put(mapping, path, cell);
    }
  }
}
