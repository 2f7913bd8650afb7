// Writes tests/fixtures/pages/pdfjs-report.html and pdfjs2-report.html: the PDF.js viewer's page (PDF.js 5 and 2.6),
// as Chromium holds it once every page has been shown, for sanmenxia-2024.html printed to PDF (tests/support/pdfjs.ts).
// The unit tests read them as saved pages; the browser tests make them afresh.
// Run: node scripts/run-ts.mjs scripts/capture-pdfjs.ts
import { writeFileSync } from 'node:fs';
import { launch, serve } from '../tests/e2e/harness';
import { readThrough, showInPdfJs, type PdfJs } from '../tests/support/pdfjs';

const OUT: Record<PdfJs, string> = { '5': 'tests/fixtures/pages/pdfjs-report.html', '2': 'tests/fixtures/pages/pdfjs2-report.html' };
const srv = await serve();
const b = await launch({ extension: false });
try {
  for (const pdfjs of ['5', '2'] as const) {
    const page = await showInPdfJs(b, srv, '/reports/sanmenxia-2024.html', { pdfjs });
    await readThrough(page);
    const html = await page.evaluate(() => {
      // The drawings are the PDF's pixels, not its text: left out, so the page stays small.
      for (const c of document.querySelectorAll('canvas')) c.remove();
      // The viewer's scripts are left out too: the capture is the layers as drawn, and opened in a browser it must not
      // load PDF.js and draw them again.
      for (const s of document.querySelectorAll('script')) s.remove();
      return `<!DOCTYPE html>\n${document.documentElement.outerHTML}\n`;
    });
    writeFileSync(OUT[pdfjs], html);
    console.log(`${OUT[pdfjs]}: ${html.length} characters`);
    await page.close();
  }
} finally {
  await b.close();
  srv.server.close();
}
