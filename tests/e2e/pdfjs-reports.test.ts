// Every report fixture printed to PDF by Chromium and shown in PDF.js (both generations, tests/support/pdfjs.ts), its
// text layers as the viewer draws them read by the same audit as the HTML page: the PDF gives every count of the HTML
// page and the same findings, blank cells among them.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, Served } from './harness';
import { browserSuite } from './browser-suite';
import { readThrough, showInPdfJs, type PdfJs } from '../support/pdfjs';
import { auditHtml } from '../support/audit';

let srv: Served;
let b: Browser;

browserSuite({ extension: false }, (s, br) => {
  [srv, b] = [s, br];
});

// shuyang-fgj-2023 leaves five of part 三's seven columns blank in every row: the columns are told by where the
// counts and the header's pieces stand, so its blanks read as blank cells, as on the HTML page.
const REPORTS = ['/reports/nankai-2024.html', '/reports/sanmenxia-2024.html', '/reports/fengquan-2024.html', '/reports/taiping-2023.html', '/real/pingtan-2019.html', '/real/shuyang-fgj-2023.html'];
const SOURCE: Record<string, string> = { '/reports/': 'tests/fixtures/reports/', '/real/': '../shared/reports/html/' };

/** The report's HTML page and the same report read from its PDF in PDF.js, both audited as the CLI reads a saved page. */
async function bothWays(path: string, pdfjs: PdfJs, tagged = false, edit?: [string, string]) {
  const page = await showInPdfJs(b, srv, path, { pdfjs, tagged, edit });
  await readThrough(page);
  const shown = await page.evaluate(() => document.documentElement.outerHTML);
  await page.close();
  const root = Object.keys(SOURCE).find((r) => path.startsWith(r))!;
  return { html: auditHtml(readFileSync(SOURCE[root] + path.slice(root.length), 'utf8')), pdf: auditHtml(shown) };
}

const notLines = (r: ReturnType<typeof auditHtml>) => r.export.findings.filter((f) => f.rule !== 'DOC-TABLE-MISSING');

// A tagged PDF too: PDF.js 5 wraps its pieces in spans of marked content and places them in calc() points.
describe.each([
  ['5', false],
  ['2', false],
  ['5', true],
] as [PdfJs, boolean][])('report fixtures printed to PDF and shown in PDF.js %s (a tagged PDF: %s)', (pdfjs, tagged) => {
  it.each(REPORTS)('%s: every count and every finding as in the HTML page', async (path) => {
    const { html, pdf } = await bothWays(path, pdfjs, tagged);
    expect(pdf.isReport).toBe(true);
    expect(pdf.export.report).toEqual(html.export.report);
    expect(notLines(pdf)).toEqual(notLines(html));
    expect(pdf.export.findings.filter((f) => f.rule === 'DOC-TABLE-MISSING').map((f) => f.severity)).toEqual(['info', 'info', 'info']);
  });

  it('nankai-2019, its tables nearly all blank: each left for a check by hand, no count read into a wrong cell', async () => {
    // Its title stands only in the web page's <title>: printed over the breadcrumb, as the PDF of a report has it.
    const { html, pdf } = await bothWays('/reports/nankai-2019.html', pdfjs, tagged, ['首页 > 政府信息公开 > 年度报告', '南开区文化和旅游局2019年政府信息公开工作年度报告']);
    expect(pdf.isReport).toBe(true);
    expect(pdf.title).toBe(html.title);
    // Rows of blank cells leave lines of labels alone: too few rows of counts to read a table by (half the template's).
    expect(pdf.export.findings.filter((f) => f.rule === 'DOC-TABLE-MISSING').map((f) => f.severity)).toEqual(['review', 'review', 'review']);
    expect(pdf.export.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const read = (r: typeof pdf) => JSON.stringify([r.export.report.activeDisclosure, r.export.report.requests, r.export.report.reviewLitigation]);
    expect(read(pdf)).not.toMatch(/\d/);
  });
});
