// The real reports, reshaped the ways other sites publish the same thing (tests/support/reshape.ts): Word's markup in
// every cell, digits and labels broken by spaces, spans and <br>, full-width digits, a table cut in two at a page
// break, a layout table around the article. The reading must not depend on the shape: the same numbers, the same
// cell states, the same findings on the same cells, the same title, agency and year.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AuditResult } from '../src/audit/audit';
import { REPORT_SPECS } from './fixtures/reports/specs';
import { auditHtml, brief } from './support/audit';
import { RESHAPES, unmergedHeaderNames } from './support/reshape';
import { inCmsShell } from '../bench/page-shell';
import { parsePage } from '../src/cli/main';
import { mightHoldReport } from '../src/page/detect';

const PAGES = [
  ...Object.values(REPORT_SPECS).map(({ file }) => `tests/fixtures/reports/${file}`),
  '../shared/reports/html/shuyang-fgj-2023.html',
  '../shared/reports/html/pingtan-2019.html',
];

/** What a reader and the export get from a page, less the printed text of cells (a reshape may change it). */
function reading(res: AuditResult) {
  const { report, cells } = res.export;
  return {
    isReport: res.isReport,
    report,
    states: Object.fromEntries(Object.entries(cells).map(([path, c]) => [path, c.state])),
    findings: brief(res),
    title: res.export.source.title,
  };
}

// Each page as published, audited once: what every reshaped copy is compared with.
const originals = PAGES.map((path) => {
  const html = readFileSync(path, 'utf8');
  return { path, html, audited: auditHtml(html) };
});
const baseline = new Map(originals.map(({ path, audited }) => [path, reading(audited)]));

describe('the same report, reshaped as other sites publish it, reads the same', () => {
  for (const [name, reshape] of Object.entries(RESHAPES)) {
    it(name, () => {
      let changed = 0;
      for (const { path, html } of originals) {
        const reshaped = reshape(html);
        if (reshaped === html) continue;
        changed++;
        expect(reading(auditHtml(reshaped)), `${path}, ${name}`).toEqual(baseline.get(path));
        // The loader's first look, which decides whether the auditor comes at all, finds it too.
        expect(mightHoldReport(parsePage(reshaped)), `${path}, ${name}: the loader's look`).toBe(true);
      }
      // A reshape that touches no page would test nothing.
      expect(changed).toBeGreaterThan(0);
    });
  }

  it('every page is a report with its cells read, so the comparisons are not of empty results', () => {
    for (const [path, r] of baseline) {
      expect(r.isReport, path).toBe(true);
      expect(Object.values(r.states).filter((s) => s !== 'missing').length, path).toBeGreaterThan(40);
    }
  });
});

