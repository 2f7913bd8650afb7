// Assigns the rows of the report tables to parts 二, 三 and 四 by their content, never by table position:
// one big table, one table per part, part 二 in four tables and part 三 broken in two all come out the same.
import type { Grid } from '../grid/grid';
import { rowLine } from '../grid/grid';

export type TableKey = 'activeDisclosure' | 'requests' | 'reviewLitigation';

/** A run of consecutive rows of one grid that belong to one part. */
export interface Segment {
  part: TableKey;
  grid: Grid;
  /** Row indices, in order. */
  rows: number[];
}

// Matched against rowLine(): `^`/`$` with the m flag anchor to a cell.
const START: [TableKey, RegExp][] = [
  // A header that names the applicants without "申请人情况" above them starts part 三 too (only it names them).
  // …or names them in one cell (a header laid out as a line of text, "项目 总计 自然人 商业企业…").
  ['requests', /申请人情况|勾稽关系|本年度?新收|上年度?结转|^(?:自然人|商业企业|科研机构|法律服务机构)$|自然人.{0,12}商业企业/m],
  // …and a header naming part 四's results alone starts part 四 (a matrix with the groups as rows).
  ['reviewLitigation', /行政复议|复议[后後]起诉|未经复议|结果维持|结果纠正|尚未审结/],
  ['activeDisclosure', /^第二十条|^信息内容$|本年制发件数|本年新制作数量|处理决定数量|本年收费金额/m],
];
const ARTICLE_20 = /^第二十条/m;
// Rows that can only be part 三: a table broken at a page break starts again with one of these.
const REQUEST_ROW = /不予处理|其他处理|重复申请|公开出版物|大量反[复覆]|逾期不补正|缴纳费用|\(七\)总计|结转下.{0,2}年度|无法提供|不掌握|不予公开/;

function startOf(row: string): TableKey | null {
  for (const [part, re] of START) if (re.test(row)) return part;
  return null;
}

export function segmentTables(grids: Grid[]): Segment[] {
  const segments: Segment[] = [];
  let current: TableKey | null = null;
  for (const grid of grids) {
    let seg: Segment | null = null;
    for (let r = 0; r < grid.rowCount; r++) {
      const row = rowLine(grid, r);
      let part = startOf(row);
      // 第二十条 captions and 信息内容 rows belong to part 二 only outside part 三's header block.
      if (part === 'activeDisclosure' && current === 'requests' && !ARTICLE_20.test(row)) part = null;
      if (!part && current !== 'requests' && REQUEST_ROW.test(row)) part = 'requests';
      if (part && part !== current) current = part;
      if (!current) continue;
      if (!seg || seg.part !== current) {
        seg = { part: current, grid, rows: [] };
        segments.push(seg);
      }
      seg.rows.push(r);
    }
  }
  return segments;
}
