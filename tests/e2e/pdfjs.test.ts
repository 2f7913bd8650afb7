// A report published as a PDF and shown in the site's own PDF.js viewer, in real Chromium with the built extension:
// the report's fixture page printed to PDF by Chromium, shown by PDF.js (tests/support/pdfjs.ts), which draws each
// page's text as spans when the page is shown. The extension finds the report once part 三's page is drawn, marks the
// wrong counts in their own spans, and marks them again when PDF.js draws the pages anew (a reader zooming).
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { tabIdOf, type Browser, type Served } from './harness';
import { browserSuite } from './browser-suite';
import { readThrough, showInPdfJs, viewerOf, type PdfJs } from '../support/pdfjs';

let srv: Served;
let b: Browser;

browserSuite({}, (s, br) => {
  [srv, b] = [s, br];
});

const marked = (page: Page | Frame) =>
  page.evaluate(() => [...document.querySelectorAll('[data-disclosure-lens="error"]')].map((el) => `${el.localName}:${el.textContent}`).sort());

/** Rests the pointer on the first or last count marked as an error that reads `text`; gives the explanation shown. */
async function explained(page: Page, text: RegExp, which: 'first' | 'last'): Promise<string | null> {
  const count = page.locator('[data-disclosure-lens="error"]').filter({ hasText: text })[which]();
  await count.scrollIntoViewIfNeeded();
  await count.hover();
  const pop = page.locator('disclosure-lens-ui').locator('#disclosure-lens-popover');
  await expect.poll(() => pop.isVisible()).toBe(true);
  return pop.textContent();
}

// T3-OUTCOMES-SUM and T3-BALANCE in the natural-persons and total columns: 一、二、（七）and 四's counts of each.
const EIGHT_COUNTS = ['span:0', 'span:0', 'span:0', 'span:0', 'span:0', 'span:0', 'span:4', 'span:4'];

// PDF.js 5, and 2.6 (2020), which many sites still embed: pieces in pixels, nothing between them (see src/page/pdf-layer.ts).
describe.each(['5', '2'] as PdfJs[])('a report in a PDF shown by the site\'s PDF.js viewer (PDF.js %s)', (pdfjs) => {
  it('is found and checked without being asked once its tables are drawn, each wrong count marked in its own span', async () => {
    const page = await showInPdfJs(b, srv, '/reports/sanmenxia-2024.html', { pdfjs });
    expect(await page.title()).toBe('PDF.js viewer');
    await readThrough(page);
    await page.waitForSelector('disclosure-lens-ui', { state: 'attached', timeout: 15_000 });
    await expect.poll(() => marked(page), { timeout: 10_000 }).toEqual(EIGHT_COUNTS);
    // The explanation where the reader points: a wrong 0 (上年结转's, the first marked).
    expect(await explained(page, /^0$/, 'first')).toContain('应为 4');
    if (pdfjs === '5') await page.screenshot({ path: 'docs/screenshots/pdf-viewer.png' });

    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${await tabIdOf(b, page.url())}`);
    expect(await popup.locator('[data-count="error"] strong').textContent()).toBe('4');
    await popup.getByText('已按文字逐行读取', { exact: false }).first().waitFor();
    await Promise.all([popup.close(), page.close()]);
  });

  it('highlights the words of a claim the PDF ended a line in the middle of, and marks the count it disagrees with', async () => {
    const page = await showInPdfJs(b, srv, '/reports/sanmenxia-2024.html', { pdfjs, edit: ['收到依申请公开4件', '收到依申请公开5件'] });
    await readThrough(page);
    await page.waitForSelector('disclosure-lens-ui', { state: 'attached', timeout: 15_000 });
    await expect.poll(() => marked(page), { timeout: 10_000 }).toEqual(EIGHT_COUNTS);
    // The claim's words, over the line's end: highlighted once the page is idle.
    const highlighted = () => page.evaluate(() => [...(CSS.highlights.get('disclosure-lens-warning') ?? [])].map((r) => r.toString().replace(/\s/g, '')));
    await expect.poll(highlighted, { timeout: 10_000 }).toEqual(['收到依申请公开5件']);
    // 一、本年新收·总计, the 4 the text says is 5 (an error too: T3-BALANCE), explains both.
    expect(await explained(page, /^4$/, 'last')).toContain('正文称收到申请 5 件');
    await page.close();
  });

  it('is found in the site\'s viewer framed in an article page, the popup showing the report', async () => {
    const page = await showInPdfJs(b, srv, '/reports/sanmenxia-2024.html', { pdfjs, framed: true });
    const viewer = viewerOf(page);
    expect(viewer).not.toBe(page.mainFrame());
    await readThrough(page);
    await expect.poll(() => marked(viewer), { timeout: 15_000 }).toEqual(EIGHT_COUNTS);
    // The article around the frame is left as it was.
    expect(await page.evaluate(() => document.querySelectorAll('[data-disclosure-lens]').length)).toBe(0);
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${await tabIdOf(b, page.url())}`);
    expect(await popup.locator('[data-count="error"] strong').textContent()).toBe('4');
    await Promise.all([popup.close(), page.close()]);
  });

  it('marks the counts again when the viewer draws the document anew (a site\'s list opening it again)', async () => {
    const page = await showInPdfJs(b, srv, '/reports/sanmenxia-2024.html', { pdfjs });
    await readThrough(page);
    await expect.poll(() => marked(page), { timeout: 15_000 }).toEqual(EIGHT_COUNTS);
    await page.evaluate(() => ((window as unknown as { marked: Element[] }).marked = [...document.querySelectorAll('[data-disclosure-lens="error"]')]));
    await page.evaluate(() => (window as unknown as { openPdf(url: string): Promise<void> }).openPdf('/viewer/report.pdf'));
    await page.evaluate(() => document.getElementById('viewerContainer')!.scrollTo(0, 0));
    await readThrough(page);
    // PDF.js made every page's text layer anew: the spans marked before are gone, and the new ones are marked.
    expect(await page.evaluate(() => (window as unknown as { marked: Element[] }).marked.some((el) => el.isConnected))).toBe(false);
    await expect.poll(() => marked(page), { timeout: 15_000 }).toEqual(EIGHT_COUNTS);
    await page.close();
  });
});

describe('privacy', () => {
  it('sends nothing anywhere: every request of the run went from a page to the fixture server', () => {
    const outside = b.requests.filter((r) => !r.url.startsWith(`http://${new URL(srv.url('/')).host}/`) && !r.url.startsWith('chrome-extension://') && !r.url.startsWith('data:') && !r.url.startsWith('blob:'));
    expect(outside).toEqual([]);
    expect(b.requests.filter((r) => r.fromExtension && !r.url.startsWith('chrome-extension://'))).toEqual([]);
    // The run did load PDF.js and the PDFs: the requests were recorded.
    expect(b.requests.filter((r) => r.url.endsWith('/viewer/report.pdf')).length).toBeGreaterThanOrEqual(4);
  });
});