// A table Word cut at a page break, as a report pasted page by page or converted from a PDF gives it: the rows after
// the cut in a table of their own, without the label cells that spanned down into them from above the cut, and
// perhaps the page's number ("- 2 -") or the next piece's caption ("续表") between the two. Wherever the page ended, the
// reading is the same.
describe('a report table cut at a page break after any of its rows reads the same', () => {
  const LEAF_TABLE = /<table\b(?:(?!<table\b)[\s\S])*?<\/table>/gi;
  /** The page with its `n`-th leaf table cut into pieces at `cuts` (row indices), `between` the pieces. */
  function cut(html: string, n: number, cuts: number[], between: string): string {
    let k = 0;
    return html.replace(LEAF_TABLE, (t) => {
      if (k++ !== n) return t;
      const rows = t.match(/<tr\b[\s\S]*?<\/tr>/gi) ?? [];
      const open = /^<table\b[^>]*>/i.exec(t)![0];
      const bounds = [0, ...cuts.filter((c) => c > 0 && c < rows.length), rows.length];
      return bounds.slice(1).map((end, i) => `${open}<tbody>${rows.slice(bounds[i], end).join('')}</tbody></table>`).join(between);
    });
  }
  /**
   * The page reads as `path`'s original, read as the CLI reads it (along linkedom's chain) and as the extension
   * reads it (through the DOM's interface).
   */
  function readsAsOriginal(page: string, path: string, what: string) {
    expect(reading(auditHtml(page)), what).toEqual(baseline.get(path));
    expect(reading(auditHtml(page, { shortcuts: undefined })), `${what}, as the extension reads it`).toEqual(baseline.get(path));
  }
  /** Each leaf table that holds report rows (the template's words), with its rows. */
  const reportTables = (html: string) =>
    (html.match(LEAF_TABLE) ?? [])
      .map((t, n) => ({ n, rows: t.match(/<tr\b[\s\S]*?<\/tr>/gi) ?? [], t }))
      .filter(({ t }) => /第二十条|申请人情况|行政复议|不予公开/.test(t));

  it.each([
    ['nothing between', '<p>&nbsp;</p>'],
    ['the page number between', '<p align="center">- 2 -</p>'],
    ['the next piece captioned 续表', '<p><b>续表</b></p>'],
  ])('once, after each row in turn (%s)', (_, between) => {
    let cuts = 0;
    for (const { path, html } of originals) {
      for (const { n, rows } of reportTables(html)) {
        for (let r = 1; r < rows.length; r++) {
          cuts++;
          const page = cut(html, n, [r], between);
          readsAsOriginal(page, path, `${path}, table ${n} cut after row ${r}`);
        }
      }
    }
    // Every page's report tables, after each row, the header's too: 286 cuts.
    expect(cuts).toBeGreaterThan(250);
  });

  // Some sites convert a Word table row by row, each row a table of its own: every piece but the first continues the
  // one before, many with only a row name that no anchor has ("二、上年结转…", "（二）部分公开", "3.其他").
  it('with every row a table of its own', () => {
    let pages = 0;
    for (const { path, html } of originals) {
      let page = html;
      for (const { n, rows } of reportTables(html)) page = cut(page, n + (page.match(LEAF_TABLE)!.length - html.match(LEAF_TABLE)!.length), rows.map((_, r) => r), '');
      pages++;
      readsAsOriginal(page, path, `${path}, every row a table`);
      expect(mightHoldReport(parsePage(page)), `${path}, every row a table: the loader's look`).toBe(true);
    }
    expect(pages).toBe(PAGES.length);
  });

  // Where the corner over part 三's row labels does not span the header, Word gives each header row an empty cell of
  // its own there: a header row then opens with a blank, as a data row left blank never does (its name comes first).
  it('inside part 三\'s header, where each header row has an empty corner cell of its own', () => {
    let cuts = 0;
    for (const { path, html } of originals) {
      const corner = html.match(/<td\b(?=[^>]*rowspan="3")(?=[^>]*colspan="3")[^>]*>(?:(?!<\/td>)[\s\S])*勾稽关系(?:(?!<\/td>)[\s\S])*<\/td>/);
      if (!corner) continue;
      const table = reportTables(html).find(({ t }) => t.includes(corner[0]))!;
      let k = 0;
      const emptied = table.t
        .replace(corner[0], '<td colspan="3"><p>&nbsp;</p></td>')
        .replace(/<tr\b[^>]*>/g, (tr) => (++k === 2 || k === 3 ? `${tr}<td colspan="3"><p>&nbsp;</p></td>` : tr));
      const page = html.replace(table.t, emptied);
      expect(reading(auditHtml(page)), `${path}, the corner emptied`).toEqual(baseline.get(path));
      for (const r of [1, 2, 3, 4]) {
        for (const between of ['<p>&nbsp;</p>', '<p align="center">- 2 -</p>', '<p><b>续表</b></p>']) {
          cuts++;
          const pieces = cut(page, table.n, [r], between);
          readsAsOriginal(pieces, path, `${path}, cut after row ${r}`);
        }
      }
    }
    // Every page's corner carries the template's words, which the test empties.
    expect(cuts).toBe(originals.length * 4 * 3);
  });

  // A table rebuilt from a spreadsheet leaves a header name that spans columns in one cell and empty cells after it
  // ("法人或其他组织", "", "", "", ""): a header row cut there is no data row left blank (whose name is a row's).
  it('inside a header whose spanning names are unmerged, empty cells after them', () => {
    let cuts = 0;
    for (const { path, html } of originals) {
      const page = unmergedHeaderNames(html);
      expect(page, path).not.toBe(html);
      for (const { n, rows } of reportTables(page)) {
        const headerRows = rows.findIndex((row) => /\d/.test(row.replace(/<[^>]+>/g, '').replace(/第[一二三四五六七八九十（）()]+[项条]|二十/g, '')));
        for (let r = 1; r < headerRows; r++) {
          cuts++;
          const pieces = cut(page, n, [r], '<p align="center">- 2 -</p>');
          readsAsOriginal(pieces, path, `${path}, table ${n} cut after row ${r}`);
        }
      }
    }
    // After each header row of every page's report tables (parts 二, 三 and 四, in one table or several): 40 cuts.
    expect(cuts).toBeGreaterThanOrEqual(40);
  });

  // A report converted from a PDF page by page prints the header again at each page's top (Word's 重复标题行).
  it('after each row under part 三\'s header, the header repeated over the next piece', () => {
    let cuts = 0;
    for (const { path, html } of originals) {
      const text = (row: string) => row.replace(/<[^>]+>/g, '').replace(/\s|&nbsp;/g, '');
      // Part 三's rows, in a table of their own or in one table with the other parts (fengquan).
      const table = reportTables(html).find(({ rows }) => rows.some((row) => text(row).includes('申请人情况')))!;
      const first = table.rows.findIndex((row) => text(row).includes('申请人情况'));
      // To part 三's last row: the table's, or the one before part 四's header.
      const review = table.rows.findIndex((row, i) => i > first && text(row).includes('行政复议'));
      const last = (review < 0 ? table.rows.length : review) - 1;
      const header = table.rows.slice(first, first + 3);
      expect(text(header.join('')), path).toMatch(/商业企业/);
      expect(last, path).toBeGreaterThan(first + 15);
      const open = /^<table\b[^>]*>/i.exec(table.t)![0];
      for (let r = first + 4; r <= last; r++) {
        cuts++;
        const pieces = `${open}<tbody>${table.rows.slice(0, r).join('')}</tbody></table><p align="center">- 2 -</p>${open}<tbody>${header.join('')}${table.rows.slice(r).join('')}</tbody></table>`;
        const page = html.replace(table.t, pieces);
        readsAsOriginal(page, path, `${path}, cut after row ${r}`);
      }
    }
    expect(cuts).toBeGreaterThan(140);
  });

  it('every four rows, as pages of a table pasted page by page, the page number between', () => {
    for (const { path, html } of originals) {
      let page = html;
      // From the last table back, so that each table keeps its place among the leaf tables while the others are cut.
      for (const { n, rows } of reportTables(html).reverse()) {
        page = cut(page, n, Array.from({ length: Math.ceil(rows.length / 4) }, (_, i) => 4 * (i + 1)), '<p align="center">- 2 -</p>');
      }
      expect(page).not.toBe(html);
      readsAsOriginal(page, path, path);
    }
  });
});

