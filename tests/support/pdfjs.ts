// A report as many sites publish it besides the page: a PDF, shown in the site's own PDF.js viewer. The report's
// fixture page is printed to PDF by Chromium, and the PDF shown by PDF.js (pdfjs-dist, served from node_modules) in
// tests/fixtures/pdfjs/viewer.html, under the fixtures' gov.cn name, so the extension meets the text layers PDF.js
// draws: each page's text as pieces placed over its drawing, made as the page is shown. Two generations of PDF.js:
// 5 (a <br> ends each line, a space piece between a row's cells, places in percent) and 2.6 (2020, still embedded by
// many sites: pieces placed in pixels, nothing between them).
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { Browser, Served } from '../e2e/harness';

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8', '.pdf': 'application/pdf' };

export type PdfJs = '5' | '2';
/** Each generation's viewer page. */
export const VIEWERS: Record<PdfJs, string> = { '5': 'viewer.html', '2': 'viewer-2.html' };

/** Opens the report at `reportPath` (a fixture the server serves) printed to PDF, in the PDF.js viewer; waits for its pages. */
export interface PdfShow {
  /** The generation of PDF.js (5 by default). */
  pdfjs?: PdfJs;
  /** Words of the report changed before it is printed (a claim of its text made to disagree with a table). */
  edit?: [string, string];
  /** The viewer in a frame of an article page (tests/fixtures/pdfjs/article.html), as many sites show it. */
  framed?: boolean;
  /** A tagged PDF: PDF.js 3 and later wrap its pieces in spans of marked content, placed in calc() points. */
  tagged?: boolean;
}

export async function showInPdfJs(b: Browser, srv: Served, reportPath: string, { pdfjs = '5', edit, framed = false, tagged = false }: PdfShow = {}): Promise<Page> {
  const printing = await b.context.newPage();
  await printing.goto(srv.url(reportPath));
  if (edit) {
    await printing.evaluate(([from, to]) => {
      const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let t = walk.nextNode(); t; t = walk.nextNode()) if (t.nodeValue!.includes(from)) t.nodeValue = t.nodeValue!.replace(from, to);
    }, edit);
  }
  const pdf = await printing.pdf({ format: 'A4', tagged });
  await printing.close();
  const from = (dir: string, prefix: string) => (path: string) => {
    const file = normalize(join(dir, path.slice(prefix.length)));
    return file.startsWith(dir) ? file : null;
  };
  const routes: [string, (path: string) => string | null][] = [
    ['/pdfjs/', from('node_modules/pdfjs-dist/', '/pdfjs/')],
    ['/pdfjs-2/', from('node_modules/pdfjs-dist-2/', '/pdfjs-2/')],
    ['/viewer/', from('tests/fixtures/pdfjs/', '/viewer/')],
  ];
  await b.context.route(/\/(?:pdfjs|pdfjs-2|viewer)\//, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/viewer/report.pdf') return route.fulfill({ body: pdf, contentType: TYPES['.pdf'] });
    const file = routes.find(([prefix]) => path.startsWith(prefix))?.[1](path);
    try {
      return route.fulfill({ body: readFileSync(file!), contentType: TYPES[extname(file!)] ?? 'application/octet-stream' });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });
  const page = await b.context.newPage();
  await page.goto(srv.url(framed ? `/viewer/article.html?viewer=${VIEWERS[pdfjs]}` : `/viewer/${VIEWERS[pdfjs]}?file=/viewer/report.pdf`));
  await viewerOf(page).waitForSelector('body[data-pages]', { state: 'attached' });
  return page;
}

/** The viewer's frame: the page itself, or the frame of an article page that shows the viewer. */
export function viewerOf(page: Page): Frame {
  return page.frames().find((f) => f.url().includes('/viewer/viewer')) ?? page.mainFrame();
}

/** Scrolls the viewer through every page, so PDF.js draws each one's text layer, as a reader reading on does. */
export async function readThrough(page: Page): Promise<void> {
  const viewer = viewerOf(page);
  for (let i = 0; i < 40; i++) {
    const end = await viewer.evaluate(() => {
      const c = document.getElementById('viewerContainer')!;
      c.scrollBy(0, 400);
      return c.scrollTop + c.clientHeight >= c.scrollHeight - 1;
    });
    await page.waitForTimeout(150);
    // Every page in view drawn with its text before reading on: on a busy machine PDF.js drops the drawing of a page
    // scrolled past before it began, and a reader who scrolls on slowly would have seen it (a CI run under load once
    // left a page of the report undrawn, and nothing marked).
    await viewer.waitForFunction(
      () => {
        const c = document.getElementById('viewerContainer')!.getBoundingClientRect();
        return [...document.querySelectorAll('.page')].every((p) => {
          const r = p.getBoundingClientRect();
          return r.bottom <= c.top || r.top >= c.bottom || (p.querySelector('.textLayer')?.childElementCount ?? 0) > 0;
        });
      },
      undefined,
      { timeout: 10_000 },
    );
    if (end) break;
  }
}
