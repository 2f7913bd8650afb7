// Scaling: the audit on synthetic reports with 10× and 100× the rows, and on a page with many unrelated tables.
// Time per cell read should stay flat as the work grows. Ratios from one run. Run: npm run bench:scaling
// The work is measured without the cell budget (maxCells), which would otherwise stop the 100× report early; the
// last column says what the default budget does to each page.
// The page of many tables is read as a page is: the first 2,000 cells of small tables not the report's one by one,
// each further table as one block of its words (src/page/items.ts, TABLE_TEXT_CELLS). Its time per cell is lower
// than the report's for that reason: most of its cells are not items of their own.
import { auditDocument } from '../src/audit/audit';
import { cliReadOptions, parsePage } from '../src/cli/main';
import { baseSpec } from '../tests/fixtures/rules/cases';
import { buildReportHtml } from '../tests/support/report-html';

const base = buildReportHtml(baseSpec('2021'));

/** The part 三 table with its body rows repeated `k` times (rows a report might carry as sub-rows). */
function moreRows(k: number): string {
  return base.replace(/(<tr>(?:(?!<\/tr>).)*?重复申请(?:(?!<\/tr>).)*?<\/tr>)/s, (row) => row.repeat(k * 25));
}
function manyTables(n: number): string {
  const t = `<table border="1">${'<tr><td>单位</td><td>电话</td><td>地址</td><td>邮编</td><td>备注</td></tr>'.repeat(5)}</table>`;
  return base.replace('</body>', `${t.repeat(n)}</body>`);
}
const cellsOf = (html: string) => (html.match(/<td/g) ?? []).length;
function time(html: string): number {
  const doc = parsePage(html);
  // Read as the CLI reads a page, with no cell budget.
  const UNBOUNDED = { ...cliReadOptions(doc), maxCells: Infinity };
  // With the export, as the CLI produces it. Each page is warmed on its own: a page of many small tables runs code
  // the report alone barely does (a text item per cell), and three warm-up audits left it charged for compiling
  // that code (16 ms for the first 30 audits of the 100-table page, 5.6 ms once warm).
  const warmUntil = performance.now() + 500;
  for (let i = 0; i < 20 || performance.now() < warmUntil; i++) void auditDocument(doc, UNBOUNDED).export;
  // The mean of a batch of audits (at least 20, and 300 ms), the median of five batches: a minor collection falls
  // in one audit of every few on the big pages (10-20 ms each), and a median of single audits took it in or left it
  // out by chance (the 100× page read 7 ms in one run, 21 ms in the next, at stop 23). A batch's mean bills each
  // audit its share of the collections, as a CLI batch would be billed.
  const means: number[] = [];
  for (let b = 0; b < 5; b++) {
    const t0 = performance.now();
    let n = 0;
    while (n < 20 || performance.now() - t0 < 300) {
      void auditDocument(doc, UNBOUNDED).export;
      n++;
    }
    means.push((performance.now() - t0) / n);
  }
  return means.sort((a, b) => a - b)[2];
}

console.log('page                        cells   audit ms   µs per cell   vs 1×   default budget');
let unit = 0;
for (const [name, html] of [
  ['report 1×', base],
  ['report, 10× rows', moreRows(10)],
  ['report, 100× rows', moreRows(100)],
  ['report + 100 other tables', manyTables(100)],
  ['report + 1000 other tables', manyTables(1000)],
] as const) {
  const cells = cellsOf(html);
  const ms = time(html);
  const per = (ms * 1000) / cells;
  if (!unit) unit = per;
  const page = parsePage(html);
  const partial = auditDocument(page, cliReadOptions(page)).partial ? 'read in part (partial)' : 'read whole';
  console.log(`${name.padEnd(27)} ${String(cells).padStart(6)} ${ms.toFixed(2).padStart(9)} ${per.toFixed(2).padStart(12)} ${(per / unit).toFixed(2).padStart(8)}×   ${partial}`);
}
