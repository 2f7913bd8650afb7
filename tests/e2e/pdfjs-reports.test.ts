// Every report fixture printed to PDF by Chromium and shown in PDF.js (both generations, tests/support/pdfjs.ts), its
// text layers as the viewer draws them read by the same audit as the HTML page. Where the tables have every cell
// filled, the PDF gives every count of the HTML page and the same findings; where cells are left blank (a blank
// leaves nothing on a PDF's line to say which cell it is), no count is read into a wrong cell, and what cannot be
// read is left for a check by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { launch, serve, type Browser, type Served } from './harness';
import { readThrough, showInPdfJs, type PdfJs } from '../support/pdfjs';
import { auditHtml } from '../support/audit';

let srv: Served;
let b: Browser;

beforeAll(async () => {
  srv = await serve();
  b = await launch({ extension: false });
});
afterAll(async () => {
  await b?.close();
  srv?.server.close();
});

const FILLED = ['/reports/nankai-2024.html', '/reports/sanmenxia-2024.html', '/reports/fengquan-2024.html', '/reports/taiping-2023.html', '/real/pingtan-2019.html'];
const SOURCE: Record<string, string> = { '/reports/': 'tests/fixtures/reports/', '/real/': '../shared/reports/html/' };

/** The report's HTML page and the same report read from its PDF in PDF.js, both audited as the CLI reads a saved page. */
async function bothWays(path: string, pdfjs: PdfJs) {
  const page = await showInPdfJs(b, srv, path, pdfjs);
  await readThrough(page);
  const shown = await page.evaluate(() => document.documentElement.outerHTML);
  await page.close();
  const root = Object.keys(SOURCE).find((r) => path.startsWith(r))!;
  return { html: auditHtml(readFileSync(SOURCE[root] + path.slice(root.length), 'utf8')), pdf: auditHtml(shown) };
}

const values = (o: unknown, at = '', out: Record<string, unknown> = {}): Record<string, unknown> => {
  for (const [k, v] of Object.entries(o as object)) {
    if (v !== null && typeof v === 'object') values(v, `${at}${k}.`, out);
    else out[`${at}${k}`] = v;
  }
  return out;
};
const notLines = (r: ReturnType<typeof auditHtml>) => r.export.findings.filter((f) => f.rule !== 'DOC-TABLE-MISSING');

describe.each(['5', '2'] as PdfJs[])('report fixtures printed to PDF and shown in PDF.js %s', (pdfjs) => {
  it.each(FILLED)('%s: every count and every finding as in the HTML page', async (path) => {
    const { html, pdf } = await bothWays(path, pdfjs);
    expect(pdf.isReport).toBe(true);
    expect(pdf.export.report).toEqual(html.export.report);
    expect(notLines(pdf)).toEqual(notLines(html));
    expect(pdf.export.findings.filter((f) => f.rule === 'DOC-TABLE-MISSING').map((f) => f.severity)).toEqual(['info', 'info', 'info']);
  });

  it('shuyang-fgj-2023, whose part 三 leaves five of its seven columns blank: no count in a wrong cell, part 三 left for a check by hand', async () => {
    const { html, pdf } = await bothWays('/real/shuyang-fgj-2023.html', pdfjs);
    const [fromHtml, fromPdf] = [values(html.export.report), values(pdf.export.report)];
    const read = Object.keys(fromPdf).filter((k) => fromPdf[k] !== null && !['agency', 'year', 'format'].includes(k));
    // Parts 二 and 四 are read whole, each count in its cell; of part 三, a line of two counts under seven columns, none.
    expect(read.filter((k) => k.startsWith('activeDisclosure.')).length).toBe(10);
    expect(read.filter((k) => k.startsWith('reviewLitigation.')).length).toBe(15);
    for (const k of read) expect(fromPdf[k], k).toBe(fromHtml[k]);
    expect(read.some((k) => k.startsWith('requests.'))).toBe(false);
    expect(pdf.export.findings.filter((f) => f.rule === 'DOC-TABLE-MISSING' && f.severity === 'review').map((f) => f.message.zh)).toEqual([
      '“三、收到和处理政府信息公开申请情况”的统计表以文字排版（不是表格），无法读取，请人工核对',
    ]);
    expect(pdf.export.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('nankai-2019, its tables nearly all blank and its title only in the page\'s <title>: not taken for a report from the PDF', async () => {
    const { html, pdf } = await bothWays('/reports/nankai-2019.html', pdfjs);
    expect(html.isReport).toBe(true);
    expect(pdf.isReport).toBe(false);
  });
});
