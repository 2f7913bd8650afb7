// The cheap first look, run on every page of a government site: does anything here look like an annual
// report's tables? It reads text only and writes nothing, so a page that is not a report is left untouched.
import { isReportTable } from './items';
import { PDF_TEXT_LAYER, readLayerLines } from './pdf-layer';

// Simplified or Traditional (政府信息公開, 政務公開): the anchors of the tables are matched folded.
const REPORT_WORDS = /政府信息公[开開]|政[务務]公[开開]/;

// A report's title ("…年度报告", "…年度工作报告", "…年报"): a page without tables is read only under one.
const REPORT_TITLE = /年度?(?:工作)?[报報]告|年[报報]/;
// Part 三's first row laid out as a line of text, its counts after it (a page converted from a PDF, a table pasted as
// plain text, a PDF shown by PDF.js): the tables are there, as lines (see src/grid/text-lines.ts). PDF.js places the
// label's pieces as spans of their own, a space between some: white space may break the label anywhere.
const REQUESTS_AS_LINE = /新\s*收\s*政\s*府\s*(?:信\s*息|資\s*訊)\s*公\s*[开開]\s*申\s*[请請]\s*[数數]\s*量\s*\d+\s+\d+/;

/**
 * Whether the document shows a PDF with PDF.js, the viewer sites embed (often in a frame): it draws each page's text
 * as a layer of spans over the page's drawing when the page is shown (src/page/pdf-layer.ts). Such a page's title
 * is the file's, often a number, so its layers, not its title, let it be read.
 */
export const showsPdf = (doc: Document) => doc.getElementsByClassName(PDF_TEXT_LAYER).length > 0;

export function mightHoldReport(doc: Document): boolean {
  const tables = doc.getElementsByTagName('table');
  if (!tables.length && !REPORT_TITLE.test(doc.title) && !showsPdf(doc)) return false;
  const text = `${doc.title} ${doc.body?.textContent?.slice(0, 200_000) ?? ''}`;
  if (!REPORT_WORDS.test(text)) return false;
  for (let i = 0; i < tables.length && i < 400; i++) {
    if (isReportTable(tables[i])) return true;
  }
  return REQUESTS_AS_LINE.test(text) || pdfLinesHoldRequests(doc);
}

/**
 * A PDF shown by PDF.js: part 三's first row among its text layers' lines (PDF.js before 2.15 puts nothing between a
 * line's pieces, so the page's text runs a row's counts together: the lines are read as the audit reads them).
 */
function pdfLinesHoldRequests(doc: Document): boolean {
  const layers = doc.getElementsByClassName(PDF_TEXT_LAYER);
  for (let i = 0; i < layers.length && i < 200; i++) {
    for (const line of readLayerLines(layers[i])) if (REQUESTS_AS_LINE.test(line.raw)) return true;
  }
  return false;
}

/**
 * True when a DOM change may have added or changed a report table: a table's, or a PDF's text layer (PDF.js draws
 * a page's text when the page is shown, and again at another zoom).
 */
export function touchesTables(records: MutationRecord[]): boolean {
  const doc = records[0]?.target.ownerDocument;
  const pdf = !!doc && showsPdf(doc);
  for (const r of records) {
    const target = r.target.nodeType === 1 ? (r.target as Element) : r.target.parentElement;
    if (target?.closest?.('table')) return true;
    if (pdf && target?.closest?.(`.${PDF_TEXT_LAYER}`)) return true;
    for (const n of Array.from(r.addedNodes)) {
      if (n.nodeType !== 1) continue;
      const e = n as Element;
      if (e.tagName === 'TABLE' || e.getElementsByTagName('table').length) return true;
      if (pdf && (e.classList?.contains(PDF_TEXT_LAYER) || e.getElementsByClassName(PDF_TEXT_LAYER).length)) return true;
    }
  }
  return false;
}

/**
 * Calls `onChange` once the page's tables have stopped changing for `quietMs` (a debounce). Attributes are not
 * watched: the extension's own marks are attributes, so marking never re-triggers. Returns the function that stops
 * watching.
 */
export function watchTables(body: Element, onChange: () => void, quietMs: number, lines: () => ReadonlySet<Node> = () => NO_LINES): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((records) => {
    if (!touchesTables(records) && !touchesLines(records, lines())) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, quietMs);
  });
  observer.observe(body, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    clearTimeout(timer);
  };
}

const NO_LINES: ReadonlySet<Node> = new Set();

/**
 * True when a DOM change touched one of `lines`, the elements of a table laid out as lines of text that the audit
 * read (no table to watch there). Other changes of such a page (a clock, a carousel) are no reason to audit again.
 */
function touchesLines(records: MutationRecord[], lines: ReadonlySet<Node>): boolean {
  if (!lines.size) return false;
  for (const r of records) for (let n: Node | null = r.target; n; n = n.parentNode) if (lines.has(n)) return true;
  return false;
}