describe('the same report inside a typical CMS page (the one bench:cli uses)', () => {
  // Sixty menu links, a list of 120 dated links (the dates outside the links), a breadcrumb, a footer and a page title
  // that names the column, not the report ("政府信息公开年度报告_示例市人民政府"). The article's own title then stands
  // far from the page's first blocks, just before the report's first part heading.
  // nankai-2019 prints its title only in the page's <title>, which the shell replaces: it is left out.
  const titledInBody = originals.filter(({ path }) => !path.includes('nankai-2019'));

  it('finds the title, agency and year in the article, and reads the same numbers and findings', () => {
    const seen = (res: AuditResult) => ({ title: res.export.source.title, report: res.export.report, findings: brief(res) });
    titledInBody.forEach(({ path, html, audited }, i) => {
      const after = auditHtml(inCmsShell(html, i));
      expect(seen(after), path).toEqual(seen(audited));
      expect(after.export.report.year, path).not.toBeNull();
    });
  });

  it("exports the report's text without the site's footer after it (主办…, 网站标识码…, ICP备…)", () => {
    originals.forEach(({ path, html, audited }, i) => {
      const after = auditHtml(inCmsShell(html, i)).export.text;
      expect(after, path).toEqual(audited.export.text);
      expect(JSON.stringify(after), path).not.toMatch(/网站标识码|ICP备|示例市大数据中心/);
    });
  });
});
