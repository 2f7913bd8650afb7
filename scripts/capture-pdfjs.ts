// Writes tests/fixtures/pages/pdfjs-report.html: the PDF.js viewer's page, as Chromium holds it once every page has
// been shown, for sanmenxia-2024.html printed to PDF (tests/support/pdfjs.ts). The unit tests read it as a saved
// page; the browser test makes it afresh. Run: node scripts/run-ts.mjs scripts/capture-pdfjs.ts
import { writeFileSync } from 'node:fs';
import { launch, serve } from '../tests/e2e/harness';
import { readThrough, showInPdfJs } from '../tests/support/pdfjs';

const OUT = 'tests/fixtures/pages/pdfjs-report.html';
const srv = await serve();
const b = await launch({ extension: false });
try {
  const page = await showInPdfJs(b, srv, '/reports/sanmenxia-2024.html');
  await readThrough(page);
  const html = await page.evaluate(() => {
    // The drawings are the PDF's pixels, not its text: left out, so the page stays small.
    for (const c of document.querySelectorAll('canvas')) c.remove();
    return `<!DOCTYPE html>\n${document.documentElement.outerHTML}\n`;
  });
  writeFileSync(OUT, html);
  console.log(`${OUT}: ${html.length} characters`);
} finally {
  await b.close();
  srv.server.close();
}
